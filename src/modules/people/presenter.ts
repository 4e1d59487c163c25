import type { Kysely } from 'kysely';
import type { Database, UserTable } from '../../db/schema.js';
import { can, scopeIsEmpty, scopeOf } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { obj } from '../../http/schemas.js';

// What leaves the server about a person: never the password hash, lockout counters or sessions.

export async function presentMe(db: Kysely<Database>, actor: Actor) {
  const user = await db.selectFrom('users').innerJoin('organizations as o', 'o.id', 'users.org_id').select(['users.id', 'users.username', 'users.name', 'users.org_id', 'users.locale', 'o.name as org_name']).where('users.id', '=', actor.userId).executeTakeFirstOrThrow();
  const orgNames = await namesOf(db, actor.grants.map((g) => g.orgId));
  const roles = await db.selectFrom('role_assignments').select(['id', 'role', 'org_id']).where('user_id', '=', actor.userId).execute();
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    orgId: user.org_id,
    orgName: user.org_name,
    locale: user.locale,
    roles: roles.map((r) => ({ id: r.id, role: r.role, orgId: r.org_id, orgName: orgNames.get(r.org_id) ?? '' })),
    can: {
      manageOrgs: !scopeIsEmpty(scopeOf(actor, 'organization', 'manage')),
      manageUsers: !scopeIsEmpty(scopeOf(actor, 'user', 'manage')),
      readAudit: !scopeIsEmpty(scopeOf(actor, 'audit', 'read')),
      createCampaign: !scopeIsEmpty(scopeOf(actor, 'campaign', 'manage')),
    },
  };
}

export async function namesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function presentUsers(db: Kysely<Database>, actor: Actor, users: UserTable[]) {
  if (!users.length) return [];
  const roles = await db.selectFrom('role_assignments').selectAll().where('user_id', 'in', users.map((u) => u.id)).execute();
  const orgs = await db.selectFrom('organizations').select(['id', 'name', 'path']).where('id', 'in', [...new Set([...users.map((u) => u.org_id), ...roles.map((r) => r.org_id)])]).execute();
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    mobile: u.mobile,
    org: { id: u.org_id, name: byId.get(u.org_id)?.name ?? '' },
    position: u.position,
    active: u.active === 1,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ id: r.id, role: r.role, orgId: r.org_id, orgName: byId.get(r.org_id)?.name ?? '', supervisionGroupId: r.supervision_group_id })),
    can: { manage: can(actor, 'user', 'manage', byId.get(u.org_id)?.path ?? '/') },
  }));
}

const roleSchema = obj({ id: { type: 'string' }, role: { type: 'string' }, orgId: { type: 'string' }, orgName: { type: 'string' } });

export const meSchema = obj({
  id: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' }, orgId: { type: 'string' }, orgName: { type: 'string' }, locale: { type: 'string' },
  roles: { type: 'array', items: roleSchema },
  can: obj({ manageOrgs: { type: 'boolean' }, manageUsers: { type: 'boolean' }, readAudit: { type: 'boolean' }, createCampaign: { type: 'boolean' } }),
});

export const userSchema = obj({
  id: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' }, mobile: { type: ['string', 'null'] },
  org: obj({ id: { type: 'string' }, name: { type: 'string' } }), position: { type: 'string' }, active: { type: 'boolean' },
  roles: { type: 'array', items: obj({ ...roleSchema.properties, supervisionGroupId: { type: ['string', 'null'] } }) },
  can: obj({ manage: { type: 'boolean' } }),
});
