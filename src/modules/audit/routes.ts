import type { FastifyInstance } from 'fastify';
import { actorOf, type AppContext } from '../../http/context.js';
import { errorResponses, obj } from '../../http/schemas.js';
import { AppError } from '../../shared/errors.js';
import { inScope, scopeIsEmpty, scopeOf } from '../authz/policy.js';

export async function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  app.get('/api/audit', {
    schema: {
      tags: ['audit'], summary: '审计日志（新在前；系统管理员看全部，活动办看本级及下级）',
      querystring: obj({ limit: { type: 'integer', minimum: 1, maximum: 200 }, before: { type: 'string', maxLength: 40 } }, []),
      response: {
        200: obj({
          items: { type: 'array', items: obj({ regionId: { type: 'string' }, seq: { type: 'integer' }, at: { type: 'string' }, actorName: { type: 'string' }, action: { type: 'string' }, targetType: { type: 'string' }, targetId: { type: 'string' }, before: {}, after: {} }) },
          next: { type: ['string', 'null'] },
        }),
        ...errorResponses,
      },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const scope = scopeOf(actor, 'audit', 'read');
    if (scopeIsEmpty(scope)) throw new AppError(403, 'auth.forbidden');
    const { limit = 50, before } = req.query as { limit?: number; before?: string };
    // Cursor: "at|regionId|seq" of the last row shown; ordered by time across regions.
    let q = db.selectFrom('audit_log').selectAll().where((eb) => (scope.all ? eb.lit(true) : inScope(eb, 'org_path', scope)));
    if (before) {
      const [at, regionId, seq] = before.split('|');
      q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('region_id', '<', regionId)]), eb.and([eb('at', '=', at), eb('region_id', '=', regionId), eb('seq', '<', Number(seq) || 0)])]));
    }
    const rows = await q.orderBy('at', 'desc').orderBy('region_id', 'desc').orderBy('seq', 'desc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        regionId: r.region_id, seq: r.seq, at: r.at, actorName: r.actor_name, action: r.action, targetType: r.target_type, targetId: r.target_id,
        before: r.before_json ? JSON.parse(r.before_json) : null, after: r.after_json ? JSON.parse(r.after_json) : null,
      })),
      next: rows.length > limit && last ? `${last.at}|${last.region_id}|${last.seq}` : null,
    };
  });
}
