import type { FastifyInstance } from 'fastify';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, obj, okSchema } from '../../http/schemas.js';
import { badRequest, notFound } from '../../shared/errors.js';
import { nowIso } from '../../shared/clock.js';
import { recordAudit } from '../audit/trail.js';
import type { Actor } from '../authz/roles.js';

// The signed-in person's inbox (their own notices only: no policy needed, the user id decides)
// and the address for e-mail copies. Reading one's own notices is not audited; the address is.
const tags = ['rectify'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const noticeSchema = obj({
  id: { type: 'string' }, kind: { type: 'string' }, title: { type: 'string' }, body: { type: 'string' }, targetType: { type: 'string' }, targetId: { type: 'string' },
  createdAt: { type: 'string' }, readAt: { type: ['string', 'null'] }, emailStatus: { type: ['string', 'null'] },
});

export async function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;

  async function me(actor: Actor) {
    return db.selectFrom('users').select(['id', 'region_id']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  }

  app.get('/api/notifications', {
    schema: {
      tags, summary: '我的提醒（新的整改措施、临近或超过时限、验收结果）', querystring: obj({ unread: { type: 'boolean' }, limit: { type: 'integer', minimum: 1, maximum: 200 } }, []),
      response: { 200: obj({ items: { type: 'array', items: noticeSchema }, unread: { type: 'integer' }, email: { type: ['string', 'null'] } }), ...errorResponses },
    },
  }, async (req) => {
    const user = await me(actorOf(req));
    const { unread, limit = 50 } = req.query as { unread?: boolean; limit?: number };
    const base = db.selectFrom('user_notifications').where('region_id', '=', user.region_id).where('user_id', '=', user.id);
    const [rows, count, email] = await Promise.all([
      (unread ? base.where('read_at', 'is', null) : base).selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute(),
      base.where('read_at', 'is', null).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('user_emails').select('email').where('user_id', '=', user.id).executeTakeFirst(),
    ]);
    return {
      items: rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, targetType: n.target_type, targetId: n.target_id, createdAt: n.created_at, readAt: n.read_at, emailStatus: n.email_status })),
      unread: Number(count.n), email: email?.email ?? null,
    };
  });

  app.post('/api/notifications/:id/read', {
    schema: { tags, summary: '标记提醒为已读', params: obj({ id: idParam }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const user = await me(actorOf(req));
    const { id } = req.params as { id: string };
    // Someone else's notice answers 404, like one that does not exist.
    const r = await db.updateTable('user_notifications').set({ read_at: nowIso() }).where('region_id', '=', user.region_id).where('id', '=', id).where('user_id', '=', user.id).where('read_at', 'is', null).executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) {
      const exists = await db.selectFrom('user_notifications').select('id').where('region_id', '=', user.region_id).where('id', '=', id).where('user_id', '=', user.id).executeTakeFirst();
      if (!exists) throw notFound('rectify.notification_not_found', { id });
    }
    return { ok: true };
  });

  app.post('/api/notifications/read-all', {
    schema: { tags, summary: '全部标记为已读', response: { 200: obj({ ok: { type: 'boolean' }, count: { type: 'integer' } }), ...errorResponses } },
  }, async (req) => {
    const user = await me(actorOf(req));
    const r = await db.updateTable('user_notifications').set({ read_at: nowIso() }).where('region_id', '=', user.region_id).where('user_id', '=', user.id).where('read_at', 'is', null).executeTakeFirst();
    return { ok: true, count: Number(r.numUpdatedRows) };
  });

  app.put('/api/notifications/email', {
    schema: { tags, summary: '设置接收提醒邮件的地址（null 为不接收）', body: obj({ email: { type: ['string', 'null'], maxLength: 200 } }), response: { 200: obj({ email: { type: ['string', 'null'] } }), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const user = await me(actor);
    const email = (req.body as { email: string | null }).email?.trim() || null;
    if (email && !EMAIL.test(email)) throw badRequest('rectify.email_invalid');
    await db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('user_emails').select('email').where('user_id', '=', user.id).executeTakeFirst();
      await trx.deleteFrom('user_emails').where('user_id', '=', user.id).execute();
      if (email) await trx.insertInto('user_emails').values({ user_id: user.id, email, updated_at: nowIso() }).execute();
      await recordAudit(trx, auditActor(actor), { regionId: user.region_id, action: 'user.email', targetType: 'user', targetId: user.id, before: { email: before?.email ?? null }, after: { email } });
    });
    return { email };
  });
}
