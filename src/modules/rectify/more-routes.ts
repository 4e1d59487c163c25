import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj } from '../../http/schemas.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { authorize, can, overlaps, scopeIsEmpty, scopeOf } from '../authz/policy.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import { createDrive, driveCounters, driveRollup, getDrive, recordDriveFigure } from './drives.js';
import { writeLedger } from './ledger.js';
import { COMMITMENT_STATUSES, COUNTER_KINDS, RULE_DECISIONS, RULE_STATUSES, TEXT_MAX } from './model.js';
import { countsMap } from './presenter.js';
import { getRectifySettings, setRectifySettings } from './ratings.js';
import type { UnderOrg } from './routes.js';
import { commitmentList, createCommitment, createRule, getCommitment, getRule, ruleRegister, updateCommitment, updateRule } from './rules.js';

// Special drives, rule review, public commitments, the reopening threshold and the ledger export.
const tags = ['rectify'];
const id = obj({ id: idParam });
const nullableId = { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' };
const ref = obj({ id: { type: 'string' }, name: { type: 'string' } });
const counterSchema = obj({ id: { type: 'string' }, kind: { type: 'string' }, label: { type: 'string' }, unit: { type: 'string' } });
const rollupSchema = obj({ ...counterSchema.properties, value: { type: 'number' }, baseline: { type: 'number' }, changePercent: { type: ['number', 'null'] } });
const driveSchema = obj({ id: { type: 'string' }, campaignId: { type: 'string' }, org: ref, name: { type: 'string' }, description: { type: 'string' }, counters: { type: 'array', items: counterSchema }, can: obj({ manage: { type: 'boolean' } }) });
const ruleSchema = obj({
  id: { type: 'string' }, org: ref, title: { type: 'string' }, decision: { type: 'string' }, owner: { type: 'string' }, ownerUserId: { type: ['string', 'null'] }, dueOn: { type: ['string', 'null'] },
  status: { type: 'string' }, note: { type: 'string' }, problemIds: { type: 'array', items: { type: 'string' } }, can: obj({ manage: { type: 'boolean' } }),
});
const commitmentSchema = obj({
  id: { type: 'string' }, org: ref, personName: { type: 'string' }, personUserId: { type: ['string', 'null'] }, personTitle: { type: 'string' }, text: { type: 'string' },
  published: { type: 'boolean' }, status: { type: 'string' }, createdAt: { type: 'string' }, can: obj({ manage: { type: 'boolean' } }),
});
const settingsSchema = obj({ reopenBelowPercent: { type: 'integer' }, reopenMinRatings: { type: 'integer' } });
const ruleFields = {
  title: nonEmpty(200), decision: { type: 'string', enum: RULE_DECISIONS }, owner: { type: 'string', maxLength: 100 }, ownerUserId: nullableId, dueOn: { anyOf: [{ type: 'null' }, dateString] },
  status: { type: 'string', enum: RULE_STATUSES }, note: { type: 'string', maxLength: TEXT_MAX }, problemIds: { type: 'array', maxItems: 200, items: idParam },
};
const commitmentFields = {
  personName: nonEmpty(50), personUserId: nullableId, personTitle: { type: 'string', maxLength: 100 }, text: nonEmpty(TEXT_MAX), published: { type: 'boolean' }, status: { type: 'string', enum: COMMITMENT_STATUSES },
};
const figure = obj({ orgId: idParam, counterId: idParam, value: { type: 'number', minimum: 0, maximum: 1e12 }, onDay: dateString, note: { type: 'string', maxLength: 500 } }, ['orgId', 'counterId', 'value']);

export async function moreRoutes(app: FastifyInstance, ctx: AppContext, underOrg: UnderOrg) {
  const { db } = ctx;

  // ---- special drives --------------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/drives', {
    schema: { tags, summary: '专项整治（本级、上级和下级开展的）', params: id, response: { 200: obj({ items: { type: 'array', items: driveSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    // A drive concerns its whole subtree: units below it report into it, so they see it too.
    const rows = (await db.selectFrom('rectify_drives').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('org_path').orderBy('created_at').execute())
      .filter((d) => overlaps(scopeOf(actor, 'rectification', 'read'), d.org_path) || overlaps(scopeOf(actor, 'rectification', 'report'), d.org_path));
    const names = await namesOf(db, rows.map((d) => d.org_id));
    const counters = rows.length ? await db.selectFrom('rectify_drive_counters').selectAll().where('region_id', '=', campaign.region_id).where('drive_id', 'in', rows.map((d) => d.id)).orderBy('position').execute() : [];
    return {
      items: rows.map((d) => ({
        id: d.id, campaignId: d.campaign_id, org: { id: d.org_id, name: names.get(d.org_id) ?? '' }, name: d.name, description: d.description,
        counters: counters.filter((c) => c.drive_id === d.id).map((c) => ({ id: c.id, kind: c.kind, label: c.label, unit: c.unit })), can: { manage: can(actor, 'rectification', 'manage', d.org_path) },
      })),
    };
  });

  app.post('/api/campaigns/:id/rectify/drives', {
    schema: {
      tags, summary: '开展专项整治（计数项及各自的基数）', params: id,
      body: obj({ orgId: idParam, name: nonEmpty(200), description: { type: 'string', maxLength: TEXT_MAX }, counters: { type: 'array', minItems: 1, maxItems: 30, items: obj({ kind: { type: 'string', enum: COUNTER_KINDS }, label: { type: 'string', maxLength: 50 }, unit: { type: 'string', maxLength: 20 }, baseline: { type: 'number', minimum: 0, maximum: 1e12 } }, ['kind']) } }, ['orgId', 'name', 'counters']),
      response: { 201: obj({ drive: driveSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as Parameters<typeof createDrive>[3];
    const org = await getOrg(db, body.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: body.orgId });
    });
    authorize(actor, 'rectification', 'manage', org.path);
    const { drive, counters } = await createDrive(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { drive: { id: drive.id, campaignId: drive.campaign_id, org: { id: org.id, name: org.name }, name: drive.name, description: drive.description, counters: counters.map((c) => ({ id: c.id, kind: c.kind, label: c.label, unit: c.unit })), can: { manage: true } } };
  });

  app.get('/api/rectify/drives/:id', {
    schema: {
      tags, summary: '专项整治汇总：任一单位及其下级的合计与基数对比，分下级单位', params: id, querystring: obj({ orgId: idParam }, []),
      response: { 200: obj({ drive: driveSchema, org: ref, counters: { type: 'array', items: rollupSchema }, units: { type: 'array', items: obj({ org: ref, own: { type: 'boolean' }, counters: { type: 'array', items: rollupSchema } }) } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const drive = await getDrive(db, (req.params as { id: string }).id);
    const orgId = (req.query as { orgId?: string }).orgId ?? drive.org_id;
    const under = await getOrg(db, orgId);
    if (under.region_id !== drive.region_id || !under.path.startsWith(drive.org_path)) throw badRequest('rectify.drive_unit_outside', { id: orgId });
    if (!can(actor, 'rectification', 'read', under.path) && !can(actor, 'rectification', 'report', under.path)) throw new AppError(403, 'auth.forbidden');
    const [rollup, counters, names] = await Promise.all([driveRollup(db, drive, under), driveCounters(db, drive), namesOf(db, [drive.org_id])]);
    return {
      drive: { id: drive.id, campaignId: drive.campaign_id, org: { id: drive.org_id, name: names.get(drive.org_id) ?? '' }, name: drive.name, description: drive.description, counters: counters.map((c) => ({ id: c.id, kind: c.kind, label: c.label, unit: c.unit })), can: { manage: can(actor, 'rectification', 'manage', drive.org_path) } },
      org: { id: under.id, name: under.name }, ...rollup,
    };
  });

  for (const kind of ['value', 'baseline'] as const) {
    const url = kind === 'value' ? '/api/rectify/drives/:id/entries' : '/api/rectify/drives/:id/baselines';
    const summary = kind === 'value' ? '单位填报专项整治成效（累加）' : '单位填报专项整治基数（替换原基数）';
    const handler = async (req: FastifyRequest, reply: FastifyReply) => {
      const actor = actorOf(req);
      const drive = await getDrive(db, (req.params as { id: string }).id);
      const body = req.body as Parameters<typeof recordDriveFigure>[4];
      const org = await getOrg(db, body.orgId).catch(() => {
        throw badRequest('rectify.drive_unit_outside', { id: body.orgId });
      });
      authorize(actor, 'rectification', 'report', org.path);
      const row = await recordDriveFigure(db, auditActor(actor), drive, kind, body);
      reply.code(201);
      return { id: row.id, orgId: row.org_id, counterId: row.counter_id, kind: row.kind, value: Number(row.value), onDay: row.on_day };
    };
    app.post(url, { schema: { tags, summary, params: id, body: figure, response: { 201: obj({ id: { type: 'string' }, orgId: { type: 'string' }, counterId: { type: 'string' }, kind: { type: 'string' }, value: { type: 'number' }, onDay: { type: 'string' } }), ...errorResponses } } }, handler);
  }

  // ---- rule review -----------------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/rules', {
    schema: {
      tags, summary: '建章立制（废改立）清单及统计：保留、废止、修订、新建', params: id, querystring: obj({ orgId: idParam, decision: { type: 'string', enum: RULE_DECISIONS } }, []),
      response: { 200: obj({ items: { type: 'array', items: ruleSchema }, counts: countsMap }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const q = req.query as { orgId?: string; decision?: (typeof RULE_DECISIONS)[number] };
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, q.orgId);
    const r = await ruleRegister(db, scopeOf(actor, 'rectification', 'read'), { campaignId: campaign.id, regionId: campaign.region_id, orgPath: under.path, decision: q.decision });
    const names = await namesOf(db, r.rows.map((x) => x.org_id));
    return {
      items: r.rows.map((x) => ({
        id: x.id, org: { id: x.org_id, name: names.get(x.org_id) ?? '' }, title: x.title, decision: x.decision, owner: x.owner, ownerUserId: x.owner_user_id, dueOn: x.due_on, status: x.status, note: x.note,
        problemIds: r.problems(x.id), can: { manage: can(actor, 'rectification', 'manage', x.org_path) },
      })),
      counts: r.counts,
    };
  });

  app.post('/api/campaigns/:id/rectify/rules', {
    schema: { tags, summary: '登记制度的废改立', params: id, body: obj({ orgId: idParam, ...ruleFields }, ['orgId', 'title', 'decision']), response: { 201: obj({ id: { type: 'string' } }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as Parameters<typeof createRule>[3];
    const org = await getOrg(db, body.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: body.orgId });
    });
    authorize(actor, 'rectification', 'manage', org.path);
    const rule = await createRule(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { id: rule.id };
  });

  app.patch('/api/rectify/rules/:id', {
    schema: { tags, summary: '修改制度（决定、责任、时限、完成情况、对应问题）', params: id, body: { ...obj(ruleFields, []), minProperties: 1 }, response: { 200: obj({ id: { type: 'string' }, status: { type: 'string' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const rule = await getRule(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'manage', rule.org_path);
    const updated = await updateRule(db, auditActor(actor), rule.id, req.body as Parameters<typeof updateRule>[3]);
    return { id: updated.id, status: updated.status };
  });

  // ---- public commitments ----------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/commitments', {
    schema: { tags, summary: '公开承诺', params: id, querystring: obj({ orgId: idParam }, []), response: { 200: obj({ items: { type: 'array', items: commitmentSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, (req.query as { orgId?: string }).orgId);
    const rows = await commitmentList(db, scopeOf(actor, 'rectification', 'read'), { campaignId: campaign.id, regionId: campaign.region_id, orgPath: under.path });
    const names = await namesOf(db, rows.map((c) => c.org_id));
    return {
      items: rows.map((c) => ({
        id: c.id, org: { id: c.org_id, name: names.get(c.org_id) ?? '' }, personName: c.person_name, personUserId: c.person_user_id, personTitle: c.person_title, text: c.text,
        published: c.published === 1, status: c.status, createdAt: c.created_at, can: { manage: can(actor, 'rectification', 'manage', c.org_path) },
      })),
    };
  });

  app.post('/api/campaigns/:id/rectify/commitments', {
    schema: { tags, summary: '登记领导干部或党员的公开承诺', params: id, body: obj({ orgId: idParam, ...commitmentFields }, ['orgId', 'personName', 'text']), response: { 201: obj({ id: { type: 'string' } }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as Parameters<typeof createCommitment>[3];
    const org = await getOrg(db, body.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: body.orgId });
    });
    authorize(actor, 'rectification', 'manage', org.path);
    const c = await createCommitment(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { id: c.id };
  });

  app.patch('/api/rectify/commitments/:id', {
    schema: { tags, summary: '修改公开承诺（公开、兑现情况）', params: id, body: { ...obj(commitmentFields, []), minProperties: 1 }, response: { 200: obj({ id: { type: 'string' }, status: { type: 'string' }, published: { type: 'boolean' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const c = await getCommitment(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'manage', c.org_path);
    const updated = await updateCommitment(db, auditActor(actor), c.id, req.body as Parameters<typeof updateCommitment>[3]);
    return { id: updated.id, status: updated.status, published: updated.published === 1 };
  });

  // ---- the reopening threshold -------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/settings', {
    schema: { tags, summary: '群众满意度重新整改门槛', params: id, response: { 200: settingsSchema, ...errorResponses } },
  }, async (req) => {
    const { campaign } = await loadVisibleCampaign(db, actorOf(req), (req.params as { id: string }).id);
    return getRectifySettings(db, campaign);
  });

  app.put('/api/campaigns/:id/rectify/settings', {
    schema: {
      tags, summary: '设置门槛：满意和基本满意的比例低于 reopenBelowPercent（且评价人数不少于 reopenMinRatings）时重新整改', params: id,
      body: obj({ reopenBelowPercent: { type: 'integer', minimum: 0, maximum: 100 }, reopenMinRatings: { type: 'integer', minimum: 1, maximum: 100000 } }), response: { 200: settingsSchema, ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'manage', top.path);
    return setRectifySettings(db, auditActor(actor), campaign, top.path, req.body as { reopenBelowPercent: number; reopenMinRatings: number });
  });

  // ---- the ledger ----------------------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/ledger.xlsx', {
    schema: { tags, summary: '导出整改台账（Excel，每条整改措施一行）', params: id, querystring: obj({ orgId: idParam }, []), response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const orgId = (req.query as { orgId?: string }).orgId;
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, orgId);
    // With a unit named, the caller must reach it; without, the rows are whatever the caller reaches.
    const reaches = orgId ? can(actor, 'rectification', 'read', under.path) || can(actor, 'rectification', 'report', under.path)
      : !scopeIsEmpty(scopeOf(actor, 'rectification', 'read')) || !scopeIsEmpty(scopeOf(actor, 'rectification', 'report'));
    if (!reaches) throw new AppError(403, 'auth.forbidden');
    const out = new PassThrough();
    const title = `${campaign.name} ${under.name} 整改落实台账`;
    // Rows stream out as they are read; a failure half-way can only cut the download short.
    writeLedger(db, out, { regionId: campaign.region_id, campaignId: campaign.id, orgPath: under.path, actor, title }).catch((err) => out.destroy(err as Error));
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    reply.header('content-disposition', `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(`${under.name}整改台账.xlsx`)}`);
    return reply.send(out);
  });

}
