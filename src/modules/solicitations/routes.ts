import type { FastifyInstance } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj, VISIBLE } from '../../http/schemas.js';
import { authorize, inScope, scopeOf } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOrg } from '../organizations/queries.js';
import { namesOf } from '../people/presenter.js';
import { AUDIENCES, BODY_MAX, CHANNELS, TARGET_KINDS } from '../opinions/model.js';
import { createLetters, createSolicitation, getSolicitation, recordSymposium, updateSolicitation } from './commands.js';
import type { SolicitationTable } from '../../db/schema.js';
import { can } from '../authz/policy.js';

const tags = ['solicitations'];
const fields = {
  title: nonEmpty(200), description: { type: 'string', maxLength: 5000 }, startsOn: dateString, endsOn: dateString,
  audiences: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: AUDIENCES } },
  channels: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: CHANNELS } },
  targetKind: { type: 'string', enum: TARGET_KINDS }, targetLabel: nonEmpty(100),
};
export const solicitationSchema = obj({
  id: { type: 'string' }, campaignId: { type: 'string' }, org: obj({ id: { type: 'string' }, name: { type: 'string' } }), title: { type: 'string' }, description: { type: 'string' },
  startsOn: { type: 'string' }, endsOn: { type: 'string' }, audiences: { type: 'array', items: { type: 'string' } }, channels: { type: 'array', items: { type: 'string' } },
  targetKind: { type: 'string' }, targetLabel: { type: 'string' }, can: obj({ manage: { type: 'boolean' } }),
});

export function presentSolicitation(s: SolicitationTable, orgName: string, actor: Actor | null) {
  return {
    id: s.id, campaignId: s.campaign_id, org: { id: s.org_id, name: orgName }, title: s.title, description: s.description, startsOn: s.starts_on, endsOn: s.ends_on,
    audiences: JSON.parse(s.audiences) as string[], channels: JSON.parse(s.channels) as string[], targetKind: s.target_kind, targetLabel: s.target_label,
    can: { manage: actor ? can(actor, 'solicitation', 'manage', s.org_path) : false },
  };
}

export async function solicitationRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;

  const loadCampaign = async (actor: Actor, id: string) => (await loadVisibleCampaign(db, actor, id)).campaign;

  app.get('/api/campaigns/:id/solicitations', {
    schema: { tags, summary: '本活动的征求意见', params: obj({ id: idParam }), response: { 200: obj({ items: { type: 'array', items: solicitationSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const campaign = await loadCampaign(actor, (req.params as { id: string }).id);
    const rows = await db.selectFrom('solicitations').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
      .where((eb) => inScope(eb, 'org_path', scopeOf(actor, 'solicitation', 'read'))).orderBy('starts_on', 'desc').execute();
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return { items: rows.map((r) => presentSolicitation(r, names.get(r.org_id) ?? '', actor)) };
  });

  app.post('/api/campaigns/:id/solicitations', {
    schema: { tags, summary: '发起一轮征求意见', params: obj({ id: idParam }), body: obj({ orgId: idParam, ...fields }, ['orgId', 'title', 'startsOn', 'endsOn', 'audiences', 'channels', 'targetKind', 'targetLabel']), response: { 201: obj({ solicitation: solicitationSchema }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const campaign = await loadCampaign(actor, (req.params as { id: string }).id);
    const input = req.body as Parameters<typeof createSolicitation>[3];
    authorize(actor, 'solicitation', 'manage', (await getOrg(db, input.orgId)).path);
    const s = await createSolicitation(db, auditActor(actor), campaign.id, input);
    reply.code(201);
    return { solicitation: presentSolicitation(s, (await getOrg(db, s.org_id)).name, actor) };
  });

  app.patch('/api/solicitations/:id', {
    schema: { tags, summary: '修改征求意见', params: obj({ id: idParam }), body: { ...obj(fields, []), minProperties: 1 }, response: { 200: obj({ solicitation: solicitationSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const s = await getSolicitation(db, (req.params as { id: string }).id);
    authorize(actor, 'solicitation', 'manage', s.org_path);
    const updated = await updateSolicitation(db, auditActor(actor), s.id, req.body as never);
    return { solicitation: presentSolicitation(updated, (await getOrg(db, s.org_id)).name, actor) };
  });

  app.post('/api/solicitations/:id/letters', {
    schema: {
      tags, summary: '向具名对象发征求意见函（每人一个专属链接，只显示一次）', params: obj({ id: idParam }),
      body: obj({ recipients: { type: 'array', minItems: 1, maxItems: 500, items: obj({ name: nonEmpty(50), unit: { type: 'string', maxLength: 100 } }, ['name']) } }),
      response: { 201: obj({ letters: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, link: { type: 'string' } }) } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const s = await getSolicitation(db, (req.params as { id: string }).id);
    authorize(actor, 'solicitation', 'manage', s.org_path);
    const letters = await createLetters(db, auditActor(actor), s.id, (req.body as { recipients: { name: string; unit?: string }[] }).recipients);
    reply.code(201);
    return { letters: letters.map((l) => ({ id: l.id, name: l.name, unit: l.unit, link: `/portal.html#/letter/${l.token}` })) };
  });

  app.get('/api/solicitations/:id/letters', {
    schema: { tags, summary: '征求意见函及回复情况', params: obj({ id: idParam }), response: { 200: obj({ items: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, respondedAt: { type: ['string', 'null'] } }) } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const s = await getSolicitation(db, (req.params as { id: string }).id);
    authorize(actor, 'solicitation', 'manage', s.org_path);
    const rows = await db.selectFrom('solicitation_letters').selectAll().where('region_id', '=', s.region_id).where('solicitation_id', '=', s.id).orderBy('position').execute();
    return { items: rows.map((r) => ({ id: r.id, name: r.recipient_name, unit: r.recipient_unit, respondedAt: r.responded_at })) };
  });

  app.post('/api/campaigns/:id/symposiums', {
    schema: {
      tags, summary: '座谈会记录（日期、主持人、分类出席人数、会上意见）', params: obj({ id: idParam }),
      body: obj({
        orgId: idParam, solicitationId: { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' }, heldOn: dateString, host: nonEmpty(50),
        attendance: { type: 'object', maxProperties: 20, additionalProperties: { type: 'integer', minimum: 0, maximum: 100000 } }, notes: { type: 'string', maxLength: 5000 },
        opinions: { type: 'array', maxItems: 500, items: obj({ body: { type: 'string', minLength: 1, maxLength: BODY_MAX, pattern: VISIBLE }, targetKind: { type: 'string', enum: TARGET_KINDS }, targetLabel: { type: 'string', maxLength: 100 } }, ['body', 'targetKind']) },
      }, ['orgId', 'heldOn', 'host', 'attendance', 'opinions']),
      response: { 201: obj({ id: { type: 'string' }, opinions: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const campaign = await loadCampaign(actor, (req.params as { id: string }).id);
    const input = req.body as Parameters<typeof recordSymposium>[3];
    authorize(actor, 'opinion', 'enter', (await getOrg(db, input.orgId)).path);
    const result = await recordSymposium(db, auditActor(actor), campaign.id, input);
    reply.code(201);
    return { id: result.symposium.id, opinions: result.opinions };
  });

  app.get('/api/campaigns/:id/symposiums', {
    schema: {
      tags, summary: '座谈会列表', params: obj({ id: idParam }),
      response: { 200: obj({ items: { type: 'array', items: obj({ id: { type: 'string' }, org: obj({ id: { type: 'string' }, name: { type: 'string' } }), heldOn: { type: 'string' }, host: { type: 'string' }, attendance: { type: 'object', additionalProperties: { type: 'integer' } }, notes: { type: 'string' }, opinions: { type: 'integer' } }) } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const campaign = await loadCampaign(actor, (req.params as { id: string }).id);
    const rows = await db.selectFrom('symposiums').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
      .where((eb) => inScope(eb, 'org_path', scopeOf(actor, 'solicitation', 'read'))).orderBy('held_on', 'desc').execute();
    const counts = rows.length ? await db.selectFrom('opinions').select(['symposium_id', (eb) => eb.fn.countAll<number>().as('n')]).where('region_id', '=', campaign.region_id).where('symposium_id', 'in', rows.map((r) => r.id)).groupBy('symposium_id').execute() : [];
    const names = await namesOf(db, rows.map((r) => r.org_id));
    return {
      items: rows.map((r) => ({
        id: r.id, org: { id: r.org_id, name: names.get(r.org_id) ?? '' }, heldOn: r.held_on, host: r.host, attendance: JSON.parse(r.attendance) as Record<string, number>, notes: r.notes,
        opinions: Number(counts.find((c) => c.symposium_id === r.id)?.n ?? 0),
      })),
    };
  });
}
