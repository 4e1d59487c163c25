import type { FastifyInstance } from 'fastify';
import { AppError, badRequest } from '../../shared/errors.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, nonEmpty, obj } from '../../http/schemas.js';
import { authorize, can, covers, scopeOf, scopeIsEmpty } from '../authz/policy.js';
import { createOrg, moveOrg, setOrgActive, updateOrg } from './commands.js';
import { applyImport, importTemplate, planImport, readImportFile } from './import.js';
import { findJob, presentJob, startJob } from './import-jobs.js';
import { ORG_TYPES, type OrgType } from './model.js';
import { orgDetailSchema, orgNodeSchema, presentOrgDetail, presentOrgNode } from './presenter.js';
import { getOrg, listChildren, searchOrgs, withChildCounts } from './queries.js';

// Route = validate (schema) → load → authorize → command → present.
const orgBody = {
  code: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.\\-]+$' },
  name: nonEmpty(100),
  type: { type: 'string', enum: ORG_TYPES },
  aliases: { type: 'array', maxItems: 20, items: nonEmpty(100) },
  sortOrder: { type: 'integer', minimum: -1e9, maximum: 1e9 },
};
const nodeList = { 200: obj({ items: { type: 'array', items: orgNodeSchema } }), ...errorResponses };
const withId = { params: obj({ id: idParam }) };
const tags = ['organizations'];

export async function organizationRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;

  app.get('/api/orgs/roots', { schema: { tags, summary: '调用者可见的最高层组织', response: nodeList } }, async (req) => {
    const actor = actorOf(req);
    const scope = scopeOf(actor, 'organization', 'read');
    if (scope.all) return { items: (await listChildren(db, null)).map((o) => presentOrgNode(o, actor)) };
    const tops = [...scope.subtrees, ...scope.exact].filter((p, i, all) => !all.some((q, j) => j !== i && q !== p && p.startsWith(q)) && all.indexOf(p) === i);
    const items = [];
    for (const path of tops) {
      const id = path.split('/').filter(Boolean).pop()!;
      const org = await getOrg(db, id);
      const children = await listChildren(db, org);
      items.push(presentOrgNode({ ...org, child_count: children.filter((c) => covers(scope, c.path)).length }, actor));
    }
    return { items };
  });

  app.get('/api/orgs/search', {
    schema: { tags, summary: '按名称、别名或编码搜索组织', querystring: obj({ q: nonEmpty(50), limit: { type: 'integer', minimum: 1, maximum: 100 } }, ['q']), response: nodeList },
  }, async (req) => {
    const actor = actorOf(req);
    const { q, limit } = req.query as { q: string; limit?: number };
    const rows = await withChildCounts(db, await searchOrgs(db, scopeOf(actor, 'organization', 'read'), q, limit ?? 50));
    const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))];
    const names = new Map<string, string>();
    if (ancestorIds.length) {
      for (const a of await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', ancestorIds).execute()) names.set(a.id, a.name);
    }
    return { items: rows.map((r) => ({ ...presentOrgNode(r, actor), pathNames: r.path.split('/').filter(Boolean).map((id) => names.get(id) ?? id) })) };
  });

  const { tree } = ctx;

  app.get('/api/orgs/:id', {
    schema: { tags, summary: '组织详情', ...withId, response: { 200: obj({ org: orgDetailSchema, ancestors: { type: 'array', items: obj({ id: { type: 'string' }, name: { type: 'string' } }) }, subtreeCount: { type: 'integer' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const org = await tree.org((req.params as { id: string }).id);
    authorize(actor, 'organization', 'read', org.path);
    const [ancestors, subtreeCount, children] = await Promise.all([
      Promise.all(org.path.split('/').filter(Boolean).map((id) => tree.org(id))),
      tree.subtreeCount(org, ctx.pool),
      tree.children(org),
    ]);
    const withCount = { ...org, child_count: children.length };
    const scope = scopeOf(actor, 'organization', 'read');
    return {
      org: presentOrgDetail(withCount, actor),
      ancestors: ancestors.filter((a) => covers(scope, a.path)).map((a) => ({ id: a.id, name: a.name })),
      subtreeCount,
    };
  });

  app.get('/api/orgs/:id/children', {
    schema: { tags, summary: '下级组织（懒加载）', ...withId, querystring: obj({ includeInactive: { type: 'boolean' } }, []), response: nodeList },
  }, async (req) => {
    const actor = actorOf(req);
    const org = await tree.org((req.params as { id: string }).id);
    authorize(actor, 'organization', 'read', org.path);
    const scope = scopeOf(actor, 'organization', 'read');
    const children = await tree.children(org, { includeInactive: (req.query as { includeInactive?: boolean }).includeInactive });
    return { items: children.filter((c) => covers(scope, c.path)).map((c) => presentOrgNode(c, actor)) };
  });

  app.post('/api/orgs', {
    schema: { tags, summary: '新建组织', body: obj({ parentId: idParam, ...orgBody }, ['parentId', 'code', 'name', 'type']), response: { 201: obj({ org: orgDetailSchema }), ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const body = req.body as { parentId: string; code: string; name: string; type: OrgType; aliases?: string[]; sortOrder?: number };
    const parent = await getOrg(db, body.parentId).catch(() => {
      throw badRequest('org.parent_not_found', { parent: body.parentId });
    });
    authorize(actor, 'organization', 'manage', parent.path);
    const org = await createOrg(db, auditActor(actor), { ...body, name: body.name.trim() });
    reply.code(201);
    return { org: presentOrgDetail(org, actor) };
  });

  app.patch('/api/orgs/:id', {
    schema: { tags, summary: '修改组织（更名、编码、类型、别名、排序）', ...withId, body: { ...obj(orgBody, []), minProperties: 1 }, response: { 200: obj({ org: orgDetailSchema }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const org = await getOrg(db, (req.params as { id: string }).id);
    authorize(actor, 'organization', 'manage', org.path);
    const updated = await updateOrg(db, auditActor(actor), org.id, req.body as Record<string, never>);
    return { org: presentOrgDetail(updated, actor) };
  });

  app.post('/api/orgs/:id/move', {
    schema: { tags, summary: '移动组织及其全部下级', ...withId, body: obj({ parentId: idParam }), response: { 200: obj({ org: orgDetailSchema, moved: { type: 'integer' } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const org = await getOrg(db, (req.params as { id: string }).id);
    const { parentId } = req.body as { parentId: string };
    authorize(actor, 'organization', 'manage', org.path);
    const target = await getOrg(db, parentId).catch(() => {
      throw badRequest('org.parent_not_found', { parent: parentId });
    });
    authorize(actor, 'organization', 'manage', target.path);
    const result = await moveOrg(db, auditActor(actor), org.id, parentId);
    return { org: presentOrgDetail(result.org, actor), moved: result.moved };
  });

  for (const [verb, active] of [['deactivate', false], ['reactivate', true]] as const) {
    app.post(`/api/orgs/:id/${verb}`, {
      schema: { tags, summary: active ? '恢复组织' : '撤销组织（连同下级，保留历史）', ...withId, response: { 200: obj({ org: orgDetailSchema, changed: { type: 'integer' } }), ...errorResponses } },
    }, async (req) => {
      const actor = actorOf(req);
      const org = await getOrg(db, (req.params as { id: string }).id);
      authorize(actor, 'organization', 'manage', org.path);
      if (!org.parent_id && !scopeOf(actor, 'organization', 'manage').all) throw new AppError(403, 'auth.forbidden');
      const result = await setOrgActive(db, auditActor(actor), org.id, active);
      return { org: presentOrgDetail(result.org, actor), changed: result.changed };
    });
  }

  app.get('/api/orgs/import/template', { schema: { tags, summary: '下载组织导入模板（xlsx，表头按请求的语言：简体、繁体或英文）', response: { 200: { type: 'string', format: 'binary' }, ...errorResponses } } }, async (req, reply) => {
    actorOf(req);
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const fileName = { 'zh-CN': '组织导入模板.xlsx', 'zh-TW': '組織匯入範本.xlsx', en: 'org-import-template.xlsx' }[req.locale];
    reply.header('content-disposition', `attachment; filename="org-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return reply.send(await importTemplate(req.locale));
  });

  const jobSchema = obj({
    id: { type: 'string' }, status: { type: 'string' }, total: { type: 'integer' }, done: { type: 'integer' }, created: { type: 'integer' },
    errors: { type: 'array', items: obj({ row: { type: 'integer' }, field: { type: 'string' }, message: { type: 'string' } }) },
    errorCount: { type: 'integer' }, message: { type: ['string', 'null'] },
  });

  app.post('/api/orgs/import', {
    schema: { tags, summary: '导入组织（xlsx 或 csv，multipart 字段 file）；返回任务号', consumes: ['multipart/form-data'], response: { 202: obj({ jobId: { type: 'string' } }), ...errorResponses, 413: errorResponses[400] } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const manage = scopeOf(actor, 'organization', 'manage');
    if (scopeIsEmpty(manage)) throw new AppError(403, 'auth.forbidden');
    if (!req.isMultipart()) throw badRequest('import.bad_file', { reason: 'multipart/form-data with a "file" field is required' });
    const file = await req.file();
    if (!file) throw badRequest('import.bad_file', { reason: 'no file' });
    const data = await file.toBuffer();
    const raw = await readImportFile(file.filename, data);
    const job = startJob(actor.userId);
    job.total = raw.length;
    // Validation and writing continue after the answer; the console polls the job.
    void (async () => {
      try {
        const plan = await planImport(db, raw, { mayImportUnder: (p) => can(actor, 'organization', 'manage', p), mayCreateRoots: manage.all });
        if (plan.errors.length) {
          job.errors = plan.errors;
          job.failure = { code: 'import.rows_invalid', params: { count: new Set(plan.errors.map((e) => e.row)).size } };
          job.status = 'failed';
          return;
        }
        job.status = 'writing';
        job.created = await applyImport(db, auditActor(actor), plan, { fileName: file.filename }, (done) => {
          job.done = done;
        });
        job.status = 'done';
      } catch (err) {
        job.status = 'failed';
        job.failure = err instanceof AppError ? { code: err.code, params: err.params } : { code: 'request.internal', params: {} };
        req.log.error({ err }, 'org import failed');
      } finally {
        job.finishedAt = Date.now();
      }
    })();
    reply.code(202);
    return { jobId: job.id };
  });

  app.get('/api/orgs/import/:id', { schema: { tags, summary: '导入任务进度与逐行错误', ...withId, response: { 200: jobSchema, ...errorResponses } } }, async (req) => {
    const actor = actorOf(req);
    const job = findJob((req.params as { id: string }).id);
    if (!job || job.ownerId !== actor.userId) throw new AppError(404, 'request.not_found');
    return presentJob(job, req.locale);
  });

}
