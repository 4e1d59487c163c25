import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Ajv } from 'ajv';
import { sql } from 'kysely';
import { AppError, badRequest } from '../../shared/errors.js';
import { chinaDay } from '../../shared/clock.js';
import type { AppContext } from '../../http/context.js';
import { errorResponses, idParam, obj, okSchema, VISIBLE } from '../../http/schemas.js';
import { RateLimiter } from '../../http/rate-limit.js';
import { subtreeEnd } from '../authz/policy.js';
import { exclusionPaths, getCampaign } from '../campaigns/commands.js';
import { getOrg } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import { findLetter, getSolicitation } from '../solicitations/commands.js';
import { presentSolicitation, solicitationSchema } from '../solicitations/routes.js';
import { addInformation, findByReceipt, submitOpinion, type AttachmentInput } from './commands.js';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT } from './attachments.js';
import { BODY_MAX, TARGET_KINDS, type TargetKind } from './model.js';
import { presentForSubmitter, submitterViewSchema } from './presenter.js';
import { disclosures, opinionEvents } from './queries.js';
import { normalizeReceipt } from './receipts.js';

// The public portal's API: no account, no cookie. Nothing here reads or stores the client's
// address, agent or cookies; the rate limiter keys an in-memory HMAC of the address and forgets
// it. Receipts travel in request bodies, never in URLs (which proxies and logs keep).
const tags = ['portal'];

function limit(limiter: RateLimiter, req: FastifyRequest) {
  if (!limiter.take(req.socket.remoteAddress ?? 'unknown')) throw new AppError(429, 'opinion.rate_limited');
}

interface PortalSubmission {
  campaignId: string;
  orgId: string;
  solicitationId?: string;
  body: string;
  targetKind: TargetKind;
  targetLabel?: string;
  anonymous: boolean;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  channel?: 'web' | 'mobile';
}

const submissionFields = {
  campaignId: idParam, orgId: idParam, solicitationId: idParam, body: { type: 'string', minLength: 1, maxLength: BODY_MAX, pattern: VISIBLE },
  targetKind: { type: 'string', enum: TARGET_KINDS }, targetLabel: { type: 'string', maxLength: 100 }, anonymous: { type: 'boolean' },
  contactName: { type: 'string', maxLength: 50 }, contactPhone: { type: 'string', maxLength: 20 }, contactEmail: { type: 'string', maxLength: 100 },
  channel: { type: 'string', enum: ['web', 'mobile'] },
};
const submissionSchema = obj(submissionFields, ['campaignId', 'orgId', 'body', 'targetKind', 'anonymous']);

export async function portalRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const pub = { public: true };
  // Per server: MASSLINE_PORTAL_LIMIT submissions (default 10) and three times as many receipt
  // or letter look-ups per client address per 10 minutes.
  const submitLimiter = new RateLimiter(ctx.config.portalSubmitLimit, 10 * 60_000);
  const receiptLimiter = new RateLimiter(ctx.config.portalSubmitLimit * 3, 10 * 60_000);

  app.get('/api/portal/solicitations', {
    config: pub,
    schema: { tags, summary: '正在征求意见的事项（门户）', response: { 200: obj({ items: { type: 'array', items: solicitationSchema } }) } },
  }, async () => {
    const today = chinaDay();
    const rows = await db.selectFrom('solicitations').selectAll().where('starts_on', '<=', today).where('ends_on', '>=', today).orderBy('ends_on').limit(200).execute();
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return { items: rows.map((r) => presentSolicitation(r, names.get(r.org_id) ?? '', null)) };
  });

  app.get('/api/portal/units', {
    config: pub,
    schema: {
      tags, summary: '可以评议的单位（按名称搜索；给出征求意见时只列其范围内的单位）', querystring: obj({ campaignId: idParam, solicitationId: idParam, q: { type: 'string', maxLength: 30 } }, ['campaignId']),
      response: { 200: obj({ items: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' }, parentName: { type: ['string', 'null'] } }) } }), ...errorResponses },
    },
  }, async (req) => {
    const { campaignId, solicitationId, q } = req.query as { campaignId: string; solicitationId?: string; q?: string };
    const campaign = await getCampaign(db, campaignId);
    let base = await getOrg(db, campaign.org_id);
    if (solicitationId) {
      // A round of asking covers its own organization's subtree: offer only units it can take.
      const s = await getSolicitation(db, solicitationId);
      if (s.campaign_id !== campaign.id) throw badRequest('opinion.solicitation_mismatch', { id: solicitationId });
      base = await getOrg(db, s.org_id);
    }
    const excluded = await exclusionPaths(db, campaign);
    let query = db.selectFrom('organizations').select(['id', 'name', 'parent_id', 'path']).where('region_id', '=', base.region_id)
      .where('path', '>=', base.path).where('path', '<', subtreeEnd(base.path)).where('active', '=', 1);
    for (const p of excluded) query = query.where(sql<boolean>`not (path >= ${p} and path < ${subtreeEnd(p)})`);
    if (q?.trim()) query = query.where(sql<boolean>`search_text like ${'%' + q.trim().toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'`);
    else query = query.where('depth', '<=', base.depth + 1);
    const rows = await query.orderBy('depth').orderBy('path').limit(30).execute();
    const parents = await namesOf(db, rows.map((r) => r.parent_id).filter((p): p is string => !!p));
    return { items: rows.map((r) => ({ id: r.id, name: r.name, parentName: r.parent_id ? parents.get(r.parent_id) ?? null : null })) };
  });

  app.post('/api/portal/opinions', {
    config: pub,
    schema: {
      tags, summary: '群众提交意见（实名或匿名；可附图片或 PDF，multipart 字段 files）', consumes: ['application/json', 'multipart/form-data'],
      response: { 201: obj({ receipt: { type: ['string', 'null'] }, status: { type: 'string' }, receivedOn: { type: 'string' } }), ...errorResponses, 413: errorResponses[400], 429: errorResponses[400] },
    },
  }, async (req, reply) => {
    limit(submitLimiter, req);
    const { fields, files } = req.isMultipart() ? await readMultipart(req) : { fields: req.body as Record<string, unknown>, files: [] as AttachmentInput[] };
    const input = validateSubmission(fields);
    const result = await submitOpinion(db, {
      campaignId: input.campaignId, orgId: input.orgId, solicitationId: input.solicitationId ?? null, channel: input.channel ?? 'web', body: input.body,
      targetKind: input.targetKind, targetLabel: input.targetLabel, anonymous: input.anonymous, issueReceipt: true,
      contact: input.anonymous ? null : { name: input.contactName ?? '', phone: input.contactPhone || null, email: input.contactEmail || null },
      attachments: files,
    });
    reply.code(201);
    return { receipt: result.receipt, status: result.opinion.status, receivedOn: result.opinion.received_on };
  });

  const receiptBody = obj({ receipt: { type: 'string', minLength: 1, maxLength: 40 } });

  async function byReceipt(receipt: string) {
    const normalized = normalizeReceipt(receipt);
    if (!normalized) throw badRequest('opinion.receipt_invalid');
    const o = await findByReceipt(db, normalized);
    if (!o) throw new AppError(404, 'opinion.receipt_unknown');
    return o;
  }

  app.post('/api/portal/receipt', {
    config: pub,
    schema: { tags, summary: '凭回执号查看办理情况和答复', body: receiptBody, response: { 200: submitterViewSchema, ...errorResponses, 429: errorResponses[400] } },
  }, async (req) => {
    limit(receiptLimiter, req);
    const o = await byReceipt((req.body as { receipt: string }).receipt);
    const [events, names] = await Promise.all([opinionEvents(db, o), namesOf(db, [o.org_id])]);
    return presentForSubmitter(o, events, names.get(o.org_id) ?? '');
  });

  app.post('/api/portal/receipt/info', {
    config: pub,
    schema: { tags, summary: '凭回执号补充情况', body: obj({ receipt: receiptBody.properties.receipt, text: { type: 'string', minLength: 1, maxLength: 2000, pattern: VISIBLE } }), response: { 200: okSchema, ...errorResponses, 429: errorResponses[400] } },
  }, async (req) => {
    limit(receiptLimiter, req);
    const { receipt, text } = req.body as { receipt: string; text: string };
    await addInformation(db, await byReceipt(receipt), text);
    return { ok: true };
  });

  app.get('/api/portal/disclosures', {
    config: pub,
    schema: {
      tags, summary: '公示的意见及整改情况（按类别分组）', querystring: obj({ orgId: idParam }, ['orgId']),
      response: { 200: obj({ org: obj({ id: { type: 'string' }, name: { type: 'string' } }), groups: { type: 'array', items: obj({ category: { type: ['string', 'null'] }, items: { type: 'array', items: obj({ id: { type: 'string' }, unit: { type: 'string' }, text: { type: 'string' }, action: { type: 'string' }, status: { type: 'string' }, receivedOn: { type: 'string' } }) } }) } }), ...errorResponses },
    },
  }, async (req) => {
    const org = await getOrg(db, (req.query as { orgId: string }).orgId);
    const rows = await disclosures(db, org.region_id, org.path);
    const names = await namesOf(db, rows.map((r) => r.org_id));
    const groups = new Map<string | null, typeof rows>();
    for (const r of rows) groups.set(r.category, [...(groups.get(r.category) ?? []), r]);
    return {
      org: { id: org.id, name: org.name },
      groups: [...groups].map(([category, items]) => ({
        category,
        items: items.map((r) => ({ id: r.id, unit: names.get(r.org_id) ?? '', text: r.disclosure_text ?? '', action: r.disclosure_action ?? '', status: r.status, receivedOn: r.received_on })),
      })),
    };
  });

  app.get('/api/portal/letters/:token', {
    config: pub,
    schema: { tags, summary: '征求意见函（专属链接）', params: obj({ token: { type: 'string', minLength: 10, maxLength: 64 } }), response: { 200: obj({ recipientName: { type: 'string' }, responded: { type: 'boolean' }, solicitation: solicitationSchema }), ...errorResponses } },
  }, async (req) => {
    limit(receiptLimiter, req);
    const { letter, solicitation } = await findLetter(db, (req.params as { token: string }).token);
    const names = await namesOf(db, [solicitation.org_id]);
    return { recipientName: letter.recipient_name, responded: !!letter.responded_at, solicitation: presentSolicitation(solicitation, names.get(solicitation.org_id) ?? '', null) };
  });

  app.post('/api/portal/letters/:token/opinions', {
    config: pub,
    schema: { tags, summary: '回复征求意见函', params: obj({ token: { type: 'string', minLength: 10, maxLength: 64 } }), body: obj({ body: submissionFields.body, anonymous: { type: 'boolean' } }, ['body']), response: { 201: obj({ receipt: { type: ['string', 'null'] } }), ...errorResponses, 429: errorResponses[400] } },
  }, async (req, reply) => {
    limit(submitLimiter, req);
    const { letter, solicitation } = await findLetter(db, (req.params as { token: string }).token);
    const { body, anonymous } = req.body as { body: string; anonymous?: boolean };
    // Answers to a named letter are named by default: the letter was sent to this person.
    const result = await submitOpinion(db, {
      campaignId: solicitation.campaign_id, orgId: solicitation.org_id, solicitationId: solicitation.id, channel: 'solicitation_letter', body,
      targetKind: solicitation.target_kind as TargetKind, targetLabel: solicitation.target_label, anonymous: !!anonymous, issueReceipt: true,
      contact: anonymous ? null : { name: letter.recipient_name, email: null, phone: null }, enteredBy: anonymous ? undefined : { userId: null, name: `征求意见函：${letter.recipient_name}` },
    });
    await db.updateTable('solicitation_letters').set({ responded_at: chinaDay() }).where('region_id', '=', letter.region_id).where('id', '=', letter.id).execute();
    reply.code(201);
    return { receipt: result.receipt };
  });
}

/** Reads a multipart submission: text fields and up to three files, each size-limited. */
async function readMultipart(req: FastifyRequest): Promise<{ fields: Record<string, unknown>; files: AttachmentInput[] }> {
  const fields: Record<string, unknown> = {};
  const files: AttachmentInput[] = [];
  for await (const part of req.parts({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: ATTACHMENT_MAX_COUNT + 1, fields: 20, fieldSize: BODY_MAX * 4 } })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.file.truncated) throw badRequest('opinion.attachment_too_large', { name: part.filename, limit: '5 MB' });
      if (data.length) files.push({ name: part.filename || 'attachment', data });
    } else {
      fields[part.fieldname] = part.value;
    }
  }
  if (files.length > ATTACHMENT_MAX_COUNT) throw badRequest('opinion.attachment_too_many', { limit: ATTACHMENT_MAX_COUNT });
  return { fields, files };
}

/** Multipart fields arrive as strings: coerce and validate them with the JSON body's schema. */
const checkSubmission = new Ajv({ coerceTypes: true, allErrors: false }).compile(submissionSchema);

function validateSubmission(fields: Record<string, unknown>): PortalSubmission {
  const value: Record<string, unknown> = { ...fields };
  for (const k of Object.keys(value)) if (value[k] === '') delete value[k];
  if (!checkSubmission(value)) {
    const e = checkSubmission.errors![0];
    const field = e.instancePath.replace(/^\//, '') || (e.params as { missingProperty?: string }).missingProperty || '';
    throw badRequest('request.invalid', { detail: `${field} (${e.keyword})` });
  }
  return value as unknown as PortalSubmission;
}
