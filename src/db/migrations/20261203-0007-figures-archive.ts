import type { Kysely } from 'kysely';

// Figures: a campaign's own indicators and its report forms can be retired. One already used
// (facts, report values, baselines; reports of a form) is archived rather than deleted, so the
// figures reported on it keep their meaning: archived_at is set, new use is refused, history stays.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('archived_at', 'text').execute();
  await db.schema.alterTable('report_forms').addColumn('archived_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('report_forms').dropColumn('archived_at').execute();
  await db.schema.alterTable('indicators').dropColumn('archived_at').execute();
}
