import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../support/databases.js';
import { smallTree, userWithRole, TEST_PASSWORD, type SmallTree } from '../support/factories.js';
import { appFor, loginAs, sessionCookieOf, type AppHandle, type TestApp } from '../support/app.js';
import { SESSION_COOKIE, tokenHash, MAX_FAILED_LOGINS } from '../../src/modules/people/sessions.js';

// Sign-in, sessions, lockout, password change and deactivation, through the HTTP API.

describe.each(databaseKinds)('auth API (%s)', (kind) => {
  let d: TestDatabase;
  let h: AppHandle;
  let app: TestApp;
  let t: SmallTree;
  let officeCookie: string;
  let n = 0;

  /** A plain user (party member at villageA) with a unique username and mobile. */
  async function person(mobile?: string) {
    const username = `person.${++n}`;
    const u = await userWithRole(d.db, 'party_member', t.villageA, { username });
    if (mobile) await d.db.updateTable('users').set({ mobile }).where('id', '=', u.id).execute();
    return { id: u.id, username, password: TEST_PASSWORD };
  }
  const login = (loginName: string, password: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: loginName, password }, headers });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const tokenOf = (cookie: string) => cookie.slice(SESSION_COOKIE.length + 1);

  beforeAll(async () => {
    d = await freshDatabase(kind);
    h = await appFor(d);
    app = h.app;
    t = await smallTree(d.db);
    await userWithRole(d.db, 'campaign_office', t.countyA, { username: 'office.a' });
    officeCookie = await loginAs(app, 'office.a', TEST_PASSWORD);
  });

  afterAll(async () => {
    await h?.close();
    await d?.drop();
  });

  it('signs in by username and by mobile, to the same account', async () => {
    const p = await person('13900001111');
    const byName = await login(p.username, TEST_PASSWORD);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().user).toMatchObject({ id: p.id, username: p.username, orgId: t.villageA.id });
    const byMobile = await login('13900001111', TEST_PASSWORD);
    expect(byMobile.statusCode).toBe(200);
    expect(byMobile.json().user.id).toBe(p.id);
    // Surrounding blanks in the login name are forgiven.
    expect((await login(` ${p.username} `, TEST_PASSWORD)).statusCode).toBe(200);
    // Two logins are two different sessions.
    expect(sessionCookieOf(byName)).not.toBe(sessionCookieOf(byMobile));
  });

  it('refuses a wrong password with 401 in Chinese by default and in English on request, without a cookie', async () => {
    const p = await person();
    const zh = await login(p.username, 'Wrong-passw0rd');
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ code: 'auth.bad_credentials', message: '账号或密码错误' });
    expect(zh.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    const en = await login(p.username, 'Wrong-passw0rd', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.statusCode).toBe(401);
    expect(en.json()).toEqual({ code: 'auth.bad_credentials', message: 'Wrong account or password' });
    // An account that does not exist answers exactly the same.
    const nobody = await login('no.such.person', 'Wrong-passw0rd');
    expect(nobody.statusCode).toBe(401);
    expect(nobody.json()).toEqual(zh.json());
  });

  it('a successful sign-in resets the failure count', async () => {
    const p = await person();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await login(p.username, 'Wrong-passw0rd')).statusCode).toBe(401);
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) expect((await login(p.username, 'Wrong-passw0rd')).statusCode).toBe(401);
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks the account after 5 failures: 423 even with the right password, and an audit entry user.lock', async () => {
    const p = await person();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const res = await login(p.username, `Wrong-${i}-pw`);
      expect(res.statusCode, `attempt ${i}`).toBe(401);
    }
    const fifth = await login(p.username, 'Wrong-5-pw');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('auth.locked');
    expect(fifth.json().message).toBe('连续登录失败次数过多，账号已锁定，请于 15 分钟后再试');

    const right = await login(p.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('auth.locked');
    expect(right.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    const en = await login(p.username, TEST_PASSWORD, { 'accept-language': 'en' });
    expect(en.json().message).toMatch(/^Too many failed sign-ins; the account is locked for 1[45] more minutes$/);

    const audit = await d.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.lock').where('target_id', '=', p.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].target_type).toBe('user');
    expect(JSON.parse(audit[0].after_json!)).toEqual({ lockedMinutes: 15 });
    const row = await d.db.selectFrom('users').select(['locked_until']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(new Date(row.locked_until!).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // When the lock runs out, the right password works again.
    await d.db.updateTable('users').set({ locked_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', p.id).execute();
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('sets an httpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const p = await person();
    const res = await login(p.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
    expect(c).toBeDefined();
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(c.path).toBe('/');
    expect(c.value.length).toBeGreaterThanOrEqual(40);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Lax/);
    // The database keeps only a hash of the token.
    const sessions = await d.db.selectFrom('sessions').selectAll().where('user_id', '=', p.id).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).toBe(tokenHash(c.value));
    expect(sessions[0].token_hash).not.toBe(c.value);
  });

  it('GET /api/auth/me answers the caller with the cookie, 401 without', async () => {
    const p = await person();
    const cookie = await loginAs(app, p.username, TEST_PASSWORD);
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    const user = res.json().user;
    expect(user).toMatchObject({ id: p.id, username: p.username, orgId: t.villageA.id, orgName: t.villageA.name });
    expect(user.roles).toEqual([expect.objectContaining({ role: 'party_member', orgId: t.villageA.id })]);
    expect(user.can).toEqual({ manageOrgs: false, manageUsers: false, readAudit: false, createCampaign: false });
    const office = await me(officeCookie);
    expect(office.json().user.can).toEqual({ manageOrgs: true, manageUsers: true, readAudit: true, createCampaign: true });

    const none = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ code: 'auth.required', message: '请先登录' });
  });

  it('logout ends the session: the same cookie gets 401 afterwards, other sessions live on', async () => {
    const p = await person();
    const cookie = await loginAs(app, p.username, TEST_PASSWORD);
    const other = await loginAs(app, p.username, TEST_PASSWORD);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cleared?.value ?? '').toBe('');
    const after = await me(cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('auth.required');
    expect(await d.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', tokenHash(tokenOf(cookie))).executeTakeFirst()).toBeUndefined();
    expect((await me(other)).statusCode).toBe(200);
  });

  it('an expired session answers 401 auth.session_expired, then is gone', async () => {
    const p = await person();
    const cookie = await loginAs(app, p.username, TEST_PASSWORD);
    await d.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 60_000).toISOString() }).where('token_hash', '=', tokenHash(tokenOf(cookie))).execute();
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'auth.session_expired', message: '登录已过期，请重新登录' });
    const en = await app.inject({ method: 'GET', url: '/api/orgs/roots', headers: { cookie, 'accept-language': 'en' } });
    // The expired row was deleted on first sight: now the cookie is simply unknown.
    expect(en.statusCode).toBe(401);
    expect(en.json()).toEqual({ code: 'auth.required', message: 'Please sign in first' });
    expect(await d.db.selectFrom('sessions').select('token_hash').where('user_id', '=', p.id).execute()).toEqual([]);
  });

  it('password change: wrong current → 400, weak new → 400, success → only the new password works', async () => {
    const p = await person();
    const cookie = await loginAs(app, p.username, TEST_PASSWORD);
    const change = (current: string, next: string) => app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { current, next } });

    const wrong = await change('Not-the-passw0rd', 'BrandNew123');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({ code: 'auth.password_wrong', message: '原密码不正确' });
    for (const weak of ['short1', 'onlyletters', '1234567890']) {
      const res = await change(TEST_PASSWORD, weak);
      expect(res.statusCode, weak).toBe(400);
      expect(res.json().code, weak).toBe('auth.password_weak');
    }
    // None of the refused attempts changed anything.
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(200);

    const ok = await change(TEST_PASSWORD, 'BrandNew123');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true });
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(p.username, 'BrandNew123')).statusCode).toBe(200);
    const audit = await d.db.selectFrom('audit_log').select('action').where('target_id', '=', p.id).where('action', '=', 'user.password').execute();
    expect(audit).toHaveLength(1);
  });

  it('a user deactivated by the office cannot sign in, and their sessions are gone', async () => {
    const p = await person();
    const cookie = await loginAs(app, p.username, TEST_PASSWORD);
    expect((await me(cookie)).statusCode).toBe(200);
    const res = await app.inject({ method: 'PATCH', url: `/api/users/${p.id}`, headers: { cookie: officeCookie }, payload: { active: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: p.id, active: false });

    expect(await d.db.selectFrom('sessions').select('token_hash').where('user_id', '=', p.id).execute()).toEqual([]);
    const stale = await me(cookie);
    expect(stale.statusCode).toBe(401);
    expect(stale.json().code).toBe('auth.required');
    const again = await login(p.username, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json()).toEqual({ code: 'auth.inactive', message: '账号已停用' });
    expect(again.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

    // Reactivated, they can sign in again.
    const back = await app.inject({ method: 'PATCH', url: `/api/users/${p.id}`, headers: { cookie: officeCookie }, payload: { active: true } });
    expect(back.statusCode).toBe(200);
    expect((await login(p.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('never sends password hashes or lockout state about people', async () => {
    const p = await person('13900002222');
    await login(p.username, 'Wrong-passw0rd'); // some lockout state to leak
    const created = await app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: officeCookie },
      payload: { username: 'fresh.one', name: '新用户', orgId: t.villageA.id, password: 'Fresh-pass-123', mobile: '13900003333' },
    });
    expect(created.statusCode).toBe(201);
    const list = await app.inject({ method: 'GET', url: '/api/users?limit=200', headers: { cookie: officeCookie } });
    expect(list.statusCode).toBe(200);
    const body = list.json() as { items: { id: string }[]; total: number };
    expect(body.items.map((u) => u.id)).toEqual(expect.arrayContaining([p.id, created.json().user.id]));
    expect(body.total).toBe(body.items.length);
    const patched = await app.inject({ method: 'PATCH', url: `/api/users/${p.id}`, headers: { cookie: officeCookie }, payload: { position: '党员' } });
    expect(patched.statusCode).toBe(200);
    const mine = await me(await loginAs(app, p.username, TEST_PASSWORD));
    for (const res of [created, list, patched, mine]) {
      expect(res.body).not.toMatch(/argon2/i);
      expect(res.body).not.toMatch(/password/i);
      expect(res.body).not.toMatch(/failed_?logins|locked_?until|token/i);
    }
    // Sanity: the stored hash is argon2, so the checks above look for the right thing.
    const stored = await d.db.selectFrom('users').select('password_hash').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });
});
