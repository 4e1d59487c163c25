import type { FastifyInstance } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, obj } from '../../http/schemas.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { authorize, covers, overlaps, scopeOf, type Scope } from '../authz/policy.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg } from '../organizations/queries.js';
import type { Kysely } from 'kysely';
import type { Database, TriageRunTable } from '../../db/schema.js';
import { closeSharedPreparers } from './preparers.js';
import { coversSubtree, startablePaths } from './run-orgs.js';
import { cancelRun, executeRun, getRun, listRuns, startRun } from './runs.js';

// Backlog runs of the first pass: started by those who handle opinions, for the unit they
// choose (default: the campaign's own), followed by polling their progress. The list says which
// unit each run covered, and for which units the caller may start one (run-orgs.ts).

const tags = ['triage'];
const ref = obj({ id: { type: 'string' }, name: { type: 'string' } });
const runSchema = obj({
  // (Counts and errors are null and empty on a run of a unit above the caller's reach: see present().)
  id: { type: 'string' }, campaignId: { type: 'string' }, status: { type: 'string', enum: ['running', 'done', 'failed', 'cancelled'] }, total: { type: ['integer', 'null'] }, done: { type: ['integer', 'null'] },
  failed: { type: ['integer', 'null'] }, errors: { type: 'array', items: obj({ id: { type: 'string' }, message: { type: 'string' } }) }, startedAt: { type: 'string' }, finishedAt: { type: ['string', 'null'] },
  // The unit whose subtree the run covered (null: a run recorded before units were kept).
  org: { anyOf: [{ type: 'null' }, ref] },
});

/** `counted`: the caller may see the run's counts and errors. A run of a unit above the caller's reach (the city's, seen by a
 * district office or a village's liaison it covered) is shown by its status and times alone: its counts would tell how many
 * opinions the units outside their reach hold, and its errors name those opinions (review). */
function present(r: TriageRunTable, names: Map<string, string>, counted = true) {
  return {
    id: r.id, campaignId: r.campaign_id, status: r.status, total: counted ? r.total : null, done: counted ? r.done : null, failed: counted ? r.failed : null,
    errors: counted && r.errors ? (JSON.parse(r.errors) as { id: string; message: string }[]) : [], startedAt: r.started_at, finishedAt: r.finished_at,
    org: r.org_id ? { id: r.org_id, name: names.get(r.org_id) ?? '' } : null,
  };
}

/** Whether the caller may see a run's counts: their own run, or one whose whole subtree their reach covers (a unit
 * liaison's reach is their unit alone, so a run over it and the units below is counted only for those above). */
function counted(r: TriageRunTable, userId: string | null, scope: Scope, units: Map<string, { path: string }>, rootPath: string): boolean {
  if (userId && r.started_by === userId) return true;
  const path = r.org_id ? units.get(r.org_id)?.path : rootPath;
  return path !== undefined && coversSubtree(scope, path);
}

/** The names and paths of the runs' units. */
async function runUnits(db: Kysely<Database>, regionId: string, runs: TriageRunTable[]): Promise<Map<string, { name: string; path: string }>> {
  const ids = [...new Set(runs.flatMap((r) => (r.org_id ? [r.org_id] : [])))];
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('organizations').select(['id', 'name', 'path']).where('region_id', '=', regionId).where('id', 'in', ids).execute();
  return new Map(rows.map((o) => [o.id, { name: o.name, path: o.path }]));
}
const namesOf = (units: Map<string, { name: string }>) => new Map([...units].map(([id, u]) => [id, u.name]));

/** The units the caller may start a run for in the campaign, highest first (then in the directory's order). */
/** `subtree`: the run covers the units below too (false for a unit liaison's, which covers their unit alone). */
async function startableOrgs(db: Kysely<Database>, regionId: string, paths: string[], scope: Scope) {
  if (!paths.length) return [];
  const rows = await db.selectFrom('organizations').select(['id', 'name', 'path', 'depth', 'sort_order', 'code']).where('region_id', '=', regionId).where('path', 'in', paths).execute();
  rows.sort((a, b) => a.depth - b.depth || a.sort_order - b.sort_order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows.map((o) => ({ id: o.id, name: o.name, subtree: coversSubtree(scope, o.path) }));
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
    // A unit liaison handles their own unit's opinions, not those of the units below it: their run covers the unit alone.
    const unitOnly = !coversSubtree(scopeOf(actor, 'opinion', 'handle'), unit.path);
    const scope = { regionId: campaign.region_id, campaignId: campaign.id, campaignPath: root.path, orgPath: unit.path, unitOnly };
    const run = await startRun(db, auditActor(actor), scope);
    // The run goes on after the answer; its progress is in triage_runs.
    void executeRun(db, run, scope).catch((err) => req.log.error({ err }, 'triage run failed'));
    reply.code(202);
    return { run: present(run, new Map([[unit.id, unit.name]])) };
  });

  app.get('/api/campaigns/:id/triage/runs', {
    schema: {
      tags, summary: '分拣运行记录（最近 20 次，含各次的范围单位）及本人可发起运行的单位', params: obj({ id: idParam }),
      response: {
        200: obj({
          items: { type: 'array', items: runSchema },
          // The units whose subtree the caller may start a run for (those of their roles in the campaign), highest first.
          startOrgs: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' }, subtree: { type: 'boolean' } }) },
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const root = await getOrg(db, campaign.org_id);
    // Those who handle opinions anywhere in the campaign follow its runs.
    const scope = scopeOf(actor, 'opinion', 'handle');
    if (!scope.all && !scope.subtrees.concat(scope.exact).some((p) => p.startsWith(root.path) || root.path.startsWith(p))) authorize(actor, 'opinion', 'handle', root.path);
    // Only the runs of units the caller's reach touches (theirs, those inside it, or one above it that covered theirs): a
    // unit liaison is not told which other units ran, nor how many opinions they hold.
    const all = await listRuns(db, campaign.region_id, campaign.id);
    const units = await runUnits(db, campaign.region_id, all);
    const runs = all.filter((r) => {
      const path = r.org_id ? units.get(r.org_id)?.path : undefined;
      return path ? overlaps(scope, path) : covers(scope, root.path);
    });
    return { items: runs.map((r) => present(r, namesOf(units), counted(r, actor.userId, scope, units, root.path))), startOrgs: await startableOrgs(db, campaign.region_id, startablePaths(scope, root.path), scope) };
  });

  /** A run by id with its campaign's root unit, its unit's name and path, and the caller's reach for handling opinions. */
  async function loadRun(actor: ReturnType<typeof actorOf>, id: string) {
    const run = await getRun(db, id);
    if (!run) throw notFound('triage.run_not_found', { id });
    const { campaign } = await loadVisibleCampaign(db, actor, run.campaign_id);
    const root = await getOrg(db, campaign.org_id);
    return { run, root, units: await runUnits(db, run.region_id, [run]), scope: scopeOf(actor, 'opinion', 'handle') };
  }

  app.post('/api/triage/runs/:id/cancel', {
    schema: {
      tags, summary: '停止正在进行的分拣运行（已处理的部分保留）', params: obj({ id: idParam }),
      response: { 200: obj({ run: runSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { run, root, units, scope } = await loadRun(actor, (req.params as { id: string }).id);
    const path = run.org_id ? units.get(run.org_id)?.path ?? root.path : root.path;
    // Those who started it, or whose reach takes in all it covers (as those who may start such a run).
    if (!counted(run, actor.userId, scope, units, root.path)) throw forbidden();
    const cancelled = await cancelRun(db, auditActor(actor), run, path);
    if (!cancelled) throw conflict('triage.run_not_running', { id: run.id });
    return { run: present(cancelled, namesOf(units)) };
  });

  app.get('/api/triage/runs/:id', {
    schema: { tags, summary: '一次分拣运行的进度', params: obj({ id: idParam }), response: { 200: obj({ run: runSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { run, root, units, scope } = await loadRun(actor, (req.params as { id: string }).id);
    if (!covers(scope, root.path)) {
      if (!scope.subtrees.concat(scope.exact).some((p) => p.startsWith(root.path))) authorize(actor, 'opinion', 'handle', root.path);
    }
    return { run: present(run, namesOf(units), counted(run, actor.userId, scope, units, root.path)) };
  });
}
