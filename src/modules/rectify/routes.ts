import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj, okSchema } from '../../http/schemas.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { authorize, can, inScope, scopeOf, subtreeEnd } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getOpinion } from '../opinions/commands.js';
import { getOrg, type OrgRow } from '../organizations/queries.js';
import type { CampaignTable } from '../../db/schema.js';
import { publishDisclosure } from './disclosure.js';
import { startRectifyJobs } from './jobs.js';
import { addProgress, createMeasure, deleteMeasure, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_COUNT, getMeasure, measureEvents, measureEvidence, milestonesOf, updateMeasure, verifyMeasure, type EvidenceFile, type ProgressInput } from './measures.js';
import { MEASURE_STATUSES, PLAN_KINDS, PROBLEM_STATUSES, PROBLEM_TARGETS, SEVERITY_WORDS, SOURCES, TEXT_MAX, WINDS } from './model.js';
import { moreRoutes } from './more-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { rectifyPortalRoutes } from './portal-routes.js';
import { createPlan, createProblem, deleteProblem, getPlan, getProblem, linkOpinions, problemOpinions, problemRegister, updateProblem, type ProblemInput } from './problems.js';
import { countsMap, eventSchema, measureSchema, planSchema, presentEvent, presentMeasures, presentPlans, presentProblems, problemSchema, ratingSchema } from './presenter.js';
import { canReport, canSeeMeasure, measureTimetable } from './queries.js';
import { currentTallies } from './ratings.js';
import { writeTaskBook } from './taskbook.js';

// Problems, task books and measures (the office side), then the module's other route files.
// Route = validate → load → authorize → command → present.
export const tags = ['rectify'];
const id = obj({ id: idParam });
const nullableId = { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' };
const severity = { anyOf: [{ type: 'integer', minimum: 1, maximum: 3 }, { type: 'string', enum: Object.keys(SEVERITY_WORDS) }] };
const problemFields = {
  orgId: idParam, source: { type: 'string', enum: SOURCES }, wind: { type: 'string', enum: WINDS }, orgCategoryId: nullableId, description: nonEmpty(TEXT_MAX),
  targetKind: { type: 'string', enum: PROBLEM_TARGETS }, targetLabel: { type: 'string', maxLength: 100 }, targetUserId: nullableId, severity, immediate: { type: 'boolean' }, planId: nullableId,
};
const problemPatchFields = Object.fromEntries(Object.entries(problemFields).filter(([k]) => k !== 'orgId'));
const milestoneInput = obj({ id: idParam, title: nonEmpty(200), dueOn: dateString, done: { type: 'boolean' } }, ['title', 'dueOn']);
const measureFields = {
  text: nonEmpty(TEXT_MAX), ownerOrgId: nullableId, ownerUserId: nullableId, startsOn: dateString, dueOn: dateString, milestones: { type: 'array', maxItems: 50, items: milestoneInput },
};
const detailSchema = obj({
  measure: measureSchema, events: { type: 'array', items: eventSchema }, rating: ratingSchema,
  evidence: { type: 'array', items: obj({ id: { type: 'string' }, eventId: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, size: { type: 'integer' } }) },
});

type Body<T> = T & { severity?: number | keyof typeof SEVERITY_WORDS };
const severityOf = (s: number | string | undefined) => (typeof s === 'string' ? SEVERITY_WORDS[s as keyof typeof SEVERITY_WORDS] : s);

export async function rectifyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx;

  /** The campaign (visible to the caller) and the unit a list is under (its top by default). */
  async function underOrg(actor: Actor, campaignId: string, orgId?: string) {
    const { campaign, top } = await loadVisibleCampaign(db, actor, campaignId);
    const under = orgId ? await getOrg(db, orgId) : top;
    if (!under.path.startsWith(top.path)) throw badRequest('rectify.unit_outside', { id: under.id });
    return { campaign, top, under };
  }

  async function loadProblem(actor: Actor, problemId: string, action: 'read' | 'manage') {
    const p = await getProblem(db, problemId);
    authorize(actor, 'rectification', action, p.org_path);
    return p;
  }

  async function loadMeasure(actor: Actor, measureId: string) {
    const m = await getMeasure(db, measureId);
    if (!canSeeMeasure(actor, m)) throw new AppError(403, 'auth.forbidden');
    return m;
  }

  /** Opinions to gather: the caller must be one who handles each (as for accepting it by hand). */
  async function authorizeOpinions(actor: Actor, ids: string[] = []) {
    for (const opinionId of ids) {
      const o = await getOpinion(db, opinionId).catch(() => {
        throw badRequest('rectify.opinion_invalid', { id: opinionId });
      });
      authorize(actor, 'opinion', 'handle', o.org_path);
    }
  }

  // ---- problems ------------------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/problems', {
    schema: {
      tags, summary: '问题清单（按四风、来源、状态、单位、立行立改、任务书筛选）及统计', params: id,
      querystring: obj({
        orgId: idParam, wind: { type: 'string', enum: WINDS }, source: { type: 'string', enum: SOURCES }, status: { type: 'string', enum: PROBLEM_STATUSES }, immediate: { type: 'boolean' },
        planId: idParam, disclosed: { type: 'boolean' }, limit: { type: 'integer', minimum: 1, maximum: 200 }, offset: { type: 'integer', minimum: 0 },
      }, []),
      response: { 200: obj({ items: { type: 'array', items: problemSchema }, total: { type: 'integer' }, counts: obj({ all: { type: 'integer' }, byWind: countsMap, bySource: countsMap, byStatus: countsMap, immediate: { type: 'integer' } }) }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const f = req.query as { orgId?: string; wind?: never; source?: never; status?: never; immediate?: boolean; planId?: string; disclosed?: boolean; limit?: number; offset?: number };
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, f.orgId);
    const r = await problemRegister(db, scopeOf(actor, 'rectification', 'read'), { ...f, campaignId: campaign.id, regionId: campaign.region_id, orgPath: under.path, limit: f.limit ?? 50, offset: f.offset ?? 0 });
    return { items: await presentProblems(db, actor, r.rows), total: r.total, counts: r.counts };
  });

  app.post('/api/campaigns/:id/rectify/problems', {
    schema: {
      tags, summary: '查摆问题（可由意见归纳：所列意见转为“列为问题”）', params: id,
      body: obj({ ...problemFields, opinionIds: { type: 'array', maxItems: 500, items: idParam }, reply: { type: 'string', maxLength: TEXT_MAX } }, ['orgId', 'source', 'wind', 'description', 'targetKind']),
      response: { 201: obj({ problem: problemSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as Body<ProblemInput>;
    const org = await getOrg(db, body.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: body.orgId });
    });
    authorize(actor, 'rectification', 'manage', org.path);
    await authorizeOpinions(actor, body.opinionIds);
    const p = await createProblem(db, auditActor(actor), campaign, { ...body, severity: severityOf(body.severity) ?? 2 });
    reply.code(201);
    return { problem: (await presentProblems(db, actor, [p]))[0] };
  });

  app.get('/api/rectify/problems/:id', {
    schema: {
      tags, summary: '问题详情：归纳的意见、整改措施、公示版本', params: id,
      response: {
        200: obj({
          problem: problemSchema, plan: { anyOf: [{ type: 'null' }, planSchema] }, measures: { type: 'array', items: measureSchema },
          opinions: { type: 'array', items: obj({ id: { type: 'string' }, channel: { type: 'string' }, status: { type: 'string' }, receivedOn: { type: 'string' }, text: { type: ['string', 'null'] } }) },
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const p = await getProblem(db, (req.params as { id: string }).id);
    const all = await db.selectFrom('rectify_measures').selectAll().where('region_id', '=', p.region_id).where('problem_id', '=', p.id).orderBy('position').execute();
    // Those who may read the problem's unit see all of it. A unit below it that owns one of its
    // measures (a village carrying out a township's problem) sees the problem and its own
    // measures — what it is asked to fix and why — but not the other units' measures.
    const whole = can(actor, 'rectification', 'read', p.org_path);
    const measures = whole ? all : all.filter((m) => canSeeMeasure(actor, m));
    if (!whole && !measures.length) throw new AppError(403, 'auth.forbidden');
    const [opinions, plan] = await Promise.all([problemOpinions(db, p), p.plan_id ? getPlan(db, p.plan_id) : null]);
    return {
      problem: (await presentProblems(db, actor, [p]))[0], plan: plan ? (await presentPlans(db, actor, [plan]))[0] : null,
      measures: await presentMeasures(db, actor, measures, await milestonesOf(db, p.region_id, measures.map((m) => m.id))),
      // Opinion text (masked) only for those who may read the opinion itself.
      opinions: opinions.map((o) => ({ id: o.id, channel: o.channel, status: o.status, receivedOn: o.received_on, text: can(actor, 'opinion', 'read', o.org_path) ? o.body_redacted : null })),
    };
  });

  app.patch('/api/rectify/problems/:id', {
    schema: { tags, summary: '修改问题（类别、对象、严重程度、立行立改、所属任务书…）', params: id, body: { ...obj(problemPatchFields, []), minProperties: 1 }, response: { 200: obj({ problem: problemSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const p = await loadProblem(actor, (req.params as { id: string }).id, 'manage');
    const body = req.body as Body<Partial<ProblemInput>>;
    const updated = await updateProblem(db, auditActor(actor), p.id, { ...body, severity: severityOf(body.severity) });
    return { problem: (await presentProblems(db, actor, [updated]))[0] };
  });

  app.delete('/api/rectify/problems/:id', {
    schema: { tags, summary: '删除误登记的问题（尚无整改措施、归集意见、公示和制度引用时）', params: id, response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const p = await loadProblem(actor, (req.params as { id: string }).id, 'manage');
    await deleteProblem(db, auditActor(actor), p.id);
    return { ok: true };
  });

  app.post('/api/rectify/problems/:id/opinions', {
    schema: { tags, summary: '把更多意见归入问题（意见转为“列为问题”）', params: id, body: obj({ opinionIds: { type: 'array', minItems: 1, maxItems: 500, items: idParam }, reply: { type: 'string', maxLength: TEXT_MAX } }, ['opinionIds']), response: { 200: obj({ problem: problemSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const p = await loadProblem(actor, (req.params as { id: string }).id, 'manage');
    const body = req.body as { opinionIds: string[]; reply?: string };
    await authorizeOpinions(actor, body.opinionIds);
    await linkOpinions(db, auditActor(actor), p.id, body.opinionIds, body.reply);
    return { problem: (await presentProblems(db, actor, [p]))[0] };
  });

  app.post('/api/rectify/problems/:id/disclosures', {
    schema: {
      tags, summary: '公示问题及整改情况（去除个人信息；每次公示为新版本，哈希链接上一版本）', params: id, body: obj({ note: { type: 'string', maxLength: TEXT_MAX } }, []),
      response: { 201: obj({ version: { type: 'integer' }, hash: { type: 'string' }, prevHash: { type: 'string' }, publishedAt: { type: 'string' } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const p = await loadProblem(actor, (req.params as { id: string }).id, 'manage');
    const v = await publishDisclosure(db, auditActor(actor), p.id, (req.body as { note?: string } | undefined)?.note ?? '');
    reply.code(201);
    return { version: v.version, hash: v.hash, prevHash: v.prev_hash, publishedAt: v.published_at };
  });

  // ---- task books ------------------------------------------------------------------------

  app.get('/api/campaigns/:id/rectify/plans', {
    schema: { tags, summary: '整改任务书（领导班子和班子成员）', params: id, querystring: obj({ orgId: idParam }, []), response: { 200: obj({ items: { type: 'array', items: planSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, (req.query as { orgId?: string }).orgId);
    const rows = await db.selectFrom('rectify_plans').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
      .where('org_path', '>=', under.path).where('org_path', '<', subtreeEnd(under.path)).where((eb) => inScope(eb, 'org_path', scopeOf(actor, 'rectification', 'read')))
      .orderBy('org_path').orderBy('kind').orderBy('created_at').limit(1000).execute();
    return { items: await presentPlans(db, actor, rows) };
  });

  app.post('/api/campaigns/:id/rectify/plans', {
    schema: {
      tags, summary: '新建整改任务书', params: id,
      body: obj({ orgId: idParam, kind: { type: 'string', enum: PLAN_KINDS }, memberName: { type: ['string', 'null'], maxLength: 50 }, memberUserId: nullableId, title: { type: 'string', maxLength: 200 } }, ['orgId', 'kind']),
      response: { 201: obj({ plan: planSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, (req.params as { id: string }).id);
    const body = req.body as Parameters<typeof createPlan>[3];
    const org = await getOrg(db, body.orgId).catch(() => {
      throw badRequest('rectify.unit_outside', { id: body.orgId });
    });
    authorize(actor, 'rectification', 'manage', org.path);
    const plan = await createPlan(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { plan: (await presentPlans(db, actor, [plan]))[0] };
  });

  app.get('/api/rectify/plans/:id', {
    schema: { tags, summary: '整改任务书：问题、措施、路线图和时间表', params: id, response: { 200: obj({ plan: planSchema, problems: { type: 'array', items: problemSchema }, measures: { type: 'array', items: measureSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const plan = await getPlan(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'read', plan.org_path);
    const problems = await db.selectFrom('rectify_problems').selectAll().where('region_id', '=', plan.region_id).where('plan_id', '=', plan.id).orderBy('created_at').execute();
    const measures = problems.length ? await db.selectFrom('rectify_measures').selectAll().where('region_id', '=', plan.region_id).where('problem_id', 'in', problems.map((p) => p.id)).orderBy('problem_id').orderBy('position').execute() : [];
    return {
      plan: (await presentPlans(db, actor, [plan]))[0], problems: await presentProblems(db, actor, problems),
      measures: await presentMeasures(db, actor, measures, await milestonesOf(db, plan.region_id, measures.map((m) => m.id))),
    };
  });

  app.get('/api/rectify/plans/:id/taskbook.docx', {
    schema: { tags, summary: '下载整改任务书（Word）', params: id, response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const plan = await getPlan(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'read', plan.org_path);
    const { data, fileName } = await writeTaskBook(db, plan);
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    reply.header('content-disposition', `attachment; filename="taskbook.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return reply.send(data);
  });

  // ---- measures ---------------------------------------------------------------------------

  app.post('/api/rectify/problems/:id/measures', {
    schema: { tags, summary: '制定整改措施（责任单位、责任人、开始时间、完成时限、里程碑）', params: id, body: obj(measureFields, ['text', 'startsOn', 'dueOn']), response: { 201: obj({ measure: measureSchema }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const p = await loadProblem(actor, (req.params as { id: string }).id, 'manage');
    const m = await createMeasure(db, auditActor(actor), p.id, req.body as Parameters<typeof createMeasure>[3]);
    reply.code(201);
    return { measure: (await presentMeasures(db, actor, [m], await milestonesOf(db, m.region_id, [m.id])))[0] };
  });

  app.get('/api/rectify/measures/:id', {
    schema: { tags, summary: '整改措施详情：进展、佐证材料、验收记录、群众满意度', params: id, response: { 200: detailSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const m = await loadMeasure(actor, (req.params as { id: string }).id);
    const [events, evidence, milestones, tallies] = await Promise.all([measureEvents(db, m), measureEvidence(db, m), milestonesOf(db, m.region_id, [m.id]), currentTallies(db, m.region_id, [m.id])]);
    return {
      measure: (await presentMeasures(db, actor, [m], milestones))[0], events: events.map(presentEvent),
      evidence: evidence.map((e) => ({ id: e.id, eventId: e.event_id, name: e.name, type: e.type, size: Number(e.size) })),
      rating: tallies.get(m.id) ?? { satisfied: 0, basically: 0, dissatisfied: 0, total: 0, rate: null },
    };
  });

  app.patch('/api/rectify/measures/:id', {
    schema: { tags, summary: '修改整改措施（新的完成时限使超期措施恢复为整改中）', params: id, body: { ...obj(measureFields, []), minProperties: 1 }, response: { 200: obj({ measure: measureSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const m = await getMeasure(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'manage', m.org_path);
    const updated = await updateMeasure(db, auditActor(actor), m.id, req.body as Parameters<typeof updateMeasure>[3]);
    return { measure: (await presentMeasures(db, actor, [updated], await milestonesOf(db, m.region_id, [m.id])))[0] };
  });

  app.delete('/api/rectify/measures/:id', {
    schema: { tags, summary: '删除误录入的整改措施（尚无进展、佐证、评价，所属问题未公示时）', params: id, response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const m = await getMeasure(db, (req.params as { id: string }).id);
    authorize(actor, 'rectification', 'manage', m.org_path);
    await deleteMeasure(db, auditActor(actor), m.id);
    return { ok: true };
  });

  app.post('/api/rectify/measures/:id/progress', {
    schema: {
      tags, summary: '报告进展（可附照片、PDF、Word、Excel 佐证；multipart 字段 files），可申请验收销号', consumes: ['application/json', 'multipart/form-data'], params: id,
      response: { 200: obj({ measure: measureSchema }), ...errorResponses, 413: errorResponses[400] },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const m = await loadMeasure(actor, (req.params as { id: string }).id);
    if (!canReport(actor, m)) throw new AppError(403, 'auth.forbidden');
    const input = req.isMultipart() ? await readProgress(req) : progressFromJson(req.body);
    const updated = await addProgress(db, auditActor(actor), m.id, input);
    return { measure: (await presentMeasures(db, actor, [updated], await milestonesOf(db, m.region_id, [m.id])))[0] };
  });

  app.get('/api/rectify/measures/:id/evidence/:evidenceId', {
    schema: { tags, summary: '下载佐证材料', params: obj({ id: idParam, evidenceId: idParam }), response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { id: measureId, evidenceId } = req.params as { id: string; evidenceId: string };
    const m = await loadMeasure(actor, measureId);
    const e = await db.selectFrom('rectify_evidence').selectAll().where('region_id', '=', m.region_id).where('measure_id', '=', m.id).where('id', '=', evidenceId).executeTakeFirst();
    if (!e) throw new AppError(404, 'request.not_found');
    reply.header('content-type', e.type); // sniffed from the content at upload
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(e.name)}`);
    return reply.send(Buffer.from(e.data));
  });

  app.post('/api/rectify/measures/:id/verify', {
    schema: {
      tags, summary: '验收销号（活动办或负责该单位的督导组）：通过、退回整改，或重新打开已销号的措施', params: id,
      body: obj({ approved: { type: 'boolean' }, note: { type: 'string', maxLength: TEXT_MAX } }, ['approved']), response: { 200: obj({ measure: measureSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const m = await getMeasure(db, (req.params as { id: string }).id);
    if (!can(actor, 'rectification', 'verify', m.org_path)) throw new AppError(403, 'rectify.verify_forbidden');
    const updated = await verifyMeasure(db, auditActor(actor), m.id, req.body as { approved: boolean; note?: string });
    return { measure: (await presentMeasures(db, actor, [updated], await milestonesOf(db, m.region_id, [m.id])))[0] };
  });

  app.get('/api/campaigns/:id/rectify/measures', {
    schema: {
      tags, summary: '整改措施时间表（路线图：开始、时限、里程碑、状态）；overdue=true 为超期清单', params: id,
      querystring: obj({
        orgId: idParam, status: { type: 'string', enum: MEASURE_STATUSES }, overdue: { type: 'boolean' }, problemId: idParam, ownerUserId: idParam, from: dateString, to: dateString,
        limit: { type: 'integer', minimum: 1, maximum: 500 }, offset: { type: 'integer', minimum: 0 },
      }, []),
      response: { 200: obj({ items: { type: 'array', items: measureSchema }, total: { type: 'integer' }, counts: obj({ byStatus: countsMap, overdue: { type: 'integer' } }) }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const f = req.query as { orgId?: string; status?: never; overdue?: boolean; problemId?: string; ownerUserId?: string; from?: string; to?: string; limit?: number; offset?: number };
    const { campaign, under } = await underOrg(actor, (req.params as { id: string }).id, f.orgId);
    const r = await measureTimetable(db, actor, { ...f, campaignId: campaign.id, regionId: campaign.region_id, orgPath: under.path, limit: f.limit ?? 100, offset: f.offset ?? 0 });
    return { items: await presentMeasures(db, actor, r.rows, r.milestones), total: r.total, counts: r.counts };
  });

  await moreRoutes(app, ctx, underOrg);
  await rectifyPortalRoutes(app, ctx);
  await notificationRoutes(app, ctx);

  // The deadline scan and the e-mail copies run in a server that listens (not in tests that
  // inject requests into an app that never listens).
  let stopJobs: (() => void) | null = null;
  app.addHook('onListen', async () => {
    stopJobs = startRectifyJobs(db);
  });
  app.addHook('onClose', async () => stopJobs?.());
}

export type UnderOrg = (actor: Actor, campaignId: string, orgId?: string) => Promise<{ campaign: CampaignTable; top: OrgRow; under: OrgRow }>;

function progressFromJson(body: unknown): ProgressInput {
  const b = (body ?? {}) as Record<string, unknown>;
  const text = typeof b.text === 'string' ? b.text : undefined;
  if (text !== undefined && text.length > TEXT_MAX) throw badRequest('request.invalid', { detail: 'text' });
  const done = Array.isArray(b.milestonesDone) ? b.milestonesDone.filter((x): x is string => typeof x === 'string' && /^[0-9a-v]{10}$/.test(x)) : undefined;
  return { text, milestonesDone: done, requestVerification: b.requestVerification === true || b.requestVerification === 'true' };
}

/** Multipart progress: fields text, milestonesDone (JSON array or repeated), requestVerification; files `files`. */
async function readProgress(req: FastifyRequest): Promise<ProgressInput> {
  const fields: Record<string, unknown> = {};
  const files: EvidenceFile[] = [];
  const done: string[] = [];
  for await (const part of req.parts({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: EVIDENCE_MAX_COUNT + 1, fields: 60, fieldSize: TEXT_MAX * 4 } })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.file.truncated) throw badRequest('rectify.evidence_too_large', { name: part.filename, limit: '10 MB' });
      if (data.length) files.push({ name: part.filename || 'evidence', data });
    } else if (part.fieldname === 'milestonesDone') {
      const v = String(part.value);
      try {
        done.push(...(v.startsWith('[') ? (JSON.parse(v) as string[]) : [v]));
      } catch {
        throw badRequest('request.invalid', { detail: 'milestonesDone' });
      }
    } else {
      fields[part.fieldname] = part.value;
    }
  }
  if (files.length > EVIDENCE_MAX_COUNT) throw badRequest('rectify.evidence_too_many', { limit: EVIDENCE_MAX_COUNT });
  return { ...progressFromJson({ ...fields, milestonesDone: done }), files };
}
