import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, GatewayKeyTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import { getCampaign } from '../campaigns/commands.js';

// Open311 api_keys: a random key shown once to whoever asked for it; the gateway_keys row
// (kind 'open311') keeps only its SHA-256 hex in `secret`, and says which campaign (and
// region) the key submits to. A key is looked up by its hash, so the table never holds one.

export function hashOpen311Key(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export async function createOpen311Key(db: Kysely<Database>, campaignId: string, name: string): Promise<{ id: string; key: string }> {
  const campaign = await getCampaign(db, campaignId);
  const id = newId();
  const key = `o311_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('gateway_keys').values({
    id, kind: 'open311', name, secret: hashOpen311Key(key), campaign_id: campaign.id, region_id: campaign.region_id, active: 1, created_at: nowIso(),
  }).execute();
  return { id, key };
}

/** The active Open311 key row for a presented api_key, or undefined. */
export async function findOpen311Key(db: Kysely<Database>, key: string | undefined): Promise<GatewayKeyTable | undefined> {
  if (!key || key.length > 200) return undefined;
  return db.selectFrom('gateway_keys').selectAll()
    .where('kind', '=', 'open311').where('secret', '=', hashOpen311Key(key)).where('active', '=', 1)
    .executeTakeFirst();
}
