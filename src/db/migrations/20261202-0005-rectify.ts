import type { Kysely } from 'kysely';

// Rectification: problems, task books and measures, special drives, rule review, commitments,
// public disclosure versions and ratings.
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
