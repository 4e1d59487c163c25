import type { Kysely } from 'kysely';
import type { CampaignActionTable, CampaignTable, Database, UnitItemTable } from '../src/db/schema.js';
import type { ReadPool } from '../src/db/read-pool.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createCampaign } from '../src/modules/campaigns/commands.js';
import { progressMatrix } from '../src/modules/campaigns/matrix.js';
import { PHASES } from '../src/modules/campaigns/plan-template.js';
import type { OrgRow } from '../src/modules/organizations/queries.js';
import { withLoopMonitor, type LoopDelay } from './eld.js';
import { sampleRepeated, seededRandom, summarize, timed, type Summary } from './stats.js';
import type { TreeIndex } from './tree.js';

// The progress matrix: a campaign at the root with the template plan, unit items for about
// half of the units on the first few actions, then progressMatrix (through the read pool)
// at the root and at a county, and a burst at the root while watching the event loop.

export const ITEM_ACTIONS = 5;
export const ITEM_SHARE = 0.5;

export interface CampaignSetup {
  campaign: CampaignTable;
  actions: CampaignActionTable[];
  items: number;
  createMs: number;
  itemsMs: number;
}

export async function setupCampaign(db: Kysely<Database>, tree: TreeIndex): Promise<CampaignSetup> {
  const created = await timed(() => createCampaign(db, SYSTEM_ACTOR, {
    orgId: tree.root.id, name: '基准测试活动', batch: 2, startsOn: '2026-01-01', endsOn: '2026-12-31',
  }));
  const campaign = created.value;
  const order = new Map<string, number>(PHASES.map((p, i) => [p, i]));
  const actions = (await db.selectFrom('campaign_actions').selectAll().where('region_id', '=', campaign.region_id).where('campaign_id', '=', campaign.id).execute())
    .sort((a, b) => order.get(a.phase)! - order.get(b.phase)! || a.position - b.position);
  const rand = seededRandom(7);
  const at = new Date().toISOString();
  const items: UnitItemTable[] = [];
  for (const action of actions.slice(0, ITEM_ACTIONS)) {
    for (const unit of tree.rows) {
      if (rand() >= ITEM_SHARE) continue;
      items.push({
        region_id: campaign.region_id, campaign_id: campaign.id, action_id: action.id, org_id: unit.id, org_path: unit.path,
        status: rand() < 0.7 ? 'done' : 'in_progress', note: '', attachment_name: null, attachment_type: null, attachment_data: null,
        updated_at: at, updated_by: 'bench',
      });
    }
  }
  const inserted = await timed(() => db.transaction().execute(async (trx) => {
    for (let i = 0; i < items.length; i += 500) await trx.insertInto('unit_items').values(items.slice(i, i + 500)).execute();
  }));
  return { campaign, actions, items: items.length, createMs: created.ms, itemsMs: inserted.ms };
}

export interface MatrixResult {
  root: Summary & { rows: number; units: number };
  county: Summary & { rows: number; units: number; org: string };
  burst: { calls: number; concurrency: number; wallMs: number; perCall: Summary; loopDelay: LoopDelay };
}

export function regularCounty(tree: TreeIndex, bigCountyCode: string): OrgRow {
  const counties = (tree.byDepth.get(2) ?? []).filter((o) => o.type === 'party_committee' && o.code !== bigCountyCode);
  const c = counties[Math.floor(counties.length / 2)];
  if (!c) throw new Error('no county found');
  return c;
}

export async function benchMatrix(db: Kysely<Database>, pool: ReadPool, tree: TreeIndex, setup: CampaignSetup, county: OrgRow, burst: { calls: number; concurrency: number }): Promise<MatrixResult> {
  const run = (x: OrgRow) => progressMatrix(db, pool, setup.campaign, x, setup.actions);
  // sanity: the root total equals the number of units, and items were counted
  const check = await run(tree.root);
  const units = check.totals[0]?.total ?? 0;
  if (units !== tree.rows.length) throw new Error(`matrix at root counts ${units} units, expected ${tree.rows.length}`);
  const counted = check.totals.reduce((s, c) => s + c.done + c.inProgress, 0);
  if (counted !== setup.items) throw new Error(`matrix at root counts ${counted} items, expected ${setup.items}`);
  const countyCheck = await run(county);

  const rootSamples = await sampleRepeated(() => run(tree.root), { min: 5, max: 30, budgetMs: 15_000 });
  const countySamples = await sampleRepeated(() => run(county), { min: 20, max: 100, budgetMs: 5_000 });

  const perCall: number[] = [];
  const { value: wallMs, delay } = await withLoopMonitor(async () => {
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < burst.calls) {
        next++;
        const t = await timed(() => run(tree.root));
        perCall.push(t.ms);
      }
    };
    await Promise.all(Array.from({ length: burst.concurrency }, worker));
    return performance.now() - t0;
  });

  return {
    root: { ...summarize(rootSamples), rows: check.rows.length, units },
    county: { ...summarize(countySamples), rows: countyCheck.rows.length, units: countyCheck.totals[0]?.total ?? 0, org: county.name },
    burst: { calls: burst.calls, concurrency: burst.concurrency, wallMs, perCall: summarize(perCall), loopDelay: delay },
  };
}
