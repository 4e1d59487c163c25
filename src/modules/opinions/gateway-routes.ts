import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../shared/errors.js';
import { nowIso } from '../../shared/clock.js';
import { newId } from '../../shared/ids.js';
import type { AppContext } from '../../http/context.js';
import { errorResponses, obj, VISIBLE } from '../../http/schemas.js';
import { findOrgByCode } from '../organizations/queries.js';
import { getCampaign } from '../campaigns/commands.js';
import { submitOpinion } from './commands.js';
import { BODY_MAX, GATEWAY_CHANNELS, TARGET_KINDS, type Channel, type TargetKind } from './model.js';

// The gateway webhook for SMS, hotline, WeChat and Weibo platforms (docs/gateway.md).
// A request is signed: X-Massline-Key names the key, X-Massline-Timestamp is Unix seconds
// (±300 s), X-Massline-Signature is hex HMAC-SHA256 over "<timestamp>.<raw body>" with the key's
// secret. The body's idempotencyKey makes a retried delivery land once: the retry gets the
// first opinion's id back with `duplicate: true`.

export const SIGNATURE_TOLERANCE_S = 300;
const LOOKUP_TTL_MS = 5_000;
const LOOKUP_MAX = 10_000;

/** Found values kept for LOOKUP_TTL_MS; misses are not kept (a new key or code works at once). */
class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  constructor(private readonly load: (key: string) => Promise<T | undefined>) {}

  async get(key: string): Promise<T | undefined> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < LOOKUP_TTL_MS) return hit.value;
    const value = await this.load(key);
    if (value === undefined) {
      this.entries.delete(key);
      return undefined;
    }
    if (this.entries.size >= LOOKUP_MAX) this.entries.clear();
    this.entries.set(key, { value, at: Date.now() });
    return value;
  }
}

export async function createGatewayKey(db: Kysely<Database>, campaignId: string, name: string): Promise<{ id: string; secret: string }> {
  const campaign = await getCampaign(db, campaignId);
  const id = newId();
  const secret = randomBytes(32).toString('base64url');
  await db.insertInto('gateway_keys').values({ id, kind: 'webhook', name, secret, campaign_id: campaign.id, region_id: campaign.region_id, active: 1, created_at: nowIso() }).execute();
  return { id, secret };
}

export function signGatewayRequest(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

const bodySchema = obj({
  idempotencyKey: { type: 'string', minLength: 1, maxLength: 128 },
  channel: { type: 'string', enum: GATEWAY_CHANNELS },
  orgCode: { type: 'string', minLength: 1, maxLength: 64 },
  body: { type: 'string', minLength: 1, maxLength: BODY_MAX, pattern: VISIBLE },
  targetKind: { type: 'string', enum: TARGET_KINDS },
  targetLabel: { type: 'string', maxLength: 100 },
  anonymous: { type: 'boolean' },
  contact: obj({ name: { type: 'string', maxLength: 50 }, phone: { type: 'string', maxLength: 20 } }, []),
}, ['idempotencyKey', 'channel', 'body']);

export async function gatewayRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  // Platforms deliver thousands of messages a minute with the same key and a handful of unit
  // codes: both are read once and kept for LOOKUP_TTL_MS, not read per delivery. A key
  // deactivated in the database stops working within that time. The unit and the campaign are
  // still checked inside the write (campaign open, unit taking part), so a stale code mapping
  // can never store an opinion where it may not go.
  const keys = new TtlCache(async (id: string) => {
    const k = await db.selectFrom('gateway_keys').selectAll().where('id', '=', id).where('kind', '=', 'webhook').where('active', '=', 1).executeTakeFirst();
    if (!k?.campaign_id) return undefined;
    return { ...k, campaign_id: k.campaign_id, campaignOrgId: (await getCampaign(db, k.campaign_id)).org_id };
  });
  const units = new TtlCache(async (code: string) => (await findOrgByCode(db, code))?.id);
  // Keep the raw bytes of this route's body: the signature covers exactly what was sent.
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (req, body, done) => {
      (req as unknown as { rawBody: Buffer }).rawBody = body as Buffer;
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(new AppError(400, 'request.invalid', { detail: 'JSON' }), undefined);
      }
    });

    scope.post('/api/gateway/opinions', {
      config: { public: true },
      schema: {
        tags: ['gateway'], summary: '短信、热线、微信、微博平台推送意见（HMAC 签名，幂等）', body: bodySchema,
        headers: {
          type: 'object', required: ['x-massline-key', 'x-massline-timestamp', 'x-massline-signature'],
          properties: { 'x-massline-key': { type: 'string', maxLength: 64 }, 'x-massline-timestamp': { type: 'string', pattern: '^\\d{1,12}$' }, 'x-massline-signature': { type: 'string', pattern: '^[0-9a-f]{64}$' } },
        },
        response: { 201: obj({ id: { type: 'string' }, duplicate: { type: 'boolean' } }), 200: obj({ id: { type: 'string' }, duplicate: { type: 'boolean' } }), ...errorResponses },
      },
    }, async (req, reply) => {
      const keyId = req.headers['x-massline-key'] as string;
      const timestamp = Number(req.headers['x-massline-timestamp']);
      const signature = Buffer.from(req.headers['x-massline-signature'] as string, 'hex');
      const key = await keys.get(keyId);
      if (!key) throw new AppError(401, 'gateway.key_unknown');
      const raw = (req as unknown as { rawBody: Buffer }).rawBody;
      const expected = Buffer.from(signGatewayRequest(key.secret, timestamp, raw.toString('utf8')), 'hex');
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) throw new AppError(401, 'gateway.signature_invalid');
      if (Math.abs(Date.now() / 1000 - timestamp) > SIGNATURE_TOLERANCE_S) throw new AppError(401, 'gateway.timestamp_stale');

      const b = req.body as { idempotencyKey: string; channel: Channel; orgCode?: string; body: string; targetKind?: TargetKind; targetLabel?: string; anonymous?: boolean; contact?: { name?: string; phone?: string } };
      const orgId = b.orgCode ? await units.get(b.orgCode) : key.campaignOrgId;
      if (!orgId) throw new AppError(400, 'opinion.unit_outside', { id: b.orgCode });
      const anonymous = b.anonymous ?? !b.contact?.phone;
      const result = await submitOpinion(db, {
        campaignId: key.campaign_id, orgId, channel: b.channel, body: b.body, targetKind: b.targetKind ?? 'unit', targetLabel: b.targetLabel,
        anonymous, contact: anonymous ? null : { name: b.contact?.name || b.contact?.phone || '', phone: b.contact?.phone ?? null },
        external: { source: key.id, key: b.idempotencyKey },
      });
      reply.code(result.duplicate ? 200 : 201);
      return { id: result.opinion.id, duplicate: result.duplicate };
    });
  });
}
