import type { Kysely } from 'kysely';

// The audit log by action: a process that loads a campaign's duplicate index reads the region's
// staff splits (action 'triage.split') so that it never joins what staff took apart. Without the
// index that read scanned the region's whole log — every staff-entered opinion has an entry — on
// every load and refresh.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['region_id', 'action']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_idx').execute();
}
