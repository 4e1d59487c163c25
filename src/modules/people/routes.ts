import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { AppError } from '../../shared/errors.js';
import { actorOf, auditActor, type AppContext } from '../../http/context.js';
import { errorResponses, idParam, nonEmpty, obj, okSchema } from '../../http/schemas.js';
import { authorize, inScope, scopeOf } from '../authz/policy.js';
import { ROLES } from '../authz/roles.js';
import { getOrg } from '../organizations/queries.js';
import { changePassword, createUser, getUser, grantRole, revokeRole, updateUser } from './commands.js';
import { meSchema, presentMe, presentUsers, userSchema } from './presenter.js';
import { SESSION_COOKIE, loadActor, login, logout } from './sessions.js';

const tags = ['people'];
const mobile = { type: ['string', 'null'], maxLength: 11 };
const password = { type: 'string', minLength: 1, maxLength: 200 };

export async function peopleRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db, config } = ctx;

  app.post('/api/auth/login', {
    config: { public: true },
    schema: { tags, summary: '登录（手机号或用户名 + 密码）', body: obj({ login: nonEmpty(64), password }), response: { 200: obj({ user: meSchema }), ...errorResponses, 423: errorResponses[400] } },
  }, async (req, reply) => {
    const { login: name, password: pw } = req.body as { login: string; password: string };
    const { token, user } = await login(db, name, pw, config.sessionHours);
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: Math.round(config.sessionHours * 3600) });
    const actor = await loadActor(db, user.id);
    return { user: await presentMe(db, actor!) };
  });

  app.post('/api/auth/logout', { config: { public: true }, schema: { tags, summary: '退出登录', response: { 200: okSchema } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags, summary: '当前用户及其可做的事', response: { 200: obj({ user: meSchema }), ...errorResponses } } }, async (req) => {
    return { user: await presentMe(db, actorOf(req)) };
  });

  app.post('/api/auth/password', {
    schema: { tags, summary: '修改密码', body: obj({ current: password, next: password }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    const { current, next } = req.body as { current: string; next: string };
    await changePassword(db, actor.userId, current, next);
    return { ok: true };
  });

  app.get('/api/users', {
    schema: {
      tags, summary: '用户列表（限本人管理范围）',
      querystring: obj({ orgId: idParam, q: { type: 'string', maxLength: 50 }, limit: { type: 'integer', minimum: 1, maximum: 200 }, offset: { type: 'integer', minimum: 0 } }, []),
      response: { 200: obj({ items: { type: 'array', items: userSchema }, total: { type: 'integer' } }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const { orgId, q, limit = 50, offset = 0 } = req.query as { orgId?: string; q?: string; limit?: number; offset?: number };
    const scope = scopeOf(actor, 'user', 'read');
    let query = db.selectFrom('users').innerJoin('organizations as o', 'o.id', 'users.org_id').where((eb) => inScope(eb, 'o.path', scope));
    if (orgId) {
      const org = await getOrg(db, orgId);
      authorize(actor, 'user', 'read', org.path);
      query = query.where('o.path', '>=', org.path).where('o.path', '<', org.path.slice(0, -1) + '0');
    }
    if (q?.trim()) {
      const like = `%${q.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      query = query.where((eb) => eb.or(['users.name', 'users.username', 'users.mobile'].map((c) => sql<boolean>`${sql.ref(c)} like ${like} escape '\\'`)));
    }
    const [rows, count] = await Promise.all([
      query.selectAll('users').orderBy('o.path').orderBy('users.username').limit(limit).offset(offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: await presentUsers(db, actor, rows), total: Number(count.n) };
  });

  app.post('/api/users', {
    schema: {
      tags, summary: '新建用户',
      body: obj({ username: { type: 'string', minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.\\-@]+$' }, name: nonEmpty(50), mobile, orgId: idParam, position: { type: 'string', maxLength: 100 }, password }, ['username', 'name', 'orgId', 'password']),
      response: { 201: obj({ user: userSchema }), ...errorResponses },
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const body = req.body as { username: string; name: string; mobile?: string | null; orgId: string; position?: string; password: string };
    const org = await getOrg(db, body.orgId);
    authorize(actor, 'user', 'manage', org.path);
    const user = await createUser(db, auditActor(actor), body);
    reply.code(201);
    return { user: (await presentUsers(db, actor, [user]))[0] };
  });

  /** Loads a user the caller may manage. A system administrator is managed only by another. */
  const loadManaged = async (req: Parameters<typeof actorOf>[0], id: string) => {
    const actor = actorOf(req);
    const user = await getUser(db, id);
    const org = await getOrg(db, user.org_id);
    authorize(actor, 'user', 'manage', org.path);
    const isAdmin = await db.selectFrom('role_assignments').select('id').where('user_id', '=', user.id).where('role', '=', 'system_admin').executeTakeFirst();
    if (isAdmin && !scopeOf(actor, 'user', 'manage').all) throw new AppError(403, 'auth.forbidden');
    return { actor, user };
  };

  app.patch('/api/users/:id', {
    schema: {
      tags, summary: '修改用户（姓名、手机、职务、启用/停用、所属组织）', params: obj({ id: idParam }),
      body: { ...obj({ name: nonEmpty(50), mobile, position: { type: 'string', maxLength: 100 }, active: { type: 'boolean' }, orgId: idParam }, []), minProperties: 1 },
      response: { 200: obj({ user: userSchema }), ...errorResponses },
    },
  }, async (req) => {
    const { actor, user } = await loadManaged(req, (req.params as { id: string }).id);
    const body = req.body as { orgId?: string };
    if (body.orgId) authorize(actor, 'user', 'manage', (await getOrg(db, body.orgId)).path);
    const updated = await updateUser(db, auditActor(actor), user.id, body);
    return { user: (await presentUsers(db, actor, [updated]))[0] };
  });

  app.post('/api/users/:id/roles', {
    schema: {
      tags, summary: '授予角色（在某个组织）', params: obj({ id: idParam }),
      body: obj({ role: { type: 'string', enum: ROLES }, orgId: idParam, supervisionGroupId: { type: ['string', 'null'], pattern: '^[0-9a-v]{10}$' } }, ['role', 'orgId']),
      response: { 201: obj({ ok: { type: 'boolean' }, roleId: { type: 'string' } }), ...errorResponses },
    },
  }, async (req, reply) => {
    const { actor, user } = await loadManaged(req, (req.params as { id: string }).id);
    const body = req.body as { role: string; orgId: string; supervisionGroupId?: string | null };
    const org = await getOrg(db, body.orgId);
    authorize(actor, 'user', 'manage', org.path);
    // Only a system administrator makes system administrators.
    if (body.role === 'system_admin' && !scopeOf(actor, 'user', 'manage').all) throw new AppError(403, 'role.grant_forbidden', { role: body.role });
    const row = await grantRole(db, auditActor(actor), user.id, body);
    reply.code(201);
    return { ok: true, roleId: row.id };
  });

  app.delete('/api/users/:id/roles/:roleId', {
    schema: { tags, summary: '撤销角色', params: obj({ id: idParam, roleId: idParam }), response: { 200: okSchema, ...errorResponses } },
  }, async (req) => {
    const { id, roleId } = req.params as { id: string; roleId: string };
    const { actor, user } = await loadManaged(req, id);
    const role = await db.selectFrom('role_assignments').selectAll().where('id', '=', roleId).where('user_id', '=', user.id).executeTakeFirst();
    if (role) {
      authorize(actor, 'user', 'manage', role.org_path);
      if (role.role === 'system_admin' && !scopeOf(actor, 'user', 'manage').all) throw new AppError(403, 'role.grant_forbidden', { role: role.role });
    }
    await revokeRole(db, auditActor(actor), user.id, roleId);
    return { ok: true };
  });
}
