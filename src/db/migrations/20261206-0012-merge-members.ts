import type { Kysely } from 'kysely';

// Who was in which cluster before a merge, for its undo (triage/commands.ts unmergeCluster). The merge's audit entry
// held every member id up to 5,000 (a merge of more could not be undone): a row of the hash-chained audit log that
// grew with the clusters, read whole by every audit page. The members now have their rows here, under the merge's id,
// which the audit entry names beside their count and the first few; the rows of a merge go when it is undone. Merges
// recorded before keep their members in the audit entry, where the undo still reads them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('triage_merge_members')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('merge_id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull()) // its cluster before the merge
    .addPrimaryKeyConstraint('triage_merge_members_pk', ['region_id', 'merge_id', 'opinion_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('triage_merge_members').ifExists().execute();
}
