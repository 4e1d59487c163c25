import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

// The few places where SQLite and PostgreSQL must differ live here, nowhere else.
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Path columns compare byte-wise on both databases ("/" sorts before "0"); PostgreSQL's
 * default collation would ignore punctuation and break the subtree range scan. */
export function pathType(db: Kysely<any>): RawBuilder<unknown> {
  return isPostgres(db) ? sql`text collate "C"` : sql`text`;
}

export function binaryType(db: Kysely<any>): RawBuilder<unknown> {
  return isPostgres(db) ? sql`bytea` : sql`blob`;
}
