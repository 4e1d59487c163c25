import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { AppError, badRequest } from '../../shared/errors.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj, okSchema } from '../../http/schemas.js';
import { authorize, can, covers, overlaps, scopeIsEmpty, scopeOf, subtreeEnd } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { getOrg, listAncestors } from '../organizations/queries.js';
import { addAction, setExclusions, ITEM_STATUSES, participates, removeAction, setUnitItem, updateAction, updateCampaign, createCampaign, type ItemStatus } from './commands.js';
import { progressMatrix } from './matrix.js';
import { PHASES } from './plan-template.js';
import { campaignDetailSchema, campaignSummarySchema, loadVisibleCampaign, matrixSchema, presentCampaignSummary, visible } from './presenter.js';

const tags = ['campaigns'];
const phaseInput = obj({ phase: { type: 'string', enum: PHASES }, startsOn: dateString, endsOn: dateString });
const campaignIdParams = obj({ id: idParam });
const ATTACHMENT_MAX = 10 * 1024 * 1024;

export async function campaignRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db, pool } = ctx;

  const loadVisible = (actor: Actor, id: string) => loadVisibleCampaign(db, actor, id);

  app.get('/api/campaigns', { schema: { tags, summary: '可见的活动', response: { 200: obj({ items: { type: 'array', items: campaignSummarySchema } }), ...errorResponses } } }, async (req) => {
    const actor = actorOf(req);
    const rows = await db.selectFrom('campaigns').innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'campaigns.region_id').onRef('o.id', '=', 'campaigns.org_id'))
      .selectAll('campaigns').select('o.path as org_path').orderBy('campaigns.starts_on', 'desc').execute();
    const seen = rows.filter((r) => visible(actor, r.org_path)).map(({ org_path: _p, ...c }) => c);
    return { items: await presentCampaignSummary(db, actor, seen) };
  });

  app.post('/api/campaigns', {
    schema: {
      tags, summary: '新建活动（按模板预置三个环节的规定动作和自选动作）',
      body: obj({ orgId: idParam, name: nonEmpty(200), batch: { type: 'integer', minimum: 1, maximum: 9 }, startsOn: dateString, endsOn: dateString, phases: { type: 'array', minItems: 3, maxItems: 3, items: phaseInput }, excludedOrgIds: { type: 'array', maxItems: 500, items: idParam }, useTemplate: { type: 'boolean' } }, ['orgId', 'name', 'batch', 'startsOn', 'endsOn']),
      response: { 201: obj({ campaign: campaignSummarySchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const body = req.body as Parameters<typeof createCampaign>[2];
    const org = await getOrg(db, body.orgId);
    authorize(actor, 'campaign', 'manage', org.path);
    const c = await createCampaign(db, auditActor(actor), body);
    reply.code(201);
    return { campaign: (await presentCampaignSummary(db, actor, [c]))[0] };
  });

  app.get('/api/campaigns/:id', { schema: { tags, summary: '活动详情：环节、动作、参加范围', params: campaignIdParams, response: { 200: obj({ campaign: campaignDetailSchema }), ...errorResponses } } }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisible(actor, (req.params as { id: string }).id);
    const [phases, actions, excluded, summary] = await Promise.all([
      db.selectFrom('campaign_phases').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('position').execute(),
      db.selectFrom('campaign_actions').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('phase').orderBy('position').execute(),
      db.selectFrom('campaign_exclusions').innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'campaign_exclusions.region_id').onRef('o.id', '=', 'campaign_exclusions.org_id'))
        .select(['o.id', 'o.name', 'o.path']).where('campaign_exclusions.campaign_id', '=', campaign.id).execute(),
      presentCampaignSummary(db, actor, [campaign]),
    ]);
    const count = await pool.all(db, db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_id', '=', top.region_id).where('path', '>=', top.path).where('path', '<', subtreeEnd(top.path)).where('active', '=', 1)
      .where((eb) => (excluded.length ? eb.and(excluded.map((e) => sql<boolean>`not (path >= ${e.path} and path < ${subtreeEnd(e.path)})`)) : sql<boolean>`1 = 1`)));
    return {
      campaign: {
        ...summary[0],
        participatingCount: Number(count[0]?.n ?? 0),
        exclusions: excluded.map((e) => ({ id: e.id, name: e.name })),
        phases: phases.map((p) => ({
          phase: p.phase, startsOn: p.starts_on, endsOn: p.ends_on,
          actions: actions.filter((a) => a.phase === p.phase).map((a) => ({ id: a.id, title: a.title, required: a.required === 1, dueOn: a.due_on, position: a.position, templateKey: a.template_key })),
        })),
        can: {
          manage: can(actor, 'campaign', 'manage', top.path),
          updateItems: !scopeIsEmpty(scopeOf(actor, 'unit_item', 'update')),
          // Somewhere in this campaign the caller may enter opinions / run rounds of asking.
          enterOpinions: overlaps(scopeOf(actor, 'opinion', 'enter'), top.path),
          manageSolicitations: overlaps(scopeOf(actor, 'solicitation', 'manage'), top.path),
        },
      },
    };
  });

  app.patch('/api/campaigns/:id', {
    schema: { tags, summary: '修改活动（名称、批次、日期、环节日期）', params: campaignIdParams, body: { ...obj({ name: nonEmpty(200), batch: { type: 'integer', minimum: 1, maximum: 9 }, startsOn: dateString, endsOn: dateString, phases: { type: 'array', maxItems: 3, items: phaseInput } }, []), minProperties: 1 }, response: { 200: obj({ campaign: campaignSummarySchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisible(actor, (req.params as { id: string }).id);
    authorize(actor, 'campaign', 'manage', top.path);
    const c = await updateCampaign(db, auditActor(actor), campaign.id, req.body as never);
    return { campaign: (await presentCampaignSummary(db, actor, [c]))[0] };
  });

  app.put('/api/campaigns/:id/exclusions', {
    schema: { tags, summary: '设置不参加本次活动的组织（连同下级）', params: campaignIdParams, body: obj({ orgIds: { type: 'array', maxItems: 500, items: idParam } }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisible(actor, (req.params as { id: string }).id);
    authorize(actor, 'campaign', 'manage', top.path);
    await setExclusions(db, auditActor(actor), campaign.id, (req.body as { orgIds: string[] }).orgIds);
    return { ok: true };
  });

  const actionBody = { phase: { type: 'string', enum: PHASES }, title: nonEmpty(200), required: { type: 'boolean' }, dueOn: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } };
  const actionOut = obj({ action: obj({ id: { type: 'string' }, phase: { type: 'string' }, title: { type: 'string' }, required: { type: 'boolean' }, dueOn: { type: ['string', 'null'] }, position: { type: 'integer' } }) });
  const presentAction = (a: { id: string; phase: string; title: string; required: number; due_on: string | null; position: number }) => ({ action: { id: a.id, phase: a.phase, title: a.title, required: a.required === 1, dueOn: a.due_on, position: a.position } });

  app.post('/api/campaigns/:id/actions', {
    schema: { tags, summary: '在环节中新增动作', params: campaignIdParams, body: obj(actionBody, ['phase', 'title']), response: { 201: actionOut, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisible(actor, (req.params as { id: string }).id);
    authorize(actor, 'campaign', 'manage', top.path);
    const a = await addAction(db, auditActor(actor), campaign.id, req.body as never);
    reply.code(201);
    return presentAction(a);
  });

  const actionParams = obj({ id: idParam, actionId: idParam });
  app.patch('/api/campaigns/:id/actions/:actionId', {
    schema: { tags, summary: '修改动作', params: actionParams, body: { ...obj(actionBody, []), minProperties: 1 }, response: { 200: actionOut, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { id, actionId } = req.params as { id: string; actionId: string };
    const { campaign, top } = await loadVisible(actor, id);
    authorize(actor, 'campaign', 'manage', top.path);
    return presentAction(await updateAction(db, auditActor(actor), campaign.id, actionId, req.body as never));
  });

  app.delete('/api/campaigns/:id/actions/:actionId', { schema: { tags, summary: '删除动作（连同各单位的进度）', params: actionParams, response: { 200: okSchema, ...errorResponses } } }, async (req) => {
    const actor = actorOf(req);
    const { id, actionId } = req.params as { id: string; actionId: string };
    const { campaign, top } = await loadVisible(actor, id);
    authorize(actor, 'campaign', 'manage', top.path);
    await removeAction(db, auditActor(actor), campaign.id, actionId);
    return { ok: true };
  });

  app.get('/api/campaigns/:id/matrix', {
    schema: { tags, summary: '进度矩阵：单位 × 动作，逐级汇总百分比', params: campaignIdParams, querystring: obj({ orgId: idParam }, []), response: { 200: matrixSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisible(actor, (req.params as { id: string }).id);
    const scope = scopeOf(actor, 'unit_item', 'read');
    let orgId = (req.query as { orgId?: string }).orgId;
    if (!orgId) {
      // Start where the caller can see: the campaign's top, or the caller's own highest unit in it.
      orgId = covers(scope, top.path) ? top.id : actor.grants.map((g) => g.orgPath).filter((p) => p.startsWith(top.path) && covers(scope, p)).sort((a, b) => a.length - b.length)[0]?.split('/').at(-2);
      if (!orgId) throw new AppError(403, 'auth.forbidden');
    }
    const x = await getOrg(db, orgId);
    if (!x.path.startsWith(top.path)) throw badRequest('campaign.unit_not_participating', { id: x.id });
    authorize(actor, 'unit_item', 'read', x.path);
    const actions = await db.selectFrom('campaign_actions').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).execute();
    const order = new Map<string, number>(PHASES.map((p, i) => [p, i]));
    actions.sort((a, b) => order.get(a.phase)! - order.get(b.phase)! || a.position - b.position);
    const { rows, totals } = await progressMatrix(db, pool, campaign, x, actions);
    const ancestors = (await listAncestors(db, x)).filter((a) => a.path.startsWith(top.path) && covers(scope, a.path));
    // A caller who reaches only this unit itself (a liaison) sees its own row, not its subtree's sums.
    const ownOnly = !scope.all && !scope.subtrees.some((p) => x.path.startsWith(p));
    const visibleRows = rows.filter((r) => covers(scope, r.org.id === x.id ? x.path : `${x.path}${r.org.id}/`));
    return {
      org: { id: x.id, name: x.name },
      ancestors: ancestors.map((a) => ({ id: a.id, name: a.name })),
      actions: actions.map((a) => ({ id: a.id, title: a.title, phase: a.phase, required: a.required === 1 })),
      rows: visibleRows,
      totals: ownOnly ? (visibleRows[0]?.cells ?? []) : totals,
    };
  });

  const itemParams = obj({ id: idParam, orgId: idParam });
  const itemSchema = obj({ actionId: { type: 'string' }, status: { type: 'string' }, note: { type: 'string' }, attachmentName: { type: ['string', 'null'] }, updatedAt: { type: ['string', 'null'] }, updatedBy: { type: ['string', 'null'] } });

  async function loadUnit(actor: Actor, id: string, orgId: string) {
    const { campaign } = await loadVisible(actor, id);
    const unit = await getOrg(db, orgId);
    authorize(actor, 'unit_item', 'read', unit.path);
    if (!(await participates(db, campaign, unit))) throw badRequest('campaign.unit_not_participating', { id: orgId });
    return { campaign, unit };
  }

  app.get('/api/campaigns/:id/items/:orgId', {
    schema: { tags, summary: '某单位在各动作上的进度', params: itemParams, response: { 200: obj({ org: obj({ id: { type: 'string' }, name: { type: 'string' } }), items: { type: 'array', items: itemSchema }, can: obj({ update: { type: 'boolean' } }) }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { id, orgId } = req.params as { id: string; orgId: string };
    const { campaign, unit } = await loadUnit(actor, id, orgId);
    const [actions, items] = await Promise.all([
      db.selectFrom('campaign_actions').select(['id']).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('phase').orderBy('position').execute(),
      db.selectFrom('unit_items').select(['action_id', 'status', 'note', 'attachment_name', 'updated_at', 'updated_by']).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('org_id', '=', unit.id).execute(),
    ]);
    const byAction = new Map(items.map((i) => [i.action_id, i]));
    return {
      org: { id: unit.id, name: unit.name },
      items: actions.map((a) => {
        const i = byAction.get(a.id);
        return { actionId: a.id, status: i?.status ?? 'not_started', note: i?.note ?? '', attachmentName: i?.attachment_name ?? null, updatedAt: i?.updated_at ?? null, updatedBy: i?.updated_by ?? null };
      }),
      can: { update: can(actor, 'unit_item', 'update', unit.path) },
    };
  });

  const oneItemParams = obj({ id: idParam, orgId: idParam, actionId: idParam });
  app.put('/api/campaigns/:id/items/:orgId/:actionId', {
    schema: { tags, summary: '更新某单位在某动作上的进度', params: oneItemParams, body: obj({ status: { type: 'string', enum: ITEM_STATUSES }, note: { type: 'string', maxLength: 2000 } }, ['status']), response: { 200: obj({ status: { type: 'string' }, note: { type: 'string' }, updatedAt: { type: 'string' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { id, orgId, actionId } = req.params as { id: string; orgId: string; actionId: string };
    const { campaign, unit } = await loadUnit(actor, id, orgId);
    authorize(actor, 'unit_item', 'update', unit.path);
    const body = req.body as { status: ItemStatus; note?: string };
    return setUnitItem(db, auditActor(actor), campaign.id, unit.id, actionId, body);
  });

  app.post('/api/campaigns/:id/items/:orgId/:actionId/attachment', {
    schema: { tags, summary: '上传进度佐证附件（multipart 字段 file，≤10 MB）', consumes: ['multipart/form-data'], params: oneItemParams, response: { 200: obj({ status: { type: 'string' }, note: { type: 'string' }, updatedAt: { type: 'string' } }), ...errorResponses, 413: errorResponses[400] } },
  }, async (req) => {
    const actor = actorOf(req);
    const { id, orgId, actionId } = req.params as { id: string; orgId: string; actionId: string };
    const { campaign, unit } = await loadUnit(actor, id, orgId);
    authorize(actor, 'unit_item', 'update', unit.path);
    if (!req.isMultipart()) throw badRequest('request.invalid', { detail: 'multipart/form-data with a "file" field is required' });
    const file = await req.file({ limits: { fileSize: ATTACHMENT_MAX } });
    if (!file) throw badRequest('request.invalid', { detail: 'file' });
    const data = await file.toBuffer();
    const current = await db.selectFrom('unit_items').select('status').where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('action_id', '=', actionId).where('org_id', '=', unit.id).executeTakeFirst();
    return setUnitItem(db, auditActor(actor), campaign.id, unit.id, actionId, {
      status: (current?.status as ItemStatus) ?? 'in_progress',
      attachment: { name: file.filename.slice(0, 200), type: file.mimetype, data },
    });
  });

  app.get('/api/campaigns/:id/items/:orgId/:actionId/attachment', {
    schema: { tags, summary: '下载进度佐证附件', params: oneItemParams, response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { id, orgId, actionId } = req.params as { id: string; orgId: string; actionId: string };
    const { campaign, unit } = await loadUnit(actor, id, orgId);
    const row = await db.selectFrom('unit_items').select(['attachment_name', 'attachment_type', 'attachment_data']).where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).where('action_id', '=', actionId).where('org_id', '=', unit.id).executeTakeFirst();
    if (!row?.attachment_data) throw new AppError(404, 'request.not_found');
    reply.header('content-type', 'application/octet-stream');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.attachment_name ?? 'attachment')}`);
    return reply.send(Buffer.from(row.attachment_data));
  });

}
