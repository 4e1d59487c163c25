import type { Kysely } from 'kysely';
import { binaryType, pathType } from '../dialect.js';

// Triage beyond the first pass: the routing suggestion beside the submitter's choice, each
// organization's own categories next to the four winds, the staff confirmations and corrections
// the classifier learns from, and backlog runs with their progress.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opinions').addColumn('suggested_org_id', 'text').execute();
  await db.schema.alterTable('opinions').addColumn('org_category_id', 'text').execute();
  await db.schema.alterTable('opinions').addColumn('triaged_by', 'text').execute();
  await db.schema.alterTable('opinions').addColumn('triaged_at', 'text').execute();
  // The near-duplicate signature beside the opinion (256 bytes). Each server keeps a campaign's
  // duplicate index in memory, loaded from these (src/modules/triage/arrival.ts); the band table
  // the first version queried on every arrival is no longer needed.
  await db.schema.alterTable('opinions').addColumn('signature', binaryType(db)).execute();
  await db.schema.dropTable('opinion_bands').execute();
  await db.schema.createIndex('opinions_status_idx').on('opinions').columns(['region_id', 'campaign_id', 'status']).execute();

  // An organization's own categories (seed 004: seven; seed 002: eighteen). Defined at a node,
  // offered for every opinion in its subtree.
  await db.schema
    .createTable('opinion_categories')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('wind', 'text') // the wind it falls under, when it falls under one
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_categories_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('opinion_categories_id_idx').on('opinion_categories').column('id').execute();
  await db.schema.createIndex('opinion_categories_path_idx').on('opinion_categories').columns(['region_id', 'org_path']).execute();

  // What staff confirmed or corrected: the classifier's training examples. The text is read from
  // the opinion (its masked form) when the model is built, so nothing personal is copied here.
  await db.schema
    .createTable('triage_labels')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addColumn('wind', 'text')
    .addColumn('org_category_id', 'text')
    .addColumn('suggested', 'text') // what the first pass had said
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('triage_labels_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('triage_labels_campaign_idx').on('triage_labels').columns(['region_id', 'campaign_id', 'at']).execute();
  await db.schema.createIndex('triage_labels_opinion_idx').on('triage_labels').columns(['region_id', 'opinion_id']).execute();

  // A backlog run: the first pass over opinions that arrived before it existed or changed since.
  await db.schema
    .createTable('triage_runs')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // running | done | failed
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'text') // JSON: the first failures, opinion id and message
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('triage_runs_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('triage_runs_id_idx').on('triage_runs').column('id').execute();
  await db.schema.createIndex('triage_runs_campaign_idx').on('triage_runs').columns(['region_id', 'campaign_id', 'started_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['triage_runs', 'triage_labels', 'opinion_categories']) await db.schema.dropTable(t).ifExists().execute();
  await db.schema.dropIndex('opinions_status_idx').ifExists().execute();
  await db.schema
    .createTable('opinion_bands')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_bands_pk', ['region_id', 'campaign_id', 'band', 'opinion_id'])
    .execute();
  for (const c of ['signature', 'triaged_at', 'triaged_by', 'org_category_id', 'suggested_org_id']) await db.schema.alterTable('opinions').dropColumn(c).execute();
}
