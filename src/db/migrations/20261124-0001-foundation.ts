import type { Kysely } from 'kysely';
import { binaryType, pathType } from '../dialect.js';

// Foundation: organizations, campaigns with phases, actions and per-unit items, people,
// roles, sessions, supervision groups and the hash-chained audit trail.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('path', pathType(db), (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deactivated_at', 'text')
    .addPrimaryKeyConstraint('organizations_pk', ['region_id', 'id'])
    .execute();
  // Codes are unique across the whole deployment (they are what import files refer to).
  await db.schema.createIndex('organizations_code_uq').on('organizations').column('code').unique().execute();
  await db.schema.createIndex('organizations_id_idx').on('organizations').column('id').execute();
  // Subtree range scans; `active` included so that counting a subtree reads the index only.
  await db.schema.createIndex('organizations_path_idx').on('organizations').columns(['region_id', 'path', 'active']).execute();
  // Covering for the child counts of lazy trees (count where parent and active).
  // Deactivated organizations are few: found quickly, they leave roll-ups as path ranges.
  await db.schema.createIndex('organizations_inactive_idx').on('organizations').columns(['region_id', 'active', 'path']).execute();
  await db.schema.createIndex('organizations_parent_idx').on('organizations').columns(['region_id', 'parent_id', 'active']).execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaigns_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('campaigns_id_idx').on('campaigns').column('id').execute();

  await db.schema
    .createTable('campaign_exclusions')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_exclusions_pk', ['region_id', 'campaign_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('campaign_phases')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_phases_pk', ['region_id', 'campaign_id', 'phase'])
    .execute();

  await db.schema
    .createTable('campaign_actions')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('template_key', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_actions_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('campaign_actions_campaign_idx').on('campaign_actions').columns(['region_id', 'campaign_id', 'phase', 'position']).execute();

  await db.schema
    .createTable('unit_items')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attachment_name', 'text')
    .addColumn('attachment_type', 'text')
    .addColumn('attachment_data', binaryType(db))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_items_pk', ['region_id', 'campaign_id', 'action_id', 'org_id'])
    .execute();
  // Covering for the matrix roll-up: a subtree's items by action and status, read from the index alone.
  await db.schema.createIndex('unit_items_path_idx').on('unit_items').columns(['region_id', 'campaign_id', 'org_path', 'action_id', 'status']).execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_username_uq').on('users').column('username').unique().execute();
  await db.schema.createIndex('users_mobile_uq').on('users').column('mobile').unique().execute();
  await db.schema.createIndex('users_org_idx').on('users').column('org_id').execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('supervision_group_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('role_assignments_user_idx').on('role_assignments').column('user_id').execute();

  await db.schema
    .createTable('supervision_groups')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_groups_pk', ['region_id', 'id'])
    .execute();

  await db.schema
    .createTable('supervision_assignments')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_assignments_pk', ['region_id', 'group_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db))
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_log_pk', ['region_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['region_id', 'at']).execute();

  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('region_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'audit_chain_heads', 'audit_log', 'sessions', 'supervision_assignments', 'supervision_groups',
    'role_assignments', 'users', 'unit_items', 'campaign_actions', 'campaign_phases',
    'campaign_exclusions', 'campaigns', 'organizations',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
