import type { Kysely } from 'kysely';
import { pathType } from '../dialect.js';
import { STANDARD_INDICATORS } from '../../modules/figures/catalogue.js';

// Figures: the indicator catalogue, report forms and their values, rolled-up aggregates,
// uploaded narrative reports, briefings and bulletin items.
//
// indicator_facts hold one value per (campaign, unit, indicator, period, source); period is a
// month "YYYY-MM" or a day "YYYY-MM-DD". indicator_rollups hold, per (campaign, unit, indicator,
// period) the total over the unit's whole subtree, maintained on every fact write (the delta is
// added to the unit's row and each ancestor's row in the same transaction); period there is the
// month "YYYY-MM" or "all" (every month), so a dashboard reads a handful of indexed rows.
export async function up(db: Kysely<any>): Promise<void> {
  // The catalogue: campaign_id '' holds the standard indicators, others are a campaign's own.
  await db.schema
    .createTable('indicators')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('zh', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull()) // sum | max | rate
    .addColumn('source', 'text', (c) => c.notNull()) // computed | reported
    .addColumn('numerator', 'text')
    .addColumn('denominator', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicators_pk', ['campaign_id', 'code'])
    .execute();
  const at = new Date().toISOString();
  await db.insertInto('indicators').values(STANDARD_INDICATORS.map((c, i) => ({
    region_id: '', campaign_id: '', code: c.code, zh: c.zh, en: c.en, unit: c.unit, aggregation: c.aggregation, source: c.source,
    numerator: c.numerator ?? null, denominator: c.denominator ?? null, position: i, created_at: at,
  }))).execute();

  await db.schema
    .createTable('indicator_facts')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // computed | reported
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_facts_pk', ['region_id', 'campaign_id', 'org_id', 'indicator', 'period', 'source'])
    .execute();
  await db.schema.createIndex('indicator_facts_path_idx').on('indicator_facts').columns(['region_id', 'campaign_id', 'indicator', 'org_path']).execute();

  await db.schema
    .createTable('indicator_rollups')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_rollups_pk', ['region_id', 'campaign_id', 'org_id', 'indicator', 'period'])
    .execute();

  // Baselines (before the campaign) per unit and indicator, for before/after comparisons.
  await db.schema
    .createTable('indicator_baselines')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_baselines_pk', ['region_id', 'campaign_id', 'org_id', 'indicator'])
    .execute();

  // 报表: a form (set of reported indicators and a cycle) set by an office for its subtree.
  await db.schema
    .createTable('report_forms')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cycle', 'text', (c) => c.notNull()) // week | month | phase
    .addColumn('indicators', 'text', (c) => c.notNull()) // JSON array of codes
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_forms_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('report_forms_id_idx').on('report_forms').column('id').execute();
  await db.schema.createIndex('report_forms_campaign_idx').on('report_forms').columns(['region_id', 'campaign_id']).execute();

  // One unit's report for one period: draft → submitted → approved (locked) | returned.
  await db.schema
    .createTable('figure_reports')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('form_id', 'text')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull()) // YYYY-MM or YYYY-MM-DD (week start)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('narrative_id', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('figure_reports_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('figure_reports_id_idx').on('figure_reports').column('id').execute();
  await db.schema.createIndex('figure_reports_path_idx').on('figure_reports').columns(['region_id', 'campaign_id', 'org_path']).execute();

  await db.schema
    .createTable('figure_report_values')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('figure_report_values_pk', ['region_id', 'report_id', 'indicator'])
    .execute();

  // Narrative reports (综述) and the statistics the extractor proposed from them.
  await db.schema
    .createTable('narratives')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('narratives_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('narratives_id_idx').on('narratives').column('id').execute();

  await db.schema
    .createTable('narrative_proposals')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('narrative_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text', (c) => c.notNull())
    .addColumn('proposed', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | confirmed | rejected
    .addColumn('confirmed', 'text')
    .addPrimaryKeyConstraint('narrative_proposals_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('narrative_proposals_narrative_idx').on('narrative_proposals').columns(['region_id', 'narrative_id']).execute();

  // 简报信息: items sent upward, and whether a higher level adopted them.
  await db.schema
    .createTable('bulletin_items')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('sent_to', 'text', (c) => c.notNull())
    .addColumn('adopted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adopted_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('adopted_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bulletin_items_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('bulletin_items_id_idx').on('bulletin_items').column('id').execute();
  await db.schema.createIndex('bulletin_items_path_idx').on('bulletin_items').columns(['region_id', 'campaign_id', 'org_path']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['bulletin_items', 'narrative_proposals', 'narratives', 'figure_report_values', 'figure_reports', 'report_forms', 'indicator_baselines', 'indicator_rollups', 'indicator_facts', 'indicators']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
