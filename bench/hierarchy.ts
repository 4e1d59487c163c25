import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { moveOrg } from '../src/modules/organizations/commands.js';
import { countSubtree, listChildren, listSubtree, type OrgRow } from '../src/modules/organizations/queries.js';
import { pick, sampleEach, seededRandom, summarize, timed, type Summary } from './stats.js';
import type { TreeIndex } from './tree.js';

// Reads and moves of the hierarchy: countSubtree, one page of listSubtree with the node's
// listChildren, and moveOrg of a county-sized subtree there and back.

export const SAMPLE_SIZE = 200;
const ROOT_SAMPLES = 10;

/** ~200 organizations across every depth: the root a few times, the rest spread evenly over the other depths. */
export function sampleOrgs(tree: TreeIndex, seed = 42): OrgRow[] {
  const rand = seededRandom(seed);
  const depths = [...tree.byDepth.keys()].filter((d) => d > 0).sort((a, b) => a - b);
  const perDepth = Math.ceil((SAMPLE_SIZE - ROOT_SAMPLES) / depths.length);
  const out: OrgRow[] = Array.from({ length: ROOT_SAMPLES }, () => tree.root);
  for (const d of depths) out.push(...pick(tree.byDepth.get(d)!, perDepth, rand));
  // shuffle so the order of depths does not favour any cache state
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, SAMPLE_SIZE);
}

export interface ReadResult {
  overall: Summary;
  root: Summary;
  byDepth: Record<string, Summary & { avgSubtree: number }>;
}

function splitByDepth(orgs: OrgRow[], samples: number[], tree: TreeIndex): ReadResult {
  const groups = new Map<number, { ms: number[]; sizes: number[] }>();
  orgs.forEach((o, i) => {
    const g = groups.get(o.depth) ?? { ms: [], sizes: [] };
    g.ms.push(samples[i]);
    g.sizes.push(tree.subtreeSize.get(o.id) ?? 0);
    groups.set(o.depth, g);
  });
  const byDepth: ReadResult['byDepth'] = {};
  for (const [d, g] of [...groups].sort((a, b) => a[0] - b[0])) {
    byDepth[String(d)] = { ...summarize(g.ms), avgSubtree: Math.round(g.sizes.reduce((a, b) => a + b, 0) / g.sizes.length) };
  }
  return { overall: summarize(samples), root: summarize(samples.filter((_, i) => orgs[i].parent_id === null)), byDepth };
}

export async function benchSubtreeCount(db: Kysely<Database>, tree: TreeIndex, orgs: OrgRow[]): Promise<ReadResult & { checked: boolean }> {
  // warm-up: a few counts so the first measured query does not pay for opening pages/plans
  for (const o of orgs.slice(0, 5)) await countSubtree(db, o);
  const rootCount = await countSubtree(db, tree.root);
  const checked = rootCount === tree.rows.length;
  if (!checked) throw new Error(`countSubtree(root) = ${rootCount}, expected ${tree.rows.length}`);
  const samples = await sampleEach(orgs, (o) => countSubtree(db, o));
  return { ...splitByDepth(orgs, samples, tree), checked };
}

export interface ListingResult extends ReadResult {
  listSubtree: Summary;
  listChildren: Summary;
}

export async function benchSubtreeListing(db: Kysely<Database>, tree: TreeIndex, orgs: OrgRow[]): Promise<ListingResult> {
  for (const o of orgs.slice(0, 5)) {
    await listSubtree(db, o, { limit: 100 });
    await listChildren(db, o);
  }
  const sub: number[] = [];
  const kids: number[] = [];
  const both: number[] = [];
  for (const o of orgs) {
    const a = await timed(() => listSubtree(db, o, { limit: 100 }));
    const b = await timed(() => listChildren(db, o));
    sub.push(a.ms);
    kids.push(b.ms);
    both.push(a.ms + b.ms);
  }
  return { ...splitByDepth(orgs, both, tree), listSubtree: summarize(sub), listChildren: summarize(kids) };
}

export interface MoveResult {
  org: { id: string; code: string; name: string };
  subtreeSize: number;
  from: string;
  to: string;
  awayMs: number;
  backMs: number;
  movedAway: number;
  movedBack: number;
  unitItemsInSubtree: number;
}

/** Moves the enlarged county under another city and back, timing each move. */
export async function benchMove(db: Kysely<Database>, tree: TreeIndex, bigCountyCode: string): Promise<MoveResult> {
  const county = tree.byCode.get(bigCountyCode);
  if (!county || !county.parent_id) throw new Error(`county ${bigCountyCode} not found`);
  const home = tree.byId.get(county.parent_id)!;
  // another city (same level as the county's own parent), else the root
  const target = (tree.byDepth.get(home.depth) ?? []).find((o) => o.id !== home.id && o.type === home.type) ?? tree.root;
  const size = await countSubtree(db, county);
  const items = await db.selectFrom('unit_items').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region_id', '=', county.region_id).where('org_path', '>=', county.path).where('org_path', '<', county.path.slice(0, -1) + '0')
    .executeTakeFirstOrThrow();
  const away = await timed(() => moveOrg(db, SYSTEM_ACTOR, county.id, target.id));
  const movedSize = await countSubtree(db, away.value.org);
  if (movedSize !== size) throw new Error(`after move the subtree has ${movedSize} organizations, expected ${size}`);
  const back = await timed(() => moveOrg(db, SYSTEM_ACTOR, county.id, home.id));
  return {
    org: { id: county.id, code: county.code, name: county.name },
    subtreeSize: size,
    from: home.name,
    to: target.name,
    awayMs: away.ms,
    backMs: back.ms,
    movedAway: away.value.moved,
    movedBack: back.value.moved,
    unitItemsInSubtree: Number(items.n),
  };
}
