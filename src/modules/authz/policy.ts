import { sql, type Expression, type SqlBool, type ExpressionBuilder } from 'kysely';
import { AppError } from '../../shared/errors.js';
import type { Actor, Role } from './roles.js';

// Declarative permissions: for each resource and action, which roles may act and how far
// their reach goes from the organization where they hold the role. Deny by default: a role
// not listed has no access; system_admin reaches everything. Every route asks `authorize`
// (one target) or `scopeOf` (a list filter); the console only reads the `can` flags that
// presenters compute from here, it never re-derives roles.
//
//   subtree  — the organization where the role is held and everything below it
//   self     — only that organization
//   assigned — the units assigned to the holder's supervision group, with their subtrees
export type Reach = 'subtree' | 'self' | 'assigned';

const readers: Partial<Record<Role, Reach>> = {
  campaign_office: 'subtree',
  leading_group_member: 'subtree',
  leader: 'subtree',
  supervision_group_member: 'assigned',
  unit_liaison: 'self',
  party_member: 'self',
};

export const policies = {
  organization: {
    read: readers,
    manage: { campaign_office: 'subtree' },
  },
  campaign: {
    // A campaign is visible to anyone whose reach overlaps its region (above or inside it).
    read: readers,
    manage: { campaign_office: 'subtree' },
  },
  unit_item: {
    read: readers,
    update: { campaign_office: 'subtree', unit_liaison: 'self' },
  },
  user: {
    read: { campaign_office: 'subtree' },
    manage: { campaign_office: 'subtree' },
  },
  supervision_group: {
    read: { campaign_office: 'subtree', leading_group_member: 'subtree', supervision_group_member: 'self' },
    manage: { campaign_office: 'subtree' },
  },
  audit: {
    read: { campaign_office: 'subtree' },
  },
  solicitation: {
    read: readers,
    manage: { campaign_office: 'subtree' },
  },
  opinion: {
    read: { campaign_office: 'subtree', leading_group_member: 'subtree', leader: 'subtree', supervision_group_member: 'assigned', unit_liaison: 'self' },
    // Handling (triage, reply, status, disclosure) — and seeing a named submitter's contact details.
    handle: { campaign_office: 'subtree', unit_liaison: 'self' },
    enter: { campaign_office: 'subtree', unit_liaison: 'self' },
  },
  // Rectification (problems, task books, measures, drives, rules, commitments, disclosure).
  // Read and manage are judged at the problem's unit; report (progress, drive figures) at the
  // owner unit; verify (销号) at the problem's unit, by the office or the supervision group.
  rectification: {
    read: readers,
    manage: { campaign_office: 'subtree' },
    report: { campaign_office: 'subtree', unit_liaison: 'self' },
    verify: { campaign_office: 'subtree', supervision_group_member: 'assigned' },
  },
} satisfies Record<string, Record<string, Partial<Record<Role, Reach>>>>;

export type Policies = typeof policies;
export type Resource = keyof Policies;
export type ActionOf<R extends Resource> = keyof Policies[R] & string;

/** The paths a caller reaches for one resource and action. `all` for system administrators. */
export interface Scope {
  all: boolean;
  subtrees: string[];
  exact: string[];
}

// Actors are immutable (a changed role yields a new actor), so their scopes are computed once.
const scopes = new WeakMap<Actor, Map<string, Scope>>();

export function scopeOf<R extends Resource>(actor: Actor, resource: R, action: ActionOf<R>): Scope {
  let byKey = scopes.get(actor);
  if (!byKey) scopes.set(actor, (byKey = new Map()));
  const key = `${resource}.${action}`;
  let scope = byKey.get(key);
  if (!scope) byKey.set(key, (scope = computeScope(actor, resource, action)));
  return scope;
}

function computeScope<R extends Resource>(actor: Actor, resource: R, action: ActionOf<R>): Scope {
  const rule = policies[resource][action] as Partial<Record<Role, Reach>>;
  const scope: Scope = { all: false, subtrees: [], exact: [] };
  for (const grant of actor.grants) {
    if (grant.role === 'system_admin') return { all: true, subtrees: [], exact: [] };
    const reach = rule[grant.role];
    if (reach === 'subtree') scope.subtrees.push(grant.orgPath);
    else if (reach === 'self') scope.exact.push(grant.orgPath);
    else if (reach === 'assigned') scope.subtrees.push(...grant.assignedPaths);
  }
  return scope;
}

export function scopeIsEmpty(scope: Scope): boolean {
  return !scope.all && scope.subtrees.length === 0 && scope.exact.length === 0;
}

/** Is the organization at `path` inside the scope? */
export function covers(scope: Scope, path: string): boolean {
  return scope.all || scope.exact.includes(path) || scope.subtrees.some((p) => path.startsWith(p));
}

/** Does the scope touch the subtree at `path` — inside it, or above it? (campaign visibility) */
export function overlaps(scope: Scope, path: string): boolean {
  if (covers(scope, path)) return true;
  return [...scope.subtrees, ...scope.exact].some((p) => p.startsWith(path));
}

export function can<R extends Resource>(actor: Actor, resource: R, action: ActionOf<R>, path: string): boolean {
  return covers(scopeOf(actor, resource, action), path);
}

export function authorize<R extends Resource>(actor: Actor, resource: R, action: ActionOf<R>, path: string): void {
  if (!can(actor, resource, action, path)) throw new AppError(403, 'auth.forbidden');
}

/** The end of the byte range holding every path that starts with `path` (which ends in "/"). */
export function subtreeEnd(path: string): string {
  return path.slice(0, -1) + '0'; // "0" is the character right after "/"
}

/** A SQL condition: `column` lies inside the scope. Uses the path index as range scans. */
export function inScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  scope: Scope,
): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const ref = sql.ref(column);
  const parts: Expression<SqlBool>[] = [
    ...scope.subtrees.map((p) => sql<SqlBool>`(${ref} >= ${p} and ${ref} < ${subtreeEnd(p)})`),
    ...scope.exact.map((p) => sql<SqlBool>`${ref} = ${p}`),
  ];
  if (parts.length === 0) return sql<SqlBool>`1 = 0`;
  return eb.or(parts);
}

/** Every ancestor path of `path`, itself included: "/a/b/" → ["/a/", "/a/b/"]. */
export function ancestorPaths(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  return segments.map((_, i) => '/' + segments.slice(0, i + 1).join('/') + '/');
}
