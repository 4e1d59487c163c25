import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { CampaignTable, Database, OpinionTable } from '../../db/schema.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, nonEmpty, obj } from '../../http/schemas.js';
import { AppError, badRequest, forbidden, notFound } from '../../shared/errors.js';
import { authorize, covers, scopeOf } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getCampaign } from '../campaigns/commands.js';
import { getOpinion } from '../opinions/commands.js';
import { CATEGORIES, type Category } from '../opinions/model.js';
import { getOrg } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import {
  BULK_ACTIONS, BULK_MAX, bulkTriage, createCategory, getCategory, mergeClusters, unmergeCluster, splitFromCluster, triageOpinion, updateCategory,
  type BulkAction, type CategoryInput, type CategoryPatch, type Reach, type TriageInput,
} from './commands.js';
import { categorySchema, countsSchema, presentCategory, presentQueueItem, queueItemSchema } from './presenter.js';
import { categoriesByIds, categoriesFor, clusterMembers, clusterSizes, queuePage, QUEUE_STATES, readableOpinions, untriagedCounts, type QueueState } from './queries.js';
import { similarOpinions } from './arrival.js';
import { nearestClusters, SIMILAR_KEPT, SIMILAR_KEPT_MOST } from './duplicates.js';

// The triage queue, clusters, the organization's own categories. Reading follows the inbox
// (opinion.read, masked text for those who do not handle the opinion); every change needs
// opinion.handle over each opinion it touches; categories are managed by the campaign office of
// the organization that defines them (organization.manage) and read by its readers.
const tags = ['triage'];
const wind = { type: 'string', enum: CATEGORIES };
const windOrNull = { type: ['string', 'null'], enum: [...CATEGORIES, null] };
const idList = (min: number) => ({ type: 'array', minItems: min, maxItems: BULK_MAX, items: idParam });
const cursor = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}\\.[0-9a-v]{10}$' };
const itemResponse = { 200: obj({ item: queueItemSchema }), ...errorResponses };
const clusterRef = obj({ id: { type: 'string' }, size: { type: 'integer' } });

export async function triageRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  const reachOf = (actor: Actor): Reach => ({ read: scopeOf(actor, 'opinion', 'read'), handle: scopeOf(actor, 'opinion', 'handle') });

  async function loadOpinion(actor: Actor, id: string) {
    const o = await getOpinion(db, id);
    authorize(actor, 'opinion', 'read', o.org_path);
    return o;
  }

  app.get('/api/campaigns/:id/triage/queue', {
    schema: {
      tags, summary: '意见分拣队列（先到先办；可按状态、四风类别、首轮建议、单位、相似意见组筛选）', params: obj({ id: idParam }),
      querystring: obj({
        state: { type: 'string', enum: QUEUE_STATES }, wind, suggested: wind, orgId: idParam, clusterId: idParam, after: cursor,
        limit: { type: 'integer', minimum: 1, maximum: 200 },
      }, []),
      response: {
        200: obj({ items: { type: 'array', items: queueItemSchema }, total: { type: 'integer' }, nextCursor: { type: ['string', 'null'] }, counts: countsSchema }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const f = req.query as { state?: QueueState; wind?: Category; suggested?: Category; orgId?: string; clusterId?: string; after?: string; limit?: number };
    const orgPath = f.orgId ? (await getOrg(db, f.orgId)).path : undefined;
    const after = f.after ? { day: f.after.slice(0, 10), id: f.after.slice(11) } : undefined;
    const scope = scopeOf(actor, 'opinion', 'read');
    // (Review) One who reads no opinion anywhere is told so, not shown an empty queue that reads as "all done".
    if (!scope.all && !scope.subtrees.length && !scope.exact.length) throw new AppError(403, 'triage.no_access');
    const limit = f.limit ?? 50;
    const [page, counts] = await Promise.all([
      queuePage(db, scope, { campaignId: campaign.id, regionId: campaign.region_id, state: f.state ?? 'untriaged', wind: f.wind, suggested: f.suggested, orgPath, clusterId: f.clusterId, after, limit }),
      untriagedCounts(db, scope, campaign.id, campaign.region_id),
    ]);
    const last = page.rows.at(-1);
    return {
      items: await presentRows(db, actor, campaign, page.rows),
      total: page.total,
      nextCursor: page.more && last ? `${last.received_on}.${last.id}` : null,
      counts,
    };
  });

  app.get('/api/campaigns/:id/triage/clusters/:clusterId', {
    schema: {
      tags, summary: '相似意见组：全部成员（原文全部保留）', params: obj({ id: idParam, clusterId: idParam }),
      response: { 200: obj({ cluster: clusterRef, items: { type: 'array', items: queueItemSchema } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { id, clusterId } = req.params as { id: string; clusterId: string };
    const { campaign } = await loadVisibleCampaign(db, actor, id);
    const { rows, exists } = await clusterMembers(db, scopeOf(actor, 'opinion', 'read'), campaign.id, campaign.region_id, clusterId);
    if (!exists) throw notFound('triage.cluster_not_found', { id: clusterId });
    if (!rows.length) throw forbidden(); // the cluster exists, but none of its members is in the caller's reach
    return { cluster: { id: clusterId, size: rows.length }, items: await presentRows(db, actor, campaign, rows) };
  });

  app.get('/api/opinions/:id/triage/similar', {
    schema: {
      tags, summary: '可能反映同一问题、但首轮未归为一组的意见（最多 5 条，最像的在前），供合并时参考；只列出您有权查看的',
      params: obj({ id: idParam }),
      response: {
        200: obj({ items: { type: 'array', items: obj({ score: { type: 'number' }, item: queueItemSchema }) } }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    const campaign = await getCampaign(db, o.campaign_id);
    const reach = scopeOf(actor, 'opinion', 'read');
    // A reader of part of the campaign (a liaison's village in a city's campaign) is given more of the index's best,
    // since those out of reach are dropped below.
    const whole = covers(reach, (await getOrg(db, campaign.org_id)).path);
    const found = await similarOpinions(db, o, whole ? SIMILAR_KEPT : SIMILAR_KEPT_MOST);
    const readable = new Map((await readableOpinions(db, reach, campaign.id, campaign.region_id, found.map((f) => f.id))).map((r) => [r.id, r]));
    // One per group as the rows have it (another process's merge may not have reached this index
    // yet), none of the opinion's own group, only those the caller may read.
    const own = o.cluster_id ?? o.id;
    const groupOf = (id: string) => readable.get(id)?.cluster_id ?? id;
    const chosen = nearestClusters(found.map((f) => ({ ...f, cluster: groupOf(f.id) })), (f) => readable.has(f.id) && f.cluster !== own);
    const items = await presentRows(db, actor, campaign, chosen.map((f) => readable.get(f.id)!));
    return { items: items.map((item, k) => ({ score: Math.round(chosen[k].score * 1000) / 1000, item })) };
  });

  app.post('/api/opinions/:id/triage', {
    schema: {
      tags, summary: '分拣一条意见：采纳首轮建议，或改定四风类别、本单位分类，或转交本活动内、本人处理范围内的单位', params: obj({ id: idParam }),
      body: {
        ...obj({ accept: { type: 'boolean' }, expectedWind: { type: 'string', enum: CATEGORIES, description: '采纳时页面上显示的建议类别；建议已变时拒绝（409）' }, wind: windOrNull, orgCategoryId: { type: ['string', 'null'], pattern: idParam.pattern }, orgId: idParam }, []),
        minProperties: 1,
      },
      response: itemResponse,
    },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    authorize(actor, 'opinion', 'handle', o.org_path);
    const updated = await triageOpinion(db, auditActor(actor), o.id, req.body as TriageInput, reachOf(actor));
    const campaign = await getCampaign(db, updated.campaign_id);
    const [item] = await presentRows(db, actor, campaign, [updated]);
    return { item };
  });

  app.post('/api/campaigns/:id/triage/bulk', {
    schema: {
      tags, summary: '批量分拣（最多 500 条；全部成功或全部不修改）：采纳建议、定四风类别、定本单位分类、转交单位', params: obj({ id: idParam }),
      body: obj({
        ids: idList(1), action: { type: 'string', enum: BULK_ACTIONS }, value: { type: 'string', maxLength: 20 },
        expected: { type: 'object', maxProperties: BULK_MAX, propertyNames: { pattern: idParam.pattern }, additionalProperties: { type: 'string', enum: CATEGORIES }, description: '批量采纳时每条意见页面上显示的建议类别；有变化的全部不修改（409）' },
      }, ['ids', 'action']),
      response: { 200: obj({ updated: { type: 'integer' }, items: { type: 'array', items: queueItemSchema } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const { ids, action, value, expected } = req.body as { ids: string[]; action: BulkAction; value?: string; expected?: Record<string, string> };
    const rows = await bulkTriage(db, auditActor(actor), campaign, ids, action, value, reachOf(actor), expected);
    return { updated: rows.length, items: await presentRows(db, actor, campaign, rows) };
  });

  app.post('/api/campaigns/:id/triage/merge', {
    schema: {
      tags, summary: '合并相似意见组（以最早的一组为准；每条原文都保留，只改变所属组）', params: obj({ id: idParam }),
      body: obj({ clusterIds: idList(2), opinionIds: idList(2) }, []),
      response: { 200: obj({ cluster: clusterRef, moved: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as { clusterIds?: string[]; opinionIds?: string[] };
    if (!body.clusterIds === !body.opinionIds) throw badRequest('triage.merge_input');
    const reach = reachOf(actor);
    const { clusterId, moved } = await mergeClusters(db, auditActor(actor), campaign, body, reach);
    const sizes = await clusterSizes(db, reach.read, campaign.id, campaign.region_id, [clusterId]);
    return { cluster: { id: clusterId, size: sizes.get(clusterId) ?? 0 }, moved };
  });

  app.post('/api/campaigns/:id/triage/unmerge', {
    schema: {
      tags, summary: '撤销最近一次并入该组的合并：被并入的各组按合并前的成员恢复（其后移出或新加入的意见不受影响）', params: obj({ id: idParam }),
      body: obj({ clusterId: idParam }, ['clusterId']),
      response: { 200: obj({ cluster: clusterRef, restored: { type: 'array', items: clusterRef }, moved: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const reach = reachOf(actor);
    const { clusterId, restored, moved } = await unmergeCluster(db, auditActor(actor), campaign, (req.body as { clusterId: string }).clusterId, reach);
    const sizes = await clusterSizes(db, reach.read, campaign.id, campaign.region_id, [clusterId, ...restored]);
    return { cluster: { id: clusterId, size: sizes.get(clusterId) ?? 0 }, restored: restored.map((id) => ({ id, size: sizes.get(id) ?? 0 })), moved };
  });

  app.post('/api/opinions/:id/triage/split', {
    schema: {
      tags, summary: '把一条意见移出所在的相似意见组', params: obj({ id: idParam }),
      response: { 200: obj({ item: queueItemSchema, restClusterId: { type: ['string', 'null'] } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const o = await loadOpinion(actor, (req.params as { id: string }).id);
    authorize(actor, 'opinion', 'handle', o.org_path);
    const { opinion, rest } = await splitFromCluster(db, auditActor(actor), o.id);
    const campaign = await getCampaign(db, opinion.campaign_id);
    const [item] = await presentRows(db, actor, campaign, [opinion]);
    return { item, restClusterId: rest };
  });

  // -- the organization's own categories, offered for opinions in its subtree

  app.get('/api/orgs/:id/opinion-categories', {
    schema: {
      tags, summary: '单位可用的意见分类（本级设立的和上级设立的）', params: obj({ id: idParam }), querystring: obj({ includeInactive: { type: 'boolean' } }, []),
      response: { 200: obj({ items: { type: 'array', items: categorySchema } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const org = await getOrg(db, (req.params as { id: string }).id);
    authorize(actor, 'organization', 'read', org.path);
    const rows = await categoriesFor(db, org, { includeInactive: (req.query as { includeInactive?: boolean }).includeInactive });
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return { items: rows.map((c) => presentCategory(c, actor, names.get(c.org_id) ?? '', org.id)) };
  });

  const categoryFields = { name: nonEmpty(50), wind: windOrNull, position: { type: 'integer', minimum: 0, maximum: 1_000_000 } };

  app.post('/api/orgs/:id/opinion-categories', {
    schema: {
      tags, summary: '新增本单位的意见分类（可注明所属“四风”类别；同一单位下名称不能重复）', params: obj({ id: idParam }),
      body: obj(categoryFields, ['name']), response: { 201: obj({ category: categorySchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const org = await getOrg(db, (req.params as { id: string }).id);
    authorize(actor, 'organization', 'manage', org.path);
    const c = await createCategory(db, auditActor(actor), org, req.body as CategoryInput);
    reply.code(201);
    return { category: presentCategory(c, actor, org.name, org.id) };
  });

  app.patch('/api/opinion-categories/:id', {
    schema: {
      tags, summary: '修改意见分类（名称、所属四风、停用或启用、排序）', params: obj({ id: idParam }),
      body: { ...obj({ ...categoryFields, active: { type: 'boolean' } }, []), minProperties: 1 }, response: { 200: obj({ category: categorySchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const before = await getCategory(db, (req.params as { id: string }).id);
    authorize(actor, 'organization', 'manage', before.org_path);
    const c = await updateCategory(db, auditActor(actor), before.id, req.body as CategoryPatch);
    const names = await namesOf(db, [c.org_id]);
    return { category: presentCategory(c, actor, names.get(c.org_id) ?? '', c.org_id) };
  });
}

/** Queue items with their units' names, categories and cluster sizes (as far as the caller reads). */
async function presentRows(db: Kysely<Database>, actor: Actor, campaign: CampaignTable, rows: OpinionTable[]) {
  if (!rows.length) return [];
  const [names, categories, sizes] = await Promise.all([
    namesOf(db, rows.flatMap((r) => [r.org_id, ...(r.suggested_org_id ? [r.suggested_org_id] : [])])),
    categoriesByIds(db, rows.map((r) => r.org_category_id)),
    clusterSizes(db, scopeOf(actor, 'opinion', 'read'), campaign.id, campaign.region_id, rows.map((r) => r.cluster_id ?? r.id)),
  ]);
  return rows.map((r) => presentQueueItem(r, actor, { names, categories, sizes }));
}
