import type { Kysely } from 'kysely';

// Figures: the indicator catalogue, report forms and their values, rolled-up aggregates,
// uploaded narrative reports, briefings and bulletin items.
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
