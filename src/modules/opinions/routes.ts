import type { FastifyInstance } from 'fastify';
import { AppError } from '../../shared/errors.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj, okSchema, VISIBLE } from '../../http/schemas.js';
import { authorize, can, covers, scopeIsEmpty, scopeOf } from '../authz/policy.js';
import { describeRowError } from '../../shared/import-headers.js';
import { applyOpinionImport, opinionImportTemplate, planOpinionImport } from './import.js';
import type { Actor } from '../authz/roles.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg, listChildren } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import { discloseOpinion, getOpinion, replyToOpinion, submitBatch, transitionOpinion, type SubmitInput } from './commands.js';
import { BODY_MAX, CATEGORIES, CHANNELS, OFFLINE_CHANNELS, STATUSES, TARGET_KINDS, type Channel } from './model.js';
import { eventSchema, opinionSchema, presentEvent, presentOpinion } from './presenter.js';
import { inbox, opinionAttachments, opinionCounts, opinionEvents } from './queries.js';

// The office side of listening: the inbox, one opinion with its history, staff entry from
// offline channels (one or a batch), lifecycle steps with replies, disclosure, and counts.
const tags = ['opinions'];
const body = { type: 'string', minLength: 1, maxLength: BODY_MAX, pattern: VISIBLE };
const entrySchema = obj({
  orgId: idParam, channel: { type: 'string', enum: OFFLINE_CHANNELS }, body, targetKind: { type: 'string', enum: TARGET_KINDS },
  targetLabel: { type: 'string', maxLength: 100 }, solicitationId: { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' },
  symposiumId: { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' }, anonymous: { type: 'boolean' }, receivedOn: dateString,
  contact: { anyOf: [{ type: 'null' }, obj({ name: { type: 'string', maxLength: 50 }, phone: { type: ['string', 'null'], maxLength: 20 }, email: { type: ['string', 'null'], maxLength: 100 } }, ['name'])] },
}, ['orgId', 'channel', 'body', 'targetKind', 'anonymous']);

type Entry = { orgId: string; channel: Channel; body: string; targetKind: SubmitInput['targetKind']; targetLabel?: string; solicitationId?: string | null; symposiumId?: string | null; anonymous: boolean; receivedOn?: string; contact?: SubmitInput['contact'] };

export async function opinionRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;

  const loadCampaign = (actor: Actor, id: string) => loadVisibleCampaign(db, actor, id);

  async function loadOpinion(actor: Actor, id: string) {
    const o = await getOpinion(db, id);
    authorize(actor, 'opinion', 'read', o.org_path);
    return o;
  }

  app.get('/api/campaigns/:id/opinions', {
    schema: {
      tags, summary: '意见收件箱（按征求意见、渠道、单位、状态、日期筛选）', params: obj({ id: idParam }),
      querystring: obj({
        solicitationId: idParam, channel: { type: 'string', enum: CHANNELS }, status: { type: 'string', enum: STATUSES }, orgId: idParam,
        from: dateString, to: dateString, q: { type: 'string', maxLength: 50 }, anonymous: { type: 'boolean' },
        limit: { type: 'integer', minimum: 1, maximum: 200 }, offset: { type: 'integer', minimum: 0 },
      }, []),
      response: { 200: obj({ items: { type: 'array', items: opinionSchema }, total: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadCampaign(actor, (req.params as { id: string }).id);
    const f = req.query as { solicitationId?: string; channel?: string; status?: string; orgId?: string; from?: string; to?: string; q?: string; anonymous?: boolean; limit?: number; offset?: number };
    let orgPath: string | undefined;
    if (f.orgId) {
      const org = await getOrg(db, f.orgId);
      orgPath = org.path;
    }
    const { rows, total } = await inbox(db, scopeOf(actor, 'opinion', 'read'), { ...f, orgPath, campaignId: campaign.id, regionId: campaign.region_id, limit: f.limit ?? 50, offset: f.offset ?? 0 }, scopeOf(actor, 'opinion', 'handle'));
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return { items: rows.map((r) => presentOpinion(r, actor, names.get(r.org_id) ?? '')), total };
  });

  app.get('/api/campaigns/:id/opinion-counts', {
    schema: {
      tags, summary: '意见分渠道、分状态、分单位统计', params: obj({ id: idParam }), querystring: obj({ orgId: idParam }, []),
      response: { 200: obj({ byChannel: { type: 'object', additionalProperties: { type: 'integer' } }, byStatus: { type: 'object', additionalProperties: { type: 'integer' } }, total: { type: 'integer' }, units: { type: 'array', items: obj({ org: obj({ id: { type: 'string' }, name: { type: 'string' } }), count: { type: 'integer' } }) } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadCampaign(actor, (req.params as { id: string }).id);
    const orgId = (req.query as { orgId?: string }).orgId;
    const under = orgId ? await getOrg(db, orgId) : top;
    if (!under.path.startsWith(top.path)) throw new AppError(400, 'opinion.unit_outside', { id: under.id });
    const scope = scopeOf(actor, 'opinion', 'read');
    const counts = await opinionCounts(db, scope, campaign.id, campaign.region_id, under.path);
    const children = await listChildren(db, under);
    const units = [{ org: { id: under.id, name: under.name }, count: counts.byPrefix.get(under.path) ?? 0 }, ...children.map((c) => ({ org: { id: c.id, name: c.name }, count: counts.byPrefix.get(c.path) ?? 0 }))];
    const total = Object.values(counts.byChannel).reduce((a, b) => a + b, 0);
    return { byChannel: counts.byChannel, byStatus: counts.byStatus, total, units: units.filter((u) => u.count > 0 || covers(scope, u.org.id === under.id ? under.path : `${under.path}${u.org.id}/`)) };
  });

  app.get('/api/opinions/:id', {
    schema: { tags, summary: '意见详情与处理记录', params: obj({ id: idParam }), response: { 200: obj({ opinion: opinionSchema, events: { type: 'array', items: eventSchema }, attachments: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, size: { type: 'integer' } }) } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    const [events, attachments, names] = await Promise.all([opinionEvents(db, o), opinionAttachments(db, o), namesOf(db, [o.org_id])]);
    const handle = can(actor, 'opinion', 'handle', o.org_path);
    return { opinion: presentOpinion(o, actor, names.get(o.org_id) ?? ''), events: events.map((e) => presentEvent(e, handle)), attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })) };
  });

  app.get('/api/opinions/:id/attachments/:attachmentId', {
    schema: { tags, summary: '下载意见附件', params: obj({ id: idParam, attachmentId: idParam }), response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { id, attachmentId } = req.params as { id: string; attachmentId: string };
    const o = await loadOpinion(actor, id);
    const a = await db.selectFrom('opinion_attachments').selectAll().where('region_id', '=', o.region_id).where('opinion_id', '=', o.id).where('id', '=', attachmentId).executeTakeFirst();
    if (!a) throw new AppError(404, 'request.not_found');
    reply.header('content-type', a.type); // sniffed from the content at upload: image/* or application/pdf only
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.name)}`);
    return reply.send(Buffer.from(a.data));
  });

  const entryToInput = (campaignId: string, actor: Actor, e: Entry): SubmitInput => ({
    campaignId, orgId: e.orgId, channel: e.channel, body: e.body, targetKind: e.targetKind, targetLabel: e.targetLabel, solicitationId: e.solicitationId,
    symposiumId: e.symposiumId, anonymous: e.anonymous, contact: e.contact ?? null, receivedOn: e.receivedOn, enteredBy: auditActor(actor),
  });

  async function authorizeEntries(actor: Actor, entries: Entry[]) {
    const paths = new Map<string, string>();
    for (const e of entries) {
      if (!paths.has(e.orgId)) {
        const org = await getOrg(db, e.orgId).catch(() => {
          throw new AppError(400, 'opinion.unit_outside', { id: e.orgId });
        });
        paths.set(e.orgId, org.path);
      }
      authorize(actor, 'opinion', 'enter', paths.get(e.orgId)!);
    }
  }

  app.post('/api/campaigns/:id/opinions', {
    schema: { tags, summary: '录入线下渠道意见（意见箱、来信、走访、热线、座谈会、问卷、邮件）', params: obj({ id: idParam }), body: entrySchema, response: { 201: obj({ opinion: opinionSchema }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadCampaign(actor, (req.params as { id: string }).id);
    const e = req.body as Entry;
    await authorizeEntries(actor, [e]);
    const [o] = await submitBatch(db, [entryToInput(campaign.id, actor, e)]);
    const names = await namesOf(db, [o.org_id]);
    reply.code(201);
    return { opinion: presentOpinion(o, actor, names.get(o.org_id) ?? '') };
  });

  app.post('/api/campaigns/:id/opinions/batch', {
    schema: { tags, summary: '批量录入意见（全部成功或全部不写入）', params: obj({ id: idParam }), body: obj({ items: { type: 'array', minItems: 1, maxItems: 500, items: entrySchema } }), response: { 201: obj({ created: { type: 'integer' }, ids: { type: 'array', items: { type: 'string' } } }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadCampaign(actor, (req.params as { id: string }).id);
    const items = (req.body as { items: Entry[] }).items;
    await authorizeEntries(actor, items);
    const rows = await submitBatch(db, items.map((e) => entryToInput(campaign.id, actor, e)));
    reply.code(201);
    return { created: rows.length, ids: rows.map((r) => r.id) };
  });

  app.get('/api/opinions/import/template', { schema: { tags, summary: '下载意见导入模板（xlsx，表头按请求的语言：简体、繁体或英文）', response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } } }, async (req, reply) => {
    actorOf(req);
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const fileName = { 'zh-CN': '意见导入模板.xlsx', 'zh-TW': '意見匯入範本.xlsx', en: 'opinion-import-template.xlsx' }[req.locale];
    reply.header('content-disposition', `attachment; filename="opinion-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return reply.send(await opinionImportTemplate(req.locale));
  });

  app.post('/api/campaigns/:id/opinions/import', {
    schema: {
      tags, summary: '从 xlsx / csv 批量导入线下收集的意见（逐行校验，有错则全部不写入）', consumes: ['multipart/form-data'], params: obj({ id: idParam }),
      response: { 201: obj({ created: { type: 'integer' } }), ...errorResponses, 413: errorResponses[400] },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadCampaign(actor, (req.params as { id: string }).id);
    if (scopeIsEmpty(scopeOf(actor, 'opinion', 'enter'))) throw new AppError(403, 'auth.forbidden');
    if (!req.isMultipart()) throw new AppError(400, 'import.bad_file', { reason: 'multipart/form-data with a "file" field is required' });
    const file = await req.file();
    if (!file) throw new AppError(400, 'import.bad_file', { reason: 'no file' });
    const data = await file.toBuffer();
    const plan = await planOpinionImport(db, campaign, file.filename, data, (p) => can(actor, 'opinion', 'enter', p), auditActor(actor));
    if (plan.errors.length) {
      const rows = new Set(plan.errors.map((e) => e.row)).size;
      throw new AppError(400, 'import.rows_invalid', { count: rows }, { errors: plan.errors.slice(0, 1000).map((e) => describeRowError(e, req.locale)) });
    }
    const created = await applyOpinionImport(db, auditActor(actor), campaign, plan, file.filename);
    reply.code(201);
    return { created };
  });

  app.post('/api/opinions/:id/transition', {
    schema: {
      tags, summary: '意见处理：分办、合并、答复、列为问题、立行立改、办结', params: obj({ id: idParam }),
      body: obj({ to: { type: 'string', enum: STATUSES }, reply: { type: 'string', maxLength: 2000 }, mergedInto: idParam, category: { type: ['string', 'null'], enum: [...CATEGORIES, null] } }, ['to']),
      response: { 200: obj({ opinion: opinionSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    authorize(actor, 'opinion', 'handle', o.org_path);
    const input = req.body as Parameters<typeof transitionOpinion>[3];
    if (input.mergedInto) authorize(actor, 'opinion', 'handle', (await getOpinion(db, input.mergedInto)).org_path);
    const updated = await transitionOpinion(db, auditActor(actor), o.id, input);
    const names = await namesOf(db, [o.org_id]);
    return { opinion: presentOpinion(updated, actor, names.get(o.org_id) ?? '') };
  });

  app.post('/api/opinions/:id/reply', {
    schema: { tags, summary: '答复提交人（不改变状态）', params: obj({ id: idParam }), body: obj({ text: nonEmpty(2000) }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    authorize(actor, 'opinion', 'handle', o.org_path);
    await replyToOpinion(db, auditActor(actor), o.id, (req.body as { text: string }).text);
    return { ok: true };
  });

  app.put('/api/opinions/:id/disclosure', {
    schema: {
      tags, summary: '公示（去除个人信息后的文字与整改情况）或撤回公示', params: obj({ id: idParam }),
      body: { ...obj({ disclosed: { type: 'boolean' }, text: { type: 'string', maxLength: 2000 }, action: { type: 'string', maxLength: 2000 }, category: { type: ['string', 'null'], enum: [...CATEGORIES, null] } }, ['disclosed']), if: { properties: { disclosed: { const: true } } }, then: { required: ['text'], properties: { text: { type: 'string', minLength: 1, pattern: VISIBLE } } } },
      response: { 200: obj({ opinion: opinionSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    authorize(actor, 'opinion', 'handle', o.org_path);
    const updated = await discloseOpinion(db, auditActor(actor), o.id, req.body as Parameters<typeof discloseOpinion>[3]);
    const names = await namesOf(db, [o.org_id]);
    return { opinion: presentOpinion(updated, actor, names.get(o.org_id) ?? '') };
  });
}
