import type { Kysely } from 'kysely';

// The hierarchy's version: every write to organizations bumps it in the same transaction, so
// every server process can keep the tree in memory and drop it the moment it changes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('settings').values({ key: 'tree_version', value: '0' }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', 'tree_version').execute();
}
