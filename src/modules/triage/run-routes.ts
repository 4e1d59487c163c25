import type { FastifyInstance } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, obj } from '../../http/schemas.js';
import { notFound } from '../../shared/errors.js';
import { authorize, covers, scopeOf } from '../authz/policy.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg } from '../organizations/queries.js';
import type { TriageRunTable } from '../../db/schema.js';
import { closeSharedPreparers } from './preparers.js';
import { executeRun, getRun, listRuns, startRun } from './runs.js';

// Backlog runs of the first pass: started by those who handle opinions, for the unit they
// choose (default: the campaign's own), followed by polling their progress.

const tags = ['triage'];
const runSchema = obj({
  id: { type: 'string' }, campaignId: { type: 'string' }, status: { type: 'string', enum: ['running', 'done', 'failed'] }, total: { type: 'integer' }, done: { type: 'integer' },
  failed: { type: 'integer' }, errors: { type: 'array', items: obj({ id: { type: 'string' }, message: { type: 'string' } }) }, startedAt: { type: 'string' }, finishedAt: { type: ['string', 'null'] },
});

function present(r: TriageRunTable) {
  return {
    id: r.id, campaignId: r.campaign_id, status: r.status, total: r.total, done: r.done, failed: r.failed,
    errors: r.errors ? (JSON.parse(r.errors) as { id: string; message: string }[]) : [], startedAt: r.started_at, finishedAt: r.finished_at,
  };
}

export async function triageRunRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  app.addHook('onClose', closeSharedPreparers);

  app.post('/api/campaigns/:id/triage/runs', {
    schema: {
      tags, summary: '对已收意见重新分拣（脱敏、四风建议、相似归并、单位建议），返回进度', params: obj({ id: idParam }), body: obj({ orgId: idParam }, []),
      response: { 202: obj({ run: runSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const root = await getOrg(db, campaign.org_id);
    const orgId = (req.body as { orgId?: string } | undefined)?.orgId;
    const unit = orgId ? await getOrg(db, orgId) : root;
    if (unit.region_id !== campaign.region_id || !unit.path.startsWith(root.path)) throw notFound('org.not_found', { id: unit.id });
    authorize(actor, 'opinion', 'handle', unit.path);
    const scope = { regionId: campaign.region_id, campaignId: campaign.id, campaignPath: root.path, orgPath: unit.path };
    const run = await startRun(db, auditActor(actor), scope);
    // The run goes on after the answer; its progress is in triage_runs.
    void executeRun(db, run, scope).catch((err) => req.log.error({ err }, 'triage run failed'));
    reply.code(202);
    return { run: present(run) };
  });

  app.get('/api/campaigns/:id/triage/runs', {
    schema: { tags, summary: '分拣运行记录（最近 20 次）', params: obj({ id: idParam }), response: { 200: obj({ items: { type: 'array', items: runSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const root = await getOrg(db, campaign.org_id);
    // Those who handle opinions anywhere in the campaign follow its runs.
    const scope = scopeOf(actor, 'opinion', 'handle');
    if (!scope.all && !scope.subtrees.concat(scope.exact).some((p) => p.startsWith(root.path) || root.path.startsWith(p))) authorize(actor, 'opinion', 'handle', root.path);
    return { items: (await listRuns(db, campaign.region_id, campaign.id)).map(present) };
  });

  app.get('/api/triage/runs/:id', {
    schema: { tags, summary: '一次分拣运行的进度', params: obj({ id: idParam }), response: { 200: obj({ run: runSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const run = await getRun(db, (req.params as { id: string }).id);
    if (!run) throw notFound('triage.run_not_found', { id: (req.params as { id: string }).id });
    const { campaign } = await loadVisibleCampaign(db, actor, run.campaign_id);
    const root = await getOrg(db, campaign.org_id);
    if (!covers(scopeOf(actor, 'opinion', 'handle'), root.path)) {
      const scope = scopeOf(actor, 'opinion', 'handle');
      if (!scope.subtrees.concat(scope.exact).some((p) => p.startsWith(root.path))) authorize(actor, 'opinion', 'handle', root.path);
    }
    return { run: present(run) };
  });
}
