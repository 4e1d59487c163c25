import type { FastifyInstance, FastifyRequest } from 'fastify';
import { startFiguresJobs } from './jobs.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj } from '../../http/schemas.js';
import type { Actor } from '../authz/roles.js';
import { inScope } from '../authz/policy.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getCampaign } from '../campaigns/commands.js';
import { getOrg, listChildren, type OrgRow } from '../organizations/queries.js';
import { badRequest, AppError } from '../../shared/errors.js';
import { readTable } from '../../shared/tables.js';
import { foldKey, ImportHeader } from '../../shared/import-headers.js';
import type { CampaignTable } from '../../db/schema.js';
import { authorizeFigure, canApprove, canFigure, figureScope } from './access.js';
import {
  addBulletin, addIndicator, approveReport, confirmNarrative, createForm, createReport, getForm, getNarrative, getReport, reportValues,
  returnReport, saveValues, setBaselines, submitReport, unitOfCampaign, uploadNarrative,
} from './commands.js';
import { recomputeComputed } from './facts.js';
import { dashboard, indicatorsOf, monthlySeries, rollupValues, type Range } from './queries.js';
import { briefingDocx } from './briefing.js';
import type { FigureReportTable } from './schema.js';
import { bulletinSchema, formSchema, indicatorSchema, presentBulletin, presentForm, presentIndicator } from './present.js';
import { formReportCount } from './manage.js';
import { figuresManageRoutes } from './routes-manage.js';
import './schema.js';

/** A report's values file: the indicator (its code or its name in any of the three languages) and the value. */
const FIGURES_HEADER = new ImportHeader<'code' | 'value'>([
  { key: 'code', names: { 'zh-CN': '指标', en: 'indicator' }, aliases: ['code', '代码', '指标代码', '指标名称', 'name', 'indicator code', 'indicator name'], required: true },
  { key: 'value', names: { 'zh-CN': '数值', en: 'value' }, aliases: ['数量', '值'], required: true },
]);

// Indicators, report forms, roll-ups, dashboards, narrative reports, briefings and bulletins.

const tags = ['figures'];
const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } as const;
const period = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$' } as const;
const num = { type: 'number' } as const;
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const rangeQuery = obj({ orgId: idParam, from: month, to: month }, []);
const valuesBody = { type: 'array', maxItems: 500, items: obj({ indicator: nonEmpty(60), value: num }) } as const;

const reportSchema = obj({
  id: str, campaignId: str, formId: nstr, formName: nstr, org: obj({ id: str, name: str }), period: str, status: str, note: str, narrativeId: nstr,
  values: { type: 'array', items: obj({ indicator: str, value: num }) }, submittedAt: nstr, decidedAt: nstr, decidedBy: nstr,
  can: obj({ edit: { type: 'boolean' }, approve: { type: 'boolean' } }),
});
const keyFigure = obj({ code: str, zh: str, zhTW: str, en: str, unit: str, unitTW: str, value: num, baseline: { type: ['number', 'null'] } });
const dashboardSchema = obj({
  campaign: obj({ id: str, name: str }),
  org: obj({ id: str, name: str, childCount: { type: 'integer' } }),
  ancestors: { type: 'array', items: obj({ id: str, name: str }) },
  range: obj({ from: nstr, to: nstr }),
  keyFigures: { type: 'array', items: keyFigure },
  phases: { type: 'array', items: obj({ phase: str, startsOn: str, endsOn: str, percent: num, current: { type: 'boolean' } }) },
  winds: { type: 'array', items: obj({ wind: str, value: num }) },
  children: { type: 'array', items: obj({ id: str, name: str, childCount: { type: 'integer' }, values: { type: 'object', additionalProperties: num } }) },
  compare: { type: 'array', items: obj({ code: str, zh: str, zhTW: str, en: str, unit: str, unitTW: str }) },
  trend: obj({ months: { type: 'array', items: str }, series: { type: 'array', items: obj({ code: str, zh: str, zhTW: str, en: str, values: { type: 'array', items: num } }) } }),
  overdueMeasures: { type: ['number', 'null'] },
  can: obj({ report: { type: 'boolean' }, manage: { type: 'boolean' } }),
});
const proposalSchema = obj({ id: str, quote: str, phrase: str, value: num, unit: str, qualifier: str, proposed: nstr, confidence: num, status: str, confirmed: nstr });

export async function figuresRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;
  const campaignOf = async (actor: Actor, id: string) => (await loadVisibleCampaign(db, actor, id));
  const nameOf = async (id: string) => (await getOrg(db, id)).name;
  const parseRange = (q: { from?: string; to?: string }): Range => {
    if (q.from && q.to && q.from > q.to) throw badRequest('figures.range_invalid');
    return { from: q.from, to: q.to };
  };
  /** The unit a read is about: the one asked for, else the campaign's top, else the caller's own. */
  const readUnit = async (actor: Actor, campaign: CampaignTable, top: OrgRow, orgId?: string): Promise<OrgRow> => {
    if (orgId) {
      const org = await unitOfCampaign(db, campaign, orgId);
      authorizeFigure(actor, 'read', org.path);
      return org;
    }
    if (canFigure(actor, 'read', top.path)) return top;
    const own = await getOrg(db, actor.orgId);
    if (own.path.startsWith(top.path) && canFigure(actor, 'read', own.path)) return own;
    const scope = figureScope(actor, 'read');
    const first = [...scope.subtrees, ...scope.exact].find((p) => p.startsWith(top.path));
    if (!first) throw new AppError(403, 'auth.forbidden');
    return getOrg(db, first.split('/').filter(Boolean).pop()!);
  };
  const presentReport = async (r: FigureReportTable, actor: Actor) => {
    const form = r.form_id ? await getForm(db, r.form_id) : null;
    return {
      id: r.id, campaignId: r.campaign_id, formId: r.form_id, formName: form?.name ?? null, org: { id: r.org_id, name: await nameOf(r.org_id) }, period: r.period, status: r.status, note: r.note,
      narrativeId: r.narrative_id, values: await reportValues(db, r), submittedAt: r.submitted_at, decidedAt: r.decided_at, decidedBy: r.decided_by,
      can: { edit: ['draft', 'returned'].includes(r.status) && canFigure(actor, 'report', r.org_path), approve: r.status === 'submitted' && canApprove(actor, r.org_path) },
    };
  };
  const reportFor = async (actor: Actor, id: string, action: 'read' | 'report' | 'approve') => {
    const r = await getReport(db, id);
    if (action === 'approve') {
      if (!canApprove(actor, r.org_path)) throw new AppError(403, 'auth.forbidden');
    } else authorizeFigure(actor, action, r.org_path);
    return { report: r, campaign: await getCampaign(db, r.campaign_id) };
  };

  // ---- catalogue --------------------------------------------------------------------------
  app.get('/api/campaigns/:id/indicators', {
    schema: {
      tags, summary: '指标目录（标准指标与本活动自定义指标，含已停用的 archived）；can.add：调用者能否新增自定义指标', params: obj({ id: idParam }),
      response: { 200: obj({ items: { type: 'array', items: indicatorSchema }, can: obj({ add: { type: 'boolean' } }) }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    const manage = canFigure(actor, 'manage', top.path);
    return { items: (await indicatorsOf(db, campaign.id)).map((i) => presentIndicator(i, manage)), can: { add: manage } };
  });

  app.post('/api/campaigns/:id/indicators', {
    schema: {
      tags, summary: '新增本活动自定义指标（填报类）', params: obj({ id: idParam }),
      body: obj({ code: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,39}$' }, zh: nonEmpty(60), en: { type: 'string', maxLength: 100 }, unit: nonEmpty(10), aggregation: { type: 'string', enum: ['sum', 'max', 'rate'] }, numerator: str, denominator: str }, ['code', 'zh', 'unit', 'aggregation']),
      response: { 201: obj({ indicator: indicatorSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    authorizeFigure(actor, 'manage', top.path);
    const row = await addIndicator(db, auditActor(actor), campaign, req.body as never);
    reply.code(201);
    return { indicator: presentIndicator(row, true) };
  });

  // ---- roll-ups, dashboard, briefing -----------------------------------------------------------
  app.get('/api/campaigns/:id/dashboard', {
    schema: { tags, summary: '数据看板：某单位（含全部下级）的汇总数据', params: obj({ id: idParam }), querystring: rangeQuery, response: { 200: dashboardSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    const q = req.query as { orgId?: string; from?: string; to?: string };
    const org = await readUnit(actor, campaign, top, q.orgId);
    const children = await listChildren(db, org);
    const d = await dashboard(db, campaign, org, children, parseRange(q));
    const ids = org.path.split('/').filter(Boolean);
    const topDepth = top.path.split('/').filter(Boolean).length;
    const above = ids.slice(topDepth - 1, -1);
    const rows = above.length ? await db.selectFrom('organizations').select(['id', 'name', 'path']).where('region_id', '=', org.region_id).where('id', 'in', above).execute() : [];
    const ancestors = rows.sort((a, b) => a.path.length - b.path.length).filter((a) => canFigure(actor, 'read', a.path)).map((a) => ({ id: a.id, name: a.name }));
    return { campaign: { id: campaign.id, name: campaign.name }, ...d, ancestors, can: { report: canFigure(actor, 'report', org.path), manage: canFigure(actor, 'manage', org.path) } };
  });

  app.get('/api/campaigns/:id/rollups', {
    schema: {
      tags, summary: '任意单位、任意期间的指标汇总值与逐月序列', params: obj({ id: idParam }),
      querystring: obj({ orgId: idParam, indicators: { type: 'string', pattern: '^[a-z0-9_,]{1,2000}$' }, from: month, to: month }, ['orgId', 'indicators']),
      response: { 200: obj({ values: { type: 'object', additionalProperties: num }, months: { type: 'array', items: str }, series: { type: 'object', additionalProperties: { type: 'array', items: num } } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    const q = req.query as { orgId: string; indicators: string; from?: string; to?: string };
    const org = await readUnit(actor, campaign, top, q.orgId);
    const range = parseRange(q);
    const catalogue = await indicatorsOf(db, campaign.id);
    const codes = q.indicators.split(',').filter(Boolean).slice(0, 100);
    const values = (await rollupValues(db, campaign, [org.id], codes, range, catalogue)).get(org.id)!;
    const plainCodes = codes.filter((c) => catalogue.some((i) => i.code === c && i.aggregation !== 'rate'));
    const s = await monthlySeries(db, campaign, org.id, plainCodes, range);
    return { values: Object.fromEntries(values), months: s.months, series: s.series };
  });

  app.get('/api/campaigns/:id/briefing.docx', {
    schema: { tags, summary: '生成简报（Word）', params: obj({ id: idParam }), querystring: rangeQuery, response: { ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    const q = req.query as { orgId?: string; from?: string; to?: string };
    const org = await readUnit(actor, campaign, top, q.orgId);
    const buf = await briefingDocx(db, campaign, org, await listChildren(db, org), parseRange(q));
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    reply.header('content-disposition', `attachment; filename="briefing.docx"; filename*=UTF-8''${encodeURIComponent(`${org.name}简报.docx`)}`);
    return reply.send(buf);
  });

  app.post('/api/campaigns/:id/figures/recompute', {
    schema: { tags, summary: '按平台记录重新统计自动指标（写入差额，汇总保持一致）', params: obj({ id: idParam }), response: { 200: obj({ changed: { type: 'integer' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    authorizeFigure(actor, 'manage', top.path);
    return { changed: await recomputeComputed(db, campaign) };
  });

  app.get('/api/campaigns/:id/baselines', {
    schema: {
      tags, summary: '某单位已设置的指标基数（活动前），及调用者能否修改', params: obj({ id: idParam }), querystring: obj({ orgId: idParam }, []),
      response: { 200: obj({ org: obj({ id: str, name: str }), items: { type: 'array', items: obj({ indicator: str, value: num, updatedAt: str }) }, can: obj({ edit: { type: 'boolean' } }) }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign, top } = await campaignOf(actor, idOf(req));
    const org = await readUnit(actor, campaign, top, (req.query as { orgId?: string }).orgId);
    const rows = await db.selectFrom('indicator_baselines').select(['indicator', 'value', 'updated_at']).where('region_id', '=', campaign.region_id)
      .where('campaign_id', '=', campaign.id).where('org_id', '=', org.id).orderBy('indicator').execute();
    return {
      org: { id: org.id, name: org.name },
      items: rows.map((r) => ({ indicator: r.indicator, value: Number(r.value), updatedAt: r.updated_at })),
      can: { edit: canFigure(actor, 'manage', org.path) },
    };
  });

  app.put('/api/campaigns/:id/baselines', {
    schema: { tags, summary: '设置单位的指标基数（活动前）', params: obj({ id: idParam }), body: obj({ orgId: idParam, values: valuesBody }), response: { 200: obj({ ok: { type: 'boolean' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const body = req.body as { orgId: string; values: { indicator: string; value: number }[] };
    const org = await unitOfCampaign(db, campaign, body.orgId);
    authorizeFigure(actor, 'manage', org.path);
    await setBaselines(db, auditActor(actor), campaign, org, body.values);
    return { ok: true };
  });

  // ---- report forms and reports ----------------------------------------------------------------
  app.get('/api/campaigns/:id/report-forms', {
    schema: { tags, summary: '报表列表（含已停用的 archived；reports：已有填报记录数）', params: obj({ id: idParam }), response: { 200: obj({ items: { type: 'array', items: formSchema } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const rows = await db.selectFrom('report_forms').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).orderBy('created_at').execute();
    const out = [];
    for (const f of rows) out.push(await presentForm(db, f, actor, await formReportCount(db, f)));
    return { items: out };
  });

  app.post('/api/campaigns/:id/report-forms', {
    schema: {
      tags, summary: '新建报表（一组填报指标，周报、月报或阶段报）', params: obj({ id: idParam }),
      body: obj({ orgId: idParam, name: nonEmpty(100), cycle: { type: 'string', enum: ['week', 'month', 'phase'] }, indicators: { type: 'array', minItems: 1, maxItems: 100, items: nonEmpty(60) } }),
      response: { 201: obj({ form: formSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const body = req.body as { orgId: string; name: string; cycle: 'week' | 'month' | 'phase'; indicators: string[] };
    authorizeFigure(actor, 'manage', (await unitOfCampaign(db, campaign, body.orgId)).path);
    const f = await createForm(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { form: await presentForm(db, f, actor, 0) };
  });

  app.get('/api/campaigns/:id/reports', {
    schema: {
      tags, summary: '填报记录（本人可见范围内）', params: obj({ id: idParam }), querystring: obj({ status: { type: 'string', enum: ['draft', 'submitted', 'approved', 'returned'] } }, []),
      response: { 200: obj({ items: { type: 'array', items: reportSchema } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const status = (req.query as { status?: string }).status;
    const rows = await db.selectFrom('figure_reports').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
      .where((eb) => inScope(eb, 'org_path', figureScope(actor, 'read'))).$if(!!status, (q) => q.where('status', '=', status!)).orderBy('updated_at', 'desc').limit(500).execute();
    const items = [];
    for (const r of rows) items.push(await presentReport(r, actor));
    return { items };
  });

  app.post('/api/campaigns/:id/reports', {
    schema: {
      tags, summary: '开始填报（某单位、某报告期）', params: obj({ id: idParam }),
      body: obj({ formId: { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' }, orgId: idParam, period }, ['orgId', 'period']),
      response: { 201: obj({ report: reportSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const body = req.body as { formId?: string | null; orgId: string; period: string };
    authorizeFigure(actor, 'report', (await unitOfCampaign(db, campaign, body.orgId)).path);
    const r = await createReport(db, auditActor(actor), campaign, { formId: body.formId ?? null, orgId: body.orgId, period: body.period });
    reply.code(201);
    return { report: await presentReport(r, actor) };
  });

  app.get('/api/figure-reports/:id', {
    schema: { tags, summary: '填报记录详情', params: obj({ id: idParam }), response: { 200: obj({ report: reportSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { report } = await reportFor(actor, idOf(req), 'read');
    return { report: await presentReport(report, actor) };
  });

  app.put('/api/figure-reports/:id/values', {
    schema: {
      tags, summary: '填写数值（异常值须 confirm 确认）', params: obj({ id: idParam }), body: obj({ values: valuesBody, confirm: { type: 'boolean' } }, ['values']),
      response: { 200: obj({ report: reportSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { report, campaign } = await reportFor(actor, idOf(req), 'report');
    const body = req.body as { values: { indicator: string; value: number }[]; confirm?: boolean };
    const r = await saveValues(db, auditActor(actor), campaign, report.id, body.values, { confirm: body.confirm });
    return { report: await presentReport(r, actor) };
  });

  app.post('/api/figure-reports/:id/import', {
    schema: {
      tags, summary: '从 xlsx/csv 导入数值（列：指标代码或名称、数值）', params: obj({ id: idParam }), querystring: obj({ confirm: { type: 'boolean' } }, []), consumes: ['multipart/form-data'],
      response: { 200: obj({ report: reportSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { report, campaign } = await reportFor(actor, idOf(req), 'report');
    if (!req.isMultipart()) throw badRequest('figures.import_bad_file', { reason: 'multipart/form-data with a "file" field is required' });
    const file = await req.file();
    if (!file) throw badRequest('figures.import_bad_file', { reason: 'no file' });
    const rows = await readTable(file.filename, await file.toBuffer());
    const catalogue = await indicatorsOf(db, campaign.id);
    const idx = FIGURES_HEADER.read(rows[0] ?? []);
    const values: { indicator: string; value: number }[] = [];
    rows.slice(1).forEach((row, i) => {
      const key = (row[idx.code!] ?? '').trim();
      const raw = (row[idx.value!] ?? '').trim().replace(/,/g, '');
      if (!key && !raw) return;
      const folded = foldKey(key);
      const ind = catalogue.find((c) => c.code === key) ?? catalogue.find((c) => foldKey(c.zh) === folded || foldKey(c.en) === folded || foldKey(c.code) === folded);
      if (!ind) throw badRequest('figures.import_bad_row', { row: i + 2, reason: `未知指标 / unknown indicator「${key}」` });
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) throw badRequest('figures.import_bad_row', { row: i + 2, reason: `数值无效 / not a number「${raw}」` });
      values.push({ indicator: ind.code, value });
    });
    const r = await saveValues(db, auditActor(actor), campaign, report.id, values, { confirm: (req.query as { confirm?: boolean }).confirm });
    return { report: await presentReport(r, actor) };
  });

  app.post('/api/figure-reports/:id/submit', {
    schema: { tags, summary: '报送上级审核', params: obj({ id: idParam }), response: { 200: obj({ report: reportSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { report } = await reportFor(actor, idOf(req), 'report');
    return { report: await presentReport(await submitReport(db, auditActor(actor), report.id), actor) };
  });

  app.post('/api/figure-reports/:id/approve', {
    schema: { tags, summary: '上级审核通过（数值入库并汇总，报表锁定）', params: obj({ id: idParam }), response: { 200: obj({ report: reportSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { report } = await reportFor(actor, idOf(req), 'approve');
    return { report: await presentReport(await approveReport(db, auditActor(actor), report.id), actor) };
  });

  app.post('/api/figure-reports/:id/return', {
    schema: { tags, summary: '退回修改（须填写意见）', params: obj({ id: idParam }), body: obj({ note: nonEmpty(1000) }), response: { 200: obj({ report: reportSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { report } = await reportFor(actor, idOf(req), 'approve');
    return { report: await presentReport(await returnReport(db, auditActor(actor), report.id, (req.body as { note: string }).note), actor) };
  });

  // ---- narrative reports -----------------------------------------------------------------------
  app.post('/api/campaigns/:id/narratives', {
    schema: {
      tags, summary: '上传综述材料（txt/docx/html），自动提取数据供确认', params: obj({ id: idParam }), querystring: obj({ orgId: idParam, period }), consumes: ['multipart/form-data'],
      response: { 201: obj({ id: str, proposals: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const q = req.query as { orgId: string; period: string };
    authorizeFigure(actor, 'report', (await unitOfCampaign(db, campaign, q.orgId)).path);
    if (!req.isMultipart()) throw badRequest('figures.narrative_unreadable', { reason: 'multipart/form-data with a "file" field is required' });
    const file = await req.file();
    if (!file) throw badRequest('figures.narrative_unreadable', { reason: 'no file' });
    const r = await uploadNarrative(db, auditActor(actor), campaign, { orgId: q.orgId, period: q.period, fileName: file.filename, data: await file.toBuffer() });
    reply.code(201);
    return { id: r.narrative.id, proposals: r.proposals };
  });

  app.get('/api/narratives/:id', {
    schema: {
      tags, summary: '综述材料及提取结果', params: obj({ id: idParam }),
      response: { 200: obj({ id: str, org: obj({ id: str, name: str }), period: str, fileName: str, format: str, reportId: nstr, proposals: { type: 'array', items: proposalSchema } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const n = await getNarrative(db, idOf(req));
    authorizeFigure(actor, 'read', n.org_path);
    const ps = await db.selectFrom('narrative_proposals').selectAll().where('region_id', '=', n.region_id).where('narrative_id', '=', n.id).orderBy('position').execute();
    return {
      id: n.id, org: { id: n.org_id, name: await nameOf(n.org_id) }, period: n.period, fileName: n.file_name, format: n.format, reportId: n.report_id,
      proposals: ps.map((p) => ({ id: p.id, quote: p.quote, phrase: p.phrase, value: Number(p.value), unit: p.unit, qualifier: p.qualifier, proposed: p.proposed, confidence: Number(p.confidence), status: p.status, confirmed: p.confirmed })),
    };
  });

  app.post('/api/narratives/:id/confirm', {
    schema: {
      tags, summary: '确认提取结果与指标的对应，确认的数据进入草稿报表（不自动审核）', params: obj({ id: idParam }),
      body: obj({ items: { type: 'array', minItems: 1, maxItems: 1000, items: obj({ proposalId: idParam, indicator: { type: ['string', 'null'], maxLength: 60 } }) } }),
      response: { 200: obj({ report: reportSchema }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const n = await getNarrative(db, idOf(req));
    authorizeFigure(actor, 'report', n.org_path);
    const campaign = await getCampaign(db, n.campaign_id);
    const r = await confirmNarrative(db, auditActor(actor), campaign, n.id, (req.body as { items: { proposalId: string; indicator: string | null }[] }).items);
    return { report: await presentReport(r, actor) };
  });

  // ---- bulletin items --------------------------------------------------------------------------
  app.get('/api/campaigns/:id/bulletins', {
    schema: {
      tags, summary: '简报信息报送与采用情况', params: obj({ id: idParam }),
      response: { 200: obj({ items: { type: 'array', items: bulletinSchema }, sent: { type: 'integer' }, adopted: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const rows = await db.selectFrom('bulletin_items').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id)
      .where((eb) => inScope(eb, 'org_path', figureScope(actor, 'read'))).orderBy('sent_on', 'desc').limit(1000).execute();
    const items = [];
    for (const b of rows) items.push(await presentBulletin(db, b, actor));
    return { items, sent: rows.length, adopted: rows.filter((b) => Number(b.adopted) === 1).length };
  });

  app.post('/api/campaigns/:id/bulletins', {
    schema: {
      tags, summary: '登记上报的简报信息', params: obj({ id: idParam }),
      body: obj({ orgId: idParam, title: nonEmpty(200), sentOn: dateString, sentTo: nonEmpty(100), adopted: { type: 'boolean' }, adoptedBy: { type: 'string', maxLength: 100 }, adoptedOn: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }, ['orgId', 'title', 'sentOn', 'sentTo']),
      response: { 201: obj({ bulletin: bulletinSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { campaign } = await campaignOf(actor, idOf(req));
    const body = req.body as Parameters<typeof addBulletin>[3];
    authorizeFigure(actor, 'report', (await unitOfCampaign(db, campaign, body.orgId)).path);
    const b = await addBulletin(db, auditActor(actor), campaign, body);
    reply.code(201);
    return { bulletin: await presentBulletin(db, b, actor) };
  });

  // Changing and retiring indicators, forms, bulletin items and baselines.
  await figuresManageRoutes(app, ctx);

  // Computed figures are refreshed by a server that listens (not by tests that inject requests).
  let stopJobs: (() => void) | null = null;
  app.addHook('onListen', async () => {
    stopJobs = startFiguresJobs(db);
  });
  app.addHook('onClose', async () => stopJobs?.());
}
