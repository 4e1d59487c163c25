import type { Scope } from '../authz/policy.js';

// Which units a caller may start a backlog run for. The start route accepts a unit when the
// caller handles opinions there (authorize 'opinion.handle' at the unit's path); a user's right
// comes from the roles they hold, each at some unit, which need not be the unit they belong to
// (a city office's staff member granted the office role of a district). The console asks for this
// list instead of guessing from the user's own unit, and never re-derives roles.

/**
 * The paths of the units a caller with `scope` (opinion.handle) may run in a campaign whose top
 * unit is at `rootPath`: the campaign's top for a role at or above it, else the unit of each role
 * inside the campaign. A unit inside another one reached as a subtree is left out (that run covers it); one below a
 * unit reached alone (a unit liaison's) is not.
 * Unordered; the caller orders them (highest first).
 */
export function startablePaths(scope: Scope, rootPath: string): string[] {
  if (scope.all) return [rootPath];
  const found = new Set<string>();
  for (const p of scope.subtrees) {
    if (rootPath.startsWith(p)) found.add(rootPath);
    else if (p.startsWith(rootPath)) found.add(p);
  }
  // ('self' reach: the unit itself, only where it lies in the campaign)
  for (const p of scope.exact) if (p.startsWith(rootPath)) found.add(p);
  const paths = [...found];
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q) && coversSubtree(scope, q)));
}

/** Whether the caller's right at `path` reaches the units below it (a run there covers them; a unit liaison's does not). */
export function coversSubtree(scope: Scope, path: string): boolean {
  return scope.all || scope.subtrees.some((p) => path.startsWith(p));
}
