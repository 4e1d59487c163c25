import { sql, type Kysely } from 'kysely';
import type { CampaignTable, Database } from '../../db/schema.js';
import type { ReadPool } from '../../db/read-pool.js';
import { ID_LENGTH } from '../../shared/ids.js';
import { subtreeEnd } from '../authz/policy.js';
import { listChildren, type OrgRow } from '../organizations/queries.js';
import { exclusionPaths } from './commands.js';

// The progress matrix: for one organization X of a campaign, one row for X's whole subtree and
// one row per child of X, each with — per action — how many participating units in that
// subtree are done or in progress. Ids have a fixed width, so a unit's child-of-X is the
// first (len(X.path) + ID_LENGTH + 1) characters of its path: the roll-up is two GROUP BY
// range scans, whatever the depth, and runs in the read pool off the event loop.

export interface MatrixCell {
  actionId: string;
  done: number;
  inProgress: number;
  total: number;
  percent: number;
}

export interface MatrixRow {
  org: { id: string; name: string; type: string; childCount: number };
  units: number;
  cells: MatrixCell[];
}

export async function progressMatrix(
  db: Kysely<Database>,
  pool: ReadPool,
  campaign: CampaignTable,
  x: OrgRow,
  actions: { id: string }[],
  opts: { maxInactiveRanges?: number } = {},
): Promise<{ rows: MatrixRow[]; totals: MatrixCell[] }> {
  const prefixLen = x.path.length + ID_LENGTH + 1;
  // Units out of the roll-up: excluded subtrees, and deactivated ones (deactivation covers a
  // subtree, so a few ranges stand for all of them). Items then need no join to organizations.
  const inactive = await inactiveRanges(db, x, opts.maxInactiveRanges ?? MAX_INACTIVE_RANGES);
  const excluded = [...(await exclusionPaths(db, campaign)), ...(inactive ?? [])];
  const end = subtreeEnd(x.path);
  const notExcluded = (column: string) => (eb: any) =>
    excluded.length ? eb.and(excluded.map((p) => sql<boolean>`not (${sql.ref(column)} >= ${p} and ${sql.ref(column)} < ${subtreeEnd(p)})`)) : sql<boolean>`1 = 1`;

  const unitQuery = db
    .selectFrom('organizations')
    .select([sql<string>`substr(path, 1, ${sql.lit(prefixLen)})`.as('prefix'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('region_id', '=', x.region_id)
    .where('path', '>=', x.path)
    .where('path', '<', end)
    .where('active', '=', 1)
    .where(notExcluded('path'))
    .groupBy(sql`substr(path, 1, ${sql.lit(prefixLen)})`);

  const itemQuery = db
    .selectFrom('unit_items as i')
    // Too many deactivated subtrees to list as ranges: check each item's unit instead.
    .$if(inactive === null, (qb) => qb.innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'i.region_id').onRef('o.id', '=', 'i.org_id').on('o.active', '=', 1)))
    .select([sql<string>`substr(i.org_path, 1, ${sql.lit(prefixLen)})`.as('prefix'), 'i.action_id', 'i.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('i.region_id', '=', x.region_id)
    .where('i.campaign_id', '=', campaign.id)
    .where('i.org_path', '>=', x.path)
    .where('i.org_path', '<', end)
    .where('i.status', '!=', 'not_started')
    .where(notExcluded('i.org_path'))
    .groupBy([sql`substr(i.org_path, 1, ${sql.lit(prefixLen)})`, 'i.action_id', 'i.status']);

  const [units, items, children] = await Promise.all([
    pool.all(db, unitQuery),
    pool.all(db, itemQuery),
    listChildren(db, x),
  ]);

  const unitsByChild = new Map<string, number>();
  let unitsTotal = 0;
  for (const u of units) {
    unitsTotal += Number(u.n);
    unitsByChild.set(u.prefix, Number(u.n));
  }
  const counts = new Map<string, { done: number; inProgress: number }>(); // key: prefix|action
  const totals = new Map<string, { done: number; inProgress: number }>();
  for (const it of items) {
    for (const [map, key] of [[counts, `${it.prefix}|${it.action_id}`], [totals, it.action_id]] as const) {
      const c = map.get(key) ?? { done: 0, inProgress: 0 };
      if (it.status === 'done') c.done += Number(it.n);
      else c.inProgress += Number(it.n);
      map.set(key, c);
    }
  }
  const cell = (actionId: string, c: { done: number; inProgress: number } | undefined, total: number): MatrixCell => ({
    actionId, done: c?.done ?? 0, inProgress: c?.inProgress ?? 0, total, percent: total ? Math.round(((c?.done ?? 0) / total) * 1000) / 10 : 0,
  });

  const rows: MatrixRow[] = [];
  // The selected organization as a unit of its own (its own items), then each child subtree.
  const ownUnits = unitsByChild.get(x.path) ?? 0;
  if (ownUnits) {
    rows.push({ org: { id: x.id, name: x.name, type: x.type, childCount: 0 }, units: 1, cells: actions.map((a) => cell(a.id, counts.get(`${x.path}|${a.id}`), 1)) });
  }
  for (const child of children) {
    const n = unitsByChild.get(child.path) ?? 0;
    if (!n) continue; // deactivated or excluded
    rows.push({ org: { id: child.id, name: child.name, type: child.type, childCount: child.child_count }, units: n, cells: actions.map((a) => cell(a.id, counts.get(`${child.path}|${a.id}`), n)) });
  }
  return { rows, totals: actions.map((a) => cell(a.id, totals.get(a.id), unitsTotal)) };
}

const MAX_INACTIVE_RANGES = 200;

/** The tops of the deactivated subtrees under x, or null when there are too many to list. */
async function inactiveRanges(db: Kysely<Database>, x: OrgRow, max: number): Promise<string[] | null> {
  const rows = await db.selectFrom('organizations').select('path').where('region_id', '=', x.region_id).where('active', '=', 0)
    .where('path', '>=', x.path).where('path', '<', subtreeEnd(x.path)).orderBy('path').limit(20_000).execute();
  const tops: string[] = [];
  for (const { path } of rows) {
    if (tops.length && path.startsWith(tops[tops.length - 1])) continue;
    tops.push(path);
    if (tops.length > max) return null;
  }
  return rows.length === 20_000 ? null : tops;
}
