import type { Actor, Role } from '../authz/roles.js';
import { covers, type Reach, type Scope } from '../authz/policy.js';
import { AppError } from '../../shared/errors.js';

// Who may do what with figures, declared like src/modules/authz/policy.ts (decision 0007) and
// scoped to the hierarchy the same way; kept here so the shared policy file stays untouched.
//
//   read    — dashboards, roll-ups, reports, narratives, briefings of a unit
//   report  — enter, import and submit a unit's figures; upload and confirm narrative reports
//   approve — accept or return a unit's report: judged at the unit's PARENT (the level above)
//   manage  — the catalogue's own indicators, report forms, baselines, bulletin items
export const figurePolicies = {
  read: { campaign_office: 'subtree', leading_group_member: 'subtree', leader: 'subtree', supervision_group_member: 'assigned', unit_liaison: 'self' },
  report: { campaign_office: 'subtree', unit_liaison: 'self' },
  approve: { campaign_office: 'subtree' },
  manage: { campaign_office: 'subtree' },
} satisfies Record<string, Partial<Record<Role, Reach>>>;

export type FigureAction = keyof typeof figurePolicies;

const cache = new WeakMap<Actor, Map<FigureAction, Scope>>();

export function figureScope(actor: Actor, action: FigureAction): Scope {
  let byAction = cache.get(actor);
  if (!byAction) cache.set(actor, (byAction = new Map()));
  let scope = byAction.get(action);
  if (scope) return scope;
  const rule = figurePolicies[action] as Partial<Record<Role, Reach>>;
  scope = { all: false, subtrees: [], exact: [] };
  for (const grant of actor.grants) {
    if (grant.role === 'system_admin') {
      scope = { all: true, subtrees: [], exact: [] };
      break;
    }
    const reach = rule[grant.role];
    if (reach === 'subtree') scope.subtrees.push(grant.orgPath);
    else if (reach === 'self') scope.exact.push(grant.orgPath);
    else if (reach === 'assigned') scope.subtrees.push(...grant.assignedPaths);
  }
  byAction.set(action, scope);
  return scope;
}

export function canFigure(actor: Actor, action: FigureAction, path: string): boolean {
  return covers(figureScope(actor, action), path);
}

export function authorizeFigure(actor: Actor, action: FigureAction, path: string): void {
  if (!canFigure(actor, action, path)) throw new AppError(403, 'auth.forbidden');
}

/** The parent's path of a unit ("/a/b/" → "/a/"); a root has none. */
export function parentPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/` : null;
}

/** Approval is by the level above: the caller must reach the unit's parent. */
export function canApprove(actor: Actor, unitPath: string): boolean {
  const parent = parentPath(unitPath);
  if (!parent) return figureScope(actor, 'approve').all;
  return canFigure(actor, 'approve', parent);
}
