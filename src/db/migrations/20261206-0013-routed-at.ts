import type { Kysely } from 'kysely';

// When staff last routed an opinion to a unit (triage/commands.ts). A routing suggestion (the unit the text names) never
// overrides that choice: accepting the first pass used to move a routed opinion back to the unit its text names, and a
// backlog run suggested that unit again. Null: no one has routed it; the suggestion stands.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opinions').addColumn('routed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opinions').dropColumn('routed_at').execute();
}
