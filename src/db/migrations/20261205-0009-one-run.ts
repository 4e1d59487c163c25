import { sql, type Kysely } from 'kysely';

// One backlog run at a time per campaign: two runs at once re-analysed every opinion twice, each writing over the
// other's suggestions, and a second click while the first ran started a third. A partial unique index makes the
// database refuse the second "running" row, whatever the process or the database (the run's check before it is only
// for a clear message). Runs left running by a stopped process are marked failed first, as start-up does
// (runs.ts abandonStaleRuns): migrations run at start-up, before any run.
export async function up(db: Kysely<any>): Promise<void> {
  await db.updateTable('triage_runs').set({ status: 'failed', finished_at: new Date().toISOString(), errors: JSON.stringify([{ id: '', message: 'interrupted: the server stopped during the run' }]) })
    .where('status', '=', 'running').execute();
  await db.schema.createIndex('triage_runs_one_running_idx').on('triage_runs').columns(['region_id', 'campaign_id']).unique()
    .where(sql.ref('status'), '=', sql.lit('running')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('triage_runs_one_running_idx').execute();
}
