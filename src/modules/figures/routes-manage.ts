import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { dateString, errorResponses, idParam, nonEmpty, obj, okSchema } from '../../http/schemas.js';
import { loadVisibleCampaign } from '../campaigns/presenter.js';
import { getCampaign } from '../campaigns/commands.js';
import { authorizeFigure } from './access.js';
import { getBulletin, getForm, unitOfCampaign } from './commands.js';
import { clearBaseline, deleteBulletin, formReportCount, removeForm, removeIndicator, updateBulletin, updateForm, updateIndicator, type BulletinPatch, type FormPatch, type IndicatorPatch } from './manage.js';
import { bulletinAction, bulletinSchema, formSchema, indicatorSchema, presentBulletin, presentForm, presentIndicator } from './present.js';
import './schema.js';

// Changing and retiring what an office set up (semantics and reasons in manage.ts): a campaign's
// own indicators (by the office at the campaign's top, like adding them), report forms (by an
// office that manages the form's unit, like creating them), bulletin items (by the reporting
// unit while not adopted, by its office once adopted) and baselines (by an office managing the
// unit). DELETE answers whether the item was deleted or, being in use, archived.

const tags = ['figures'];
const codeParam = { type: 'string', pattern: '^[a-z0-9_]{1,60}$' } as const;
const removed = obj({ result: { type: 'string', enum: ['deleted', 'archived'] } });
const restore = { type: 'boolean', enum: [false] } as const;

export async function figuresManageRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx;
  const params = (req: FastifyRequest) => req.params as { id: string; code: string; orgId: string; indicator: string };
  /** The campaign, its top unit, and the caller's right to manage its catalogue. */
  const catalogueOf = async (req: FastifyRequest) => {
    const actor = actorOf(req);
    const { campaign, top } = await loadVisibleCampaign(db, actor, params(req).id);
    authorizeFigure(actor, 'manage', top.path);
    return { actor, campaign, top };
  };
  const formFor = async (req: FastifyRequest) => {
    const actor = actorOf(req);
    const form = await getForm(db, params(req).id);
    const { campaign } = await loadVisibleCampaign(db, actor, form.campaign_id);
    authorizeFigure(actor, 'manage', form.org_path);
    return { actor, form, campaign };
  };

  // ---- indicators --------------------------------------------------------------------------
  app.patch('/api/campaigns/:id/indicators/:code', {
    schema: {
      tags, summary: '修改本活动自定义指标的名称和计量单位；archived:false 恢复已停用的指标（代码和汇总方式创建后不能修改）', params: obj({ id: idParam, code: codeParam }),
      body: { ...obj({ zh: nonEmpty(60), en: { type: 'string', maxLength: 100 }, unit: nonEmpty(10), archived: restore }, []), minProperties: 1 },
      response: { 200: obj({ indicator: indicatorSchema }), ...errorResponses },
    },
  }, async (req) => {
    const { actor, campaign, top } = await catalogueOf(req);
    const row = await updateIndicator(db, auditActor(actor), campaign, top, params(req).code, req.body as IndicatorPatch);
    return { indicator: presentIndicator(row, true) };
  });

  app.delete('/api/campaigns/:id/indicators/:code', {
    schema: {
      tags, summary: '删除本活动自定义指标：未被使用则删除；已有数据（填报、汇总、基数）则停用存档，数据保留；仍在有效报表或比率指标中使用则拒绝（409）；标准指标不能删除',
      params: obj({ id: idParam, code: codeParam }), response: { 200: removed, ...errorResponses },
    },
  }, async (req) => {
    const { actor, campaign, top } = await catalogueOf(req);
    return { result: await removeIndicator(db, auditActor(actor), campaign, top, params(req).code) };
  });

  // ---- report forms ------------------------------------------------------------------------
  app.patch('/api/report-forms/:id', {
    schema: {
      tags, summary: '修改报表（名称、周期、指标）：已有填报后周期不能改，已填写的指标不能移除；archived:false 恢复已停用的报表', params: obj({ id: idParam }),
      body: { ...obj({ name: nonEmpty(100), cycle: { type: 'string', enum: ['week', 'month', 'phase'] }, indicators: { type: 'array', minItems: 1, maxItems: 100, items: nonEmpty(60) }, archived: restore }, []), minProperties: 1 },
      response: { 200: obj({ form: formSchema }), ...errorResponses },
    },
  }, async (req) => {
    const { actor, form, campaign } = await formFor(req);
    const f = await updateForm(db, auditActor(actor), campaign, form.id, req.body as FormPatch);
    return { form: await presentForm(db, f, actor, await formReportCount(db, f)) };
  });

  app.delete('/api/report-forms/:id', {
    schema: {
      tags, summary: '删除报表：尚无填报记录则删除；已有填报记录则停用存档（不能再开始新的填报，已有记录保留）', params: obj({ id: idParam }),
      response: { 200: removed, ...errorResponses },
    },
  }, async (req) => {
    const { actor, form } = await formFor(req);
    return { result: await removeForm(db, auditActor(actor), form.id) };
  });

  // ---- bulletin items ----------------------------------------------------------------------
  const bulletinFor = async (req: FastifyRequest, body: BulletinPatch = {}) => {
    const actor = actorOf(req);
    const b = await getBulletin(db, params(req).id);
    // Visibility first (a caller who cannot see the campaign learns nothing), then the right.
    await loadVisibleCampaign(db, actor, b.campaign_id);
    authorizeFigure(actor, bulletinAction(b), b.org_path);
    if (body.adopted !== undefined || body.adoptedBy !== undefined || body.adoptedOn !== undefined) authorizeFigure(actor, 'manage', b.org_path);
    return { actor, b, campaign: await getCampaign(db, b.campaign_id) };
  };

  app.patch('/api/bulletins/:id', {
    schema: {
      tags, summary: '修改简报信息（标题、报送日期、报送对象）或记录是否被上级采用（adopted 等，须能管理报送单位）', params: obj({ id: idParam }),
      body: {
        ...obj({
          title: nonEmpty(200), sentOn: dateString, sentTo: nonEmpty(100),
          adopted: { type: 'boolean' }, adoptedBy: { type: 'string', maxLength: 100 }, adoptedOn: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        }, []),
        minProperties: 1,
      },
      response: { 200: obj({ bulletin: bulletinSchema }), ...errorResponses },
    },
  }, async (req) => {
    const body = req.body as BulletinPatch;
    const { actor, b, campaign } = await bulletinFor(req, body);
    return { bulletin: await presentBulletin(db, await updateBulletin(db, auditActor(actor), campaign, b.id, body), actor) };
  });

  app.delete('/api/bulletins/:id', {
    schema: { tags, summary: '删除误登记的简报信息（已被采用的须由能管理报送单位的活动办删除），简报统计随之重算', params: obj({ id: idParam }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const { actor, b, campaign } = await bulletinFor(req);
    await deleteBulletin(db, auditActor(actor), campaign, b.id);
    return { ok: true };
  });

  // ---- baselines ---------------------------------------------------------------------------
  app.delete('/api/campaigns/:id/baselines/:orgId/:indicator', {
    schema: { tags, summary: '清除单位某项指标的活动前基数', params: obj({ id: idParam, orgId: idParam, indicator: codeParam }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { campaign } = await loadVisibleCampaign(db, actor, params(req).id);
    const org = await unitOfCampaign(db, campaign, params(req).orgId);
    authorizeFigure(actor, 'manage', org.path);
    await clearBaseline(db, auditActor(actor), campaign, org, params(req).indicator);
    return { ok: true };
  });
}
