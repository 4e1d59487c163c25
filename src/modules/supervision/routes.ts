import type { FastifyInstance } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, nonEmpty, obj, okSchema } from '../../http/schemas.js';
import { AppError } from '../../shared/errors.js';
import { authorize, can, covers, scopeOf } from '../authz/policy.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg } from '../organizations/queries.js';
import { createGroup, deleteGroup, getGroup, setGroupUnits } from './commands.js';

const tags = ['supervision'];
const groupSchema = obj({
  id: { type: 'string' }, name: { type: 'string' }, org: obj({ id: { type: 'string' }, name: { type: 'string' } }),
  units: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' } }) }, members: { type: 'integer' },
  can: obj({ manage: { type: 'boolean' } }),
});
const unitIds = { type: 'array', maxItems: 500, items: idParam };

export async function supervisionRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;

  app.get('/api/campaigns/:id/supervision-groups', {
    schema: { tags, summary: '活动的督导组及其分工', params: obj({ id: idParam }), response: { 200: obj({ items: { type: 'array', items: groupSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const scope = scopeOf(actor, 'supervision_group', 'read');
    const groups = await db.selectFrom('supervision_groups').innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'supervision_groups.region_id').onRef('o.id', '=', 'supervision_groups.org_id'))
      .selectAll('supervision_groups').select(['o.name as org_name', 'o.path as org_path']).where('supervision_groups.region_id', '=', campaign.region_id).where('supervision_groups.campaign_id', '=', campaign.id).execute();
    const mine = new Set(actor.grants.map((g) => g.supervisionGroupId).filter(Boolean));
    const seen = groups.filter((g) => covers(scope, g.org_path) || mine.has(g.id));
    if (!seen.length) return { items: [] };
    const ids = seen.map((g) => g.id);
    const [units, members] = await Promise.all([
      db.selectFrom('supervision_assignments').innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'supervision_assignments.region_id').onRef('o.id', '=', 'supervision_assignments.org_id'))
        .select(['supervision_assignments.group_id', 'o.id', 'o.name']).where('supervision_assignments.group_id', 'in', ids).execute(),
      db.selectFrom('role_assignments').select(['supervision_group_id', (eb) => eb.fn.countAll<number>().as('n')]).where('supervision_group_id', 'in', ids).groupBy('supervision_group_id').execute(),
    ]);
    return {
      items: seen.map((g) => ({
        id: g.id, name: g.name, org: { id: g.org_id, name: g.org_name },
        units: units.filter((u) => u.group_id === g.id).map((u) => ({ id: u.id, name: u.name })),
        members: Number(members.find((m) => m.supervision_group_id === g.id)?.n ?? 0),
        can: { manage: can(actor, 'supervision_group', 'manage', g.org_path) },
      })),
    };
  });

  app.post('/api/campaigns/:id/supervision-groups', {
    schema: { tags, summary: '派出督导组（派出组织 + 督导单位）', params: obj({ id: idParam }), body: obj({ name: nonEmpty(100), orgId: idParam, unitIds }, ['name', 'orgId', 'unitIds']), response: { 201: obj({ id: { type: 'string' } }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as { name: string; orgId: string; unitIds: string[] };
    const sender = await getOrg(db, body.orgId);
    authorize(actor, 'supervision_group', 'manage', sender.path);
    // The sending level is the campaign's organization or one inside it.
    if (!sender.path.startsWith(top.path)) throw new AppError(400, 'supervision.unit_outside', { id: sender.id });
    const group = await createGroup(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { id: group.id };
  });

  app.put('/api/supervision-groups/:id/units', {
    schema: { tags, summary: '调整督导组分工（替换督导单位）', params: obj({ id: idParam }), body: obj({ unitIds }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const group = await getGroup(db, (req.params as { id: string }).id);
    authorize(actor, 'supervision_group', 'manage', (await getOrg(db, group.org_id)).path);
    await setGroupUnits(db, auditActor(actor), group.id, (req.body as { unitIds: string[] }).unitIds);
    return { ok: true };
  });

  app.delete('/api/supervision-groups/:id', {
    schema: { tags, summary: '撤销督导组', params: obj({ id: idParam }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const group = await getGroup(db, (req.params as { id: string }).id);
    authorize(actor, 'supervision_group', 'manage', (await getOrg(db, group.org_id)).path);
    await deleteGroup(db, auditActor(actor), group.id);
    return { ok: true };
  });
}
