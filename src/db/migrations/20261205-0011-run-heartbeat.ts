import type { Kysely } from 'kysely';

// A backlog run's heartbeat: the process executing a run writes heartbeat_at (ISO 8601 UTC, as started_at) when it
// starts the run and with each progress update, at least every RUN_HEARTBEAT_MS (runs.ts). A run whose heartbeat is
// older than RUN_STALE_AFTER_MS is a stopped process's: marked failed at start-up, before another run of its campaign
// starts and when runs are read, where before a PostgreSQL deployment waited an hour from its start. Runs recorded
// before have their last known sign of life: the end when they ended, else their start.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('triage_runs').addColumn('heartbeat_at', 'text').execute();
  await db.updateTable('triage_runs').set((eb) => ({ heartbeat_at: eb.fn.coalesce('finished_at', 'started_at') })).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('triage_runs').dropColumn('heartbeat_at').execute();
}
