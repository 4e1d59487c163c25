import type { Kysely } from 'kysely';
import { binaryType, pathType } from '../dialect.js';

// Listen: solicitations, symposiums, solicitation letters, opinions with their lifecycle
// events and attachments, disclosure, a notification outbox, gateway keys and settings.
// Anonymous opinions store no client address, agent, cookie or exact time (received_on is a
// date; received_at is null for them) and their receipt only as a slow hash.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('solicitations')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('audiences', 'text', (c) => c.notNull()) // JSON array
    .addColumn('channels', 'text', (c) => c.notNull()) // JSON array
    .addColumn('target_kind', 'text', (c) => c.notNull()) // leadership | leader | unit
    .addColumn('target_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('solicitations_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('solicitations_id_idx').on('solicitations').column('id').execute();
  await db.schema.createIndex('solicitations_path_idx').on('solicitations').columns(['region_id', 'campaign_id', 'org_path']).execute();

  await db.schema
    .createTable('solicitation_letters')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('solicitation_id', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull()) // the order the office listed the recipients in
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addPrimaryKeyConstraint('solicitation_letters_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('solicitation_letters_token_uq').on('solicitation_letters').column('token_hash').unique().execute();

  await db.schema
    .createTable('symposiums')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('solicitation_id', 'text')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text', (c) => c.notNull()) // JSON {category: count}
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('symposiums_pk', ['region_id', 'id'])
    .execute();

  await db.schema
    .createTable('opinions')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull()) // the unit the opinion is about / addressed to
    .addColumn('org_path', pathType(db), (c) => c.notNull())
    .addColumn('solicitation_id', 'text')
    .addColumn('symposium_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull()) // verbatim, never altered (原汁原味)
    .addColumn('body_redacted', 'text', (c) => c.notNull()) // personal data masked: what non-handlers see
    .addColumn('category', 'text')
    .addColumn('suggested_category', 'text') // the triage pipeline's first pass
    .addColumn('suggestion_confidence', 'integer') // percent
    .addColumn('suggestion_terms', 'text') // JSON array of the deciding words
    .addColumn('cluster_id', 'text') // near-duplicate cluster (the id of its first opinion)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('receipt_hash', 'text')
    .addColumn('external_source', 'text')
    .addColumn('external_key', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text') // exact time for named and staff-entered opinions only
    .addColumn('entered_by', 'text')
    .addColumn('disclosed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disclosure_text', 'text')
    .addColumn('disclosure_action', 'text')
    .addColumn('updated_at_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinions_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('opinions_id_idx').on('opinions').column('id').execute();
  await db.schema.createIndex('opinions_inbox_idx').on('opinions').columns(['region_id', 'campaign_id', 'org_path']).execute();
  await db.schema.createIndex('opinions_receipt_uq').on('opinions').column('receipt_hash').unique().execute();
  await db.schema.createIndex('opinions_cluster_idx').on('opinions').columns(['region_id', 'campaign_id', 'cluster_id']).execute();
  await db.schema.createIndex('opinions_external_uq').on('opinions').columns(['external_source', 'external_key']).unique().execute();

  // The LSH bands of each opinion's MinHash signature: a new opinion finds its near-duplicate
  // candidates with one indexed look-up, however many opinions the campaign holds.
  await db.schema
    .createTable('opinion_bands')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_bands_pk', ['region_id', 'campaign_id', 'band', 'opinion_id'])
    .execute();

  await db.schema
    .createTable('opinion_events')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('at', 'text') // staff steps keep their time; submitter steps keep only the day
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // status | reply | info (submitter added information)
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('opinion_events_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('opinion_events_opinion_idx').on('opinion_events').columns(['region_id', 'opinion_id', 'seq']).execute();

  await db.schema
    .createTable('opinion_attachments')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', binaryType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_attachments_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('opinion_attachments_opinion_idx').on('opinion_attachments').columns(['region_id', 'opinion_id']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('opinion_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull()) // sms | email
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // pending | sent | failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addPrimaryKeyConstraint('notifications_pk', ['region_id', 'id'])
    .execute();
  await db.schema.createIndex('notifications_pending_idx').on('notifications').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('gateway_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull()) // webhook | open311
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull()) // HMAC secret (webhook) or api key hash (open311)
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['gateway_keys', 'notifications', 'opinion_attachments', 'opinion_events', 'opinion_bands', 'opinions', 'symposiums', 'solicitation_letters', 'solicitations', 'settings']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
