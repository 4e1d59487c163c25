import type { Kysely } from 'kysely';
import type { Database, UserTable } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { AppError, badRequest, conflict, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { isRole, type Role } from '../authz/roles.js';
import { getOrg } from '../organizations/queries.js';
import { hashPassword, isStrongEnough, verifyPassword } from './passwords.js';
import { invalidateActors } from './sessions.js';

// People and their roles. Who may do these is decided by the routes (policy `user.manage`
// over the organization of the user and of the role); these commands keep the data right.

export interface CreateUserInput {
  username: string;
  name: string;
  mobile?: string | null;
  orgId: string;
  position?: string;
  password: string;
}

const MOBILE = /^1\d{10}$/;

export async function createUser(db: Kysely<Database>, actor: AuditActor, input: CreateUserInput): Promise<UserTable> {
  if (!isStrongEnough(input.password)) throw badRequest('auth.password_weak');
  if (input.mobile && !MOBILE.test(input.mobile)) throw badRequest('user.mobile_invalid', { mobile: input.mobile });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const org = await getOrg(trx, input.orgId);
    if (await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst()) {
      throw conflict('user.username_taken', { username: input.username });
    }
    if (input.mobile && (await trx.selectFrom('users').select('id').where('mobile', '=', input.mobile).executeTakeFirst())) {
      throw conflict('user.mobile_taken', { mobile: input.mobile });
    }
    const at = nowIso();
    const user: UserTable = {
      id: newId(), username: input.username, name: input.name, mobile: input.mobile || null, org_id: org.id, region_id: org.region_id,
      position: input.position ?? '', password_hash: passwordHash, active: 1, failed_logins: 0, locked_until: null, locale: 'zh-CN',
      created_at: at, updated_at: at,
    };
    await trx.insertInto('users').values(user).execute();
    await recordAudit(trx, actor, { regionId: org.region_id, action: 'user.create', targetType: 'user', targetId: user.id, orgPath: org.path, after: userFields(user) });
    return user;
  });
}

export interface UpdateUserInput {
  name?: string;
  mobile?: string | null;
  position?: string;
  active?: boolean;
  orgId?: string;
}

export async function updateUser(db: Kysely<Database>, actor: AuditActor, id: string, input: UpdateUserInput): Promise<UserTable> {
  if (input.mobile && !MOBILE.test(input.mobile)) throw badRequest('user.mobile_invalid', { mobile: input.mobile });
  const result = await db.transaction().execute(async (trx) => {
    const before = await getUser(trx, id);
    if (input.mobile && input.mobile !== before.mobile && (await trx.selectFrom('users').select('id').where('mobile', '=', input.mobile).executeTakeFirst())) {
      throw conflict('user.mobile_taken', { mobile: input.mobile });
    }
    const org = input.orgId ? await getOrg(trx, input.orgId) : null;
    const patch = {
      name: input.name ?? before.name,
      mobile: input.mobile === undefined ? before.mobile : input.mobile || null,
      position: input.position ?? before.position,
      active: input.active === undefined ? before.active : input.active ? 1 : 0,
      org_id: org ? org.id : before.org_id,
      region_id: org ? org.region_id : before.region_id,
      updated_at: nowIso(),
    };
    await trx.updateTable('users').set(patch).where('id', '=', id).execute();
    if (patch.active === 0) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    const after = { ...before, ...patch };
    const orgPath = (await getOrg(trx, after.org_id)).path;
    await recordAudit(trx, actor, { regionId: after.region_id, action: 'user.update', targetType: 'user', targetId: id, orgPath, before: userFields(before), after: userFields(after) });
    return after;
  });
  invalidateActors();
  return result;
}

export async function getUser(db: Kysely<Database>, id: string): Promise<UserTable> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user) throw notFound('user.not_found', { id });
  return user;
}

export async function changePassword(db: Kysely<Database>, userId: string, current: string, next: string): Promise<void> {
  const user = await getUser(db, userId);
  if (!(await verifyPassword(user.password_hash, current))) throw new AppError(400, 'auth.password_wrong');
  if (!isStrongEnough(next)) throw badRequest('auth.password_weak');
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: nowIso() }).where('id', '=', userId).execute();
    const orgPath = (await getOrg(trx, user.org_id)).path;
    await recordAudit(trx, { userId, name: user.name }, { regionId: user.region_id, action: 'user.password', targetType: 'user', targetId: userId, orgPath });
  });
}

export interface GrantRoleInput {
  role: string;
  orgId: string;
  supervisionGroupId?: string | null;
}

export async function grantRole(db: Kysely<Database>, actor: AuditActor, userId: string, input: GrantRoleInput) {
  if (!isRole(input.role)) throw badRequest('role.invalid', { role: input.role });
  const role: Role = input.role;
  if (role === 'supervision_group_member' && !input.supervisionGroupId) throw badRequest('role.group_required');
  const result = await db.transaction().execute(async (trx) => {
    const user = await getUser(trx, userId);
    const org = await getOrg(trx, input.orgId);
    if (input.supervisionGroupId) {
      const group = await trx.selectFrom('supervision_groups').select('id').where('id', '=', input.supervisionGroupId).executeTakeFirst();
      if (!group) throw notFound('supervision.group_not_found', { id: input.supervisionGroupId });
    }
    const row = {
      id: newId(), user_id: user.id, role, org_id: org.id, org_path: org.path, region_id: org.region_id,
      supervision_group_id: role === 'supervision_group_member' ? input.supervisionGroupId ?? null : null, created_at: nowIso(),
    };
    await trx.insertInto('role_assignments').values(row).execute();
    await recordAudit(trx, actor, { regionId: org.region_id, action: 'role.grant', targetType: 'user', targetId: user.id, orgPath: org.path, after: { role, orgId: org.id, supervisionGroupId: row.supervision_group_id } });
    return row;
  });
  invalidateActors();
  return result;
}

export async function revokeRole(db: Kysely<Database>, actor: AuditActor, userId: string, roleId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('role_assignments').selectAll().where('id', '=', roleId).where('user_id', '=', userId).executeTakeFirst();
    if (!row) throw notFound('role.invalid', { role: roleId });
    await trx.deleteFrom('role_assignments').where('id', '=', roleId).execute();
    await recordAudit(trx, actor, { regionId: row.region_id, action: 'role.revoke', targetType: 'user', targetId: userId, orgPath: row.org_path, before: { role: row.role, orgId: row.org_id } });
  });
  invalidateActors();
}

export function userFields(u: UserTable) {
  return { id: u.id, username: u.username, name: u.name, mobile: u.mobile, orgId: u.org_id, position: u.position, active: u.active === 1 };
}
