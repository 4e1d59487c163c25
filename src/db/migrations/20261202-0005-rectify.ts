import type { Kysely } from 'kysely';
import { binaryType, pathType } from '../dialect.js';

// Rectification: problems, task books and measures, special drives, rule review, commitments,
// public disclosure versions and ratings, and the staff notification inbox.
//
// Every table that grows with a region leads its primary key with region_id (decision 0004).
// Rows that are scoped by the hierarchy copy the unit's path (org_path) so that register and
// roll-up queries are range scans without a join (decision 0003); the move of a subtree does
// not rewrite them yet (noted for the organizations module).
//
// Public ratings keep no row per rating: a per-measure tally of the three answers and, to refuse
// a second rating, the SHA-256 of a random cookie token with the measure (decision 0010).
// Disclosure versions are append-only and hash-chained per problem.
export async function up(db: Kysely<any>): Promise<void> {
  const withKey = (name: string) =>
    db.schema.createTable(name).addColumn('region_id', 'text', (c) => c.notNull()).addColumn('id', 'text', (c) => c.notNull());

  // The reopening threshold the office sets per campaign (defaults apply when there is no row).
  await db.schema
    .createTable('rectify_settings')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('reopen_below_percent', 'integer', (c) => c.notNull())
    .addColumn('reopen_min_ratings', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_settings_pk', ['region_id', 'campaign_id'])
    .execute();

  // 整改任务书: one for a unit's leadership group and one for each member.
  await withKey('rectify_plans')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // leadership | member
    .addColumn('member_name', 'text')
    .addColumn('member_user_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_plans_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_plans_id_idx').on('rectify_plans').column('id').execute();
  await db.schema.createIndex('rectify_plans_path_idx').on('rectify_plans').columns(['region_id', 'campaign_id', 'org_path']).execute();

  // 查摆问题
  await withKey('rectify_problems')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('plan_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull()) // public | self_found | superior | mutual_help
    .addColumn('wind', 'text', (c) => c.notNull()) // formalism | bureaucratism | hedonism | extravagance | other
    .addColumn('org_category_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull()) // leadership | member | unit
    .addColumn('target_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_user_id', 'text')
    .addColumn('severity', 'integer', (c) => c.notNull()) // 1 low, 2 medium, 3 high
    .addColumn('immediate', 'integer', (c) => c.notNull().defaultTo(0)) // 立行立改
    .addColumn('status', 'text', (c) => c.notNull()) // open | rectifying | rectified
    .addColumn('disclosed_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_problems_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_problems_id_idx').on('rectify_problems').column('id').execute();
  await db.schema.createIndex('rectify_problems_path_idx').on('rectify_problems').columns(['region_id', 'campaign_id', 'org_path']).execute();
  await db.schema.createIndex('rectify_problems_plan_idx').on('rectify_problems').columns(['region_id', 'plan_id']).execute();

  // One problem gathers many opinions; one opinion feeds several problems.
  await db.schema
    .createTable('rectify_problem_opinions')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_problem_opinions_pk', ['region_id', 'problem_id', 'opinion_id'])
    .execute();
  await db.schema.createIndex('rectify_problem_opinions_opinion_idx').on('rectify_problem_opinions').columns(['region_id', 'opinion_id']).execute();

  // 整改措施
  await withKey('rectify_measures')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull()) // the problem's unit (copied: reads are scoped by it)
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_org_id', 'text', (c) => c.notNull())
    .addColumn('owner_org_path', pathType(db), (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull())
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_progress', 'text', (c) => c.notNull().defaultTo('')) // the ledger's 进展情况
    .addColumn('last_progress_on', 'text')
    .addColumn('verified_on', 'text')
    .addColumn('verified_by', 'text')
    .addColumn('reminded_for', 'text') // the deadline an "approaching" reminder was sent for
    .addColumn('escalated_on', 'text')
    .addColumn('rating_round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_measures_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_measures_id_idx').on('rectify_measures').column('id').execute();
  // Subtree ranges; its order (unit, problem, position) is the ledger's, read page by page without sorting.
  await db.schema.createIndex('rectify_measures_path_idx').on('rectify_measures').columns(['region_id', 'campaign_id', 'org_path', 'problem_id', 'position', 'id']).execute();
  await db.schema.createIndex('rectify_measures_problem_idx').on('rectify_measures').columns(['region_id', 'problem_id', 'position']).execute();
  // The overdue scan and the deadline reminders: open measures by deadline, across regions.
  await db.schema.createIndex('rectify_measures_due_idx').on('rectify_measures').columns(['status', 'due_on']).execute();

  await withKey('rectify_milestones')
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_on', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_milestones_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_milestones_measure_idx').on('rectify_milestones').columns(['region_id', 'measure_id', 'position']).execute();

  // Progress updates, status changes, verification results, overdue marks, reopenings.
  await withKey('rectify_measure_events')
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('rectify_measure_events_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_measure_events_measure_idx').on('rectify_measure_events').columns(['region_id', 'measure_id', 'seq']).execute();

  await withKey('rectify_evidence')
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', binaryType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_evidence_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_evidence_measure_idx').on('rectify_evidence').columns(['region_id', 'measure_id']).execute();

  // Published versions of a problem with its measures: append-only, chained by hash.
  await db.schema
    .createTable('rectify_disclosures')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // canonical JSON
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('is_latest', 'integer', (c) => c.notNull()) // outside the hash: a pointer for the portal page
    .addPrimaryKeyConstraint('rectify_disclosures_pk', ['region_id', 'problem_id', 'version'])
    .execute();
  // The portal page: the latest version of every disclosed problem in a subtree, one range scan.
  await db.schema.createIndex('rectify_disclosures_page_idx').on('rectify_disclosures').columns(['region_id', 'is_latest', 'org_path']).execute();
  await db.schema.createIndex('rectify_disclosures_problem_idx').on('rectify_disclosures').columns(['problem_id', 'version']).execute();

  await db.schema
    .createTable('rectify_rating_tallies')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('satisfied', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('basically', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dissatisfied', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('rectify_rating_tallies_pk', ['region_id', 'measure_id', 'round'])
    .execute();

  await db.schema
    .createTable('rectify_rating_guards')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('guard', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_rating_guards_pk', ['region_id', 'measure_id', 'round', 'guard'])
    .execute();

  // 专项整治
  await withKey('rectify_drives')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_drives_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_drives_id_idx').on('rectify_drives').column('id').execute();
  await db.schema.createIndex('rectify_drives_path_idx').on('rectify_drives').columns(['region_id', 'campaign_id', 'org_path']).execute();

  await withKey('rectify_drive_counters')
    .addColumn('drive_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_drive_counters_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_drive_counters_drive_idx').on('rectify_drive_counters').columns(['region_id', 'drive_id', 'position']).execute();

  // A unit's figures: what it achieved (kind value, summed) and its own baseline (kind baseline,
  // one per unit and counter, replaced when set again).
  await withKey('rectify_drive_entries')
    .addColumn('drive_id', 'text', (c) => c.notNull())
    .addColumn('counter_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // value | baseline
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_drive_entries_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_drive_entries_path_idx').on('rectify_drive_entries').columns(['region_id', 'drive_id', 'org_path']).execute();

  // 建章立制（废改立）
  await withKey('rectify_rules')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull()) // keep | abolish | revise | create
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_user_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | done
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_rules_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_rules_id_idx').on('rectify_rules').column('id').execute();
  await db.schema.createIndex('rectify_rules_path_idx').on('rectify_rules').columns(['region_id', 'campaign_id', 'org_path']).execute();

  await db.schema
    .createTable('rectify_rule_problems')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_rule_problems_pk', ['region_id', 'rule_id', 'problem_id'])
    .execute();

  // 公开承诺
  await withKey('rectify_commitments')
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('person_user_id', 'text')
    .addColumn('person_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull()) // made | in_progress | fulfilled | not_fulfilled
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rectify_commitments_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('rectify_commitments_id_idx').on('rectify_commitments').column('id').execute();
  await db.schema.createIndex('rectify_commitments_path_idx').on('rectify_commitments').columns(['region_id', 'campaign_id', 'org_path']).execute();
  await db.schema.createIndex('rectify_commitments_portal_idx').on('rectify_commitments').columns(['region_id', 'published', 'org_path']).execute();

  // The console's inbox: what staff are told (new measures, deadlines, verification results),
  // with the e-mail copy's delivery state when the person has an address.
  await withKey('user_notifications')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('email_to', 'text')
    .addColumn('email_status', 'text') // null (no address) | pending | sent | failed
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_error', 'text')
    .addPrimaryKeyConstraint('user_notifications_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('user_notifications_user_idx').on('user_notifications').columns(['region_id', 'user_id', 'created_at']).execute();
  await db.schema.createIndex('user_notifications_email_idx').on('user_notifications').columns(['email_status', 'created_at']).execute();

  // Where a person wants the e-mail copies (a reference table, like users).
  await db.schema
    .createTable('user_emails')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'user_emails', 'user_notifications', 'rectify_commitments', 'rectify_rule_problems', 'rectify_rules', 'rectify_drive_entries',
    'rectify_drive_counters', 'rectify_drives', 'rectify_rating_guards', 'rectify_rating_tallies', 'rectify_disclosures', 'rectify_evidence',
    'rectify_measure_events', 'rectify_milestones', 'rectify_measures', 'rectify_problem_opinions', 'rectify_problems', 'rectify_plans', 'rectify_settings',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
