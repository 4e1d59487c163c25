import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserTable } from '../../db/schema.js';
import { AppError } from '../../shared/errors.js';
import { recordAudit } from '../audit/trail.js';
import type { Actor, Grant, Role } from '../authz/roles.js';
import { verifyPassword, hashPassword } from './passwords.js';

// Sign-in, sessions and the caller's grants. Sessions live in the database (so a restart
// keeps people signed in and logout is real); the cookie holds a random token and the
// table only its SHA-256, so a leaked table cannot be replayed as cookies.

export const SESSION_COOKIE = 'massline_session';
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// A fixed hash to verify against when the account does not exist, so that timing does not
// tell which logins are real.
let dummyHash: Promise<string> | undefined;

export async function login(db: Kysely<Database>, loginName: string, password: string, sessionHours: number): Promise<{ token: string; user: UserTable }> {
  const key = loginName.trim();
  const user = await db.selectFrom('users').selectAll().where((eb) => eb.or([eb('username', '=', key), eb('mobile', '=', key)])).executeTakeFirst();
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password-1');
    await verifyPassword(await dummyHash, password);
    throw new AppError(401, 'auth.bad_credentials');
  }
  const now = new Date();
  if (user.locked_until && new Date(user.locked_until) > now) {
    const minutes = Math.ceil((new Date(user.locked_until).getTime() - now.getTime()) / 60000);
    throw new AppError(423, 'auth.locked', { minutes });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: lock ? 0 : failures, locked_until: lock ? new Date(now.getTime() + LOCK_MINUTES * 60000).toISOString() : user.locked_until })
        .where('id', '=', user.id)
        .execute();
      if (lock) {
        const org = await trx.selectFrom('organizations').select('path').where('id', '=', user.org_id).executeTakeFirst();
        await recordAudit(trx, { userId: null, name: 'system' }, { regionId: user.region_id, action: 'user.lock', targetType: 'user', targetId: user.id, orgPath: org?.path ?? null, after: { lockedMinutes: LOCK_MINUTES } });
      }
    });
    if (lock) throw new AppError(423, 'auth.locked', { minutes: LOCK_MINUTES });
    throw new AppError(401, 'auth.bad_credentials');
  }
  if (!user.active) throw new AppError(403, 'auth.inactive');
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx
      .insertInto('sessions')
      .values({ token_hash: tokenHash(token), user_id: user.id, created_at: at, last_seen_at: at, expires_at: new Date(now.getTime() + sessionHours * 3600_000).toISOString() })
      .execute();
  });
  return { token, user };
}

export async function logout(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
  actorCache.delete(tokenHash(token));
}

export type SessionLookup = { actor: Actor } | { expired: true } | null;

// Every request resolves its cookie to an actor: three queries. The result is kept for a few
// seconds per session; any command that changes people, roles, assignments or paths calls
// invalidateActors() after committing, so within this process a change applies to the next
// request. Other processes (several servers on one PostgreSQL) see it within ACTOR_TTL_MS.
const ACTOR_TTL_MS = 5000;
const ACTOR_CACHE_MAX = 20_000;
let generation = 0;
const actorCache = new Map<string, { actor: Actor; expiresAt: string; cachedAt: number; generation: number }>();

export function invalidateActors(): void {
  generation++;
  actorCache.clear();
}

/** Resolves a cookie token to the caller with their grants; sessions have a fixed lifetime. */
export async function actorForToken(db: Kysely<Database>, token: string): Promise<SessionLookup> {
  const hash = tokenHash(token);
  const now = new Date().toISOString();
  const cached = actorCache.get(hash);
  if (cached && cached.generation === generation && Date.now() - cached.cachedAt < ACTOR_TTL_MS && cached.expiresAt > now) {
    return { actor: cached.actor };
  }
  const session = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  if (!session) return null;
  if (session.expires_at <= now) {
    await db.deleteFrom('sessions').where('token_hash', '=', session.token_hash).execute();
    actorCache.delete(hash);
    return { expired: true };
  }
  const gen = generation;
  const actor = await loadActor(db, session.user_id);
  if (!actor) return null;
  if (actorCache.size >= ACTOR_CACHE_MAX) actorCache.clear();
  if (gen === generation) actorCache.set(hash, { actor, expiresAt: session.expires_at, cachedAt: Date.now(), generation: gen });
  return { actor };
}

export async function loadActor(db: Kysely<Database>, userId: string): Promise<Actor | null> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', userId).where('active', '=', 1).executeTakeFirst();
  if (!user) return null;
  const roles = await db.selectFrom('role_assignments').selectAll().where('user_id', '=', userId).execute();
  const groupIds = roles.map((r) => r.supervision_group_id).filter((g): g is string => !!g);
  const assigned = groupIds.length
    ? await db.selectFrom('supervision_assignments').select(['group_id', 'org_path']).where('group_id', 'in', groupIds).execute()
    : [];
  const grants: Grant[] = roles.map((r) => ({
    role: r.role as Role,
    orgId: r.org_id,
    orgPath: r.org_path,
    regionId: r.region_id,
    supervisionGroupId: r.supervision_group_id,
    assignedPaths: assigned.filter((a) => a.group_id === r.supervision_group_id).map((a) => a.org_path),
  }));
  return { userId: user.id, username: user.username, name: user.name, orgId: user.org_id, locale: user.locale, grants };
}

export async function purgeExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date().toISOString()).execute();
}
