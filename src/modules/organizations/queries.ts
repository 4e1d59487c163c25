import { sql, type Kysely } from 'kysely';
import type { Database, OrganizationTable } from '../../db/schema.js';
import { notFound } from '../../shared/errors.js';
import { inScope, subtreeEnd, type Scope } from '../authz/policy.js';
import { compareSiblings } from './model.js';

// Reads of the hierarchy. Subtrees are path ranges on the (region_id, path) index: no
// recursive walks anywhere (docs/decisions/0003-materialized-path.md).

export type OrgRow = OrganizationTable;

export async function findOrg(db: Kysely<Database>, id: string): Promise<OrgRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getOrg(db: Kysely<Database>, id: string): Promise<OrgRow> {
  const org = await findOrg(db, id);
  if (!org) throw notFound('org.not_found', { id });
  return org;
}

export async function findOrgByCode(db: Kysely<Database>, code: string): Promise<OrgRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('code', '=', code).executeTakeFirst();
}

export interface ChildRow extends OrgRow {
  child_count: number;
}

/**
 * Children of one organization (or the region roots when `parent` is null), with counts for
 * lazy trees. Pass the parent row when you have it: the query leads with its region_id, which
 * is what the (region_id, parent_id) index and a distributed table both need.
 */
export async function listChildren(
  db: Kysely<Database>,
  parent: string | Pick<OrgRow, 'id' | 'region_id'> | null,
  opts: { includeInactive?: boolean } = {},
): Promise<ChildRow[]> {
  // One statement: the rows and, per row, its child count from the covering
  // (region_id, parent_id, active) index.
  let q = db
    .selectFrom('organizations as o')
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('organizations as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.region_id', '=', 'o.region_id')
        .whereRef('c.parent_id', '=', 'o.id')
        .$if(!opts.includeInactive, (qb) => qb.where('c.active', '=', 1))
        .as('child_count'),
    );
  if (parent === null) q = q.where('o.parent_id', 'is', null);
  else {
    const p = typeof parent === 'string' ? await getOrg(db, parent) : parent;
    q = q.where('o.region_id', '=', p.region_id).where('o.parent_id', '=', p.id);
  }
  if (!opts.includeInactive) q = q.where('o.active', '=', 1);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, child_count: Number(r.child_count ?? 0) })).sort(compareSiblings);
}

/** Adds each organization's number of (active) children, for lazy-loading trees. */
export async function withChildCounts(db: Kysely<Database>, rows: OrgRow[], opts: { includeInactive?: boolean } = {}): Promise<ChildRow[]> {
  if (rows.length === 0) return [];
  const counts = await db
    .selectFrom('organizations')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n')])
    // One region is the normal case; SQLite plans `=` far better than a one-element IN here.
    .where((eb) => {
      const regions = [...new Set(rows.map((r) => r.region_id))];
      return regions.length === 1 ? eb('region_id', '=', regions[0]) : eb('region_id', 'in', regions);
    })
    .where('parent_id', 'in', rows.map((r) => r.id))
    .$if(!opts.includeInactive, (qb) => qb.where('active', '=', 1))
    .groupBy('parent_id')
    .execute();
  const byParent = new Map(counts.map((c) => [c.parent_id, Number(c.n)]));
  return rows.map((r) => ({ ...r, child_count: byParent.get(r.id) ?? 0 }));
}

/** Number of organizations in the subtree rooted at `org` (itself included). */
export async function countSubtree(db: Kysely<Database>, org: Pick<OrgRow, 'region_id' | 'path'>, opts: { includeInactive?: boolean } = {}): Promise<number> {
  return Number((await subtreeCountQuery(db, org, opts).executeTakeFirstOrThrow()).n);
}

/** The count as a query, for callers that run it in the read pool (a region root is a large range). */
export function subtreeCountQuery(db: Kysely<Database>, org: Pick<OrgRow, 'region_id' | 'path'>, opts: { includeInactive?: boolean } = {}) {
  return db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region_id', '=', org.region_id)
    .where('path', '>=', org.path)
    .where('path', '<', subtreeEnd(org.path))
    .$if(!opts.includeInactive, (qb) => qb.where('active', '=', 1));
}

/** One page of a subtree in path order (parents before children). */
export async function listSubtree(
  db: Kysely<Database>,
  org: Pick<OrgRow, 'region_id' | 'path'>,
  opts: { after?: string; limit: number; includeInactive?: boolean },
): Promise<OrgRow[]> {
  return db
    .selectFrom('organizations')
    .selectAll()
    .where('region_id', '=', org.region_id)
    .where('path', '>=', opts.after ? opts.after + '\u0001' : org.path)
    .where('path', '<', subtreeEnd(org.path))
    .$if(!opts.includeInactive, (qb) => qb.where('active', '=', 1))
    .orderBy('path')
    .limit(opts.limit)
    .execute();
}

/** The chain from the region root down to `org`, for breadcrumbs. */
export async function listAncestors(db: Kysely<Database>, org: OrgRow): Promise<OrgRow[]> {
  const ids = org.path.split('/').filter(Boolean);
  const rows = await db.selectFrom('organizations').selectAll().where('region_id', '=', org.region_id).where('id', 'in', ids).execute();
  return rows.sort((a, b) => a.depth - b.depth);
}

/** Search by name, alias or code inside what the caller may read. Exact code matches come first. */
export async function searchOrgs(db: Kysely<Database>, scope: Scope, query: string, limit = 50): Promise<OrgRow[]> {
  const q = query.trim().toLowerCase();
  const escaped = q.replace(/[\\%_]/g, (c) => '\\' + c);
  const rows = await db
    .selectFrom('organizations')
    .selectAll()
    .where((eb) => inScope(eb, 'path', scope))
    .where(sql<boolean>`search_text like ${'%' + escaped + '%'} escape '\\'`)
    .orderBy('depth')
    .orderBy('path')
    .limit(limit)
    .execute();
  return rows.sort((a, b) => Number(b.code.toLowerCase() === q) - Number(a.code.toLowerCase() === q) || a.depth - b.depth);
}
