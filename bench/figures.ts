import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import type { CampaignTable, Database } from '../src/db/schema.js';
import { SYSTEM_ACTOR } from '../src/modules/audit/trail.js';
import { createCampaign } from '../src/modules/campaigns/commands.js';
import { KEY_INDICATORS, WINDS } from '../src/modules/figures/catalogue.js';
import { ALL, lineage, setFacts } from '../src/modules/figures/facts.js';
import { dashboard } from '../src/modules/figures/queries.js';
import type { IndicatorFactTable, IndicatorRollupTable } from '../src/modules/figures/schema.js';
import '../src/modules/figures/schema.js';
import { listChildren, type OrgRow } from '../src/modules/organizations/queries.js';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { freshDatabase, resolvePostgresUrl, settle, type BenchDatabase } from './db.js';
import { fmtMs as fmt, progress, sampleRepeated, seededRandom, summarize, timed } from './stats.js';
import { buildSpec, insertSpec } from './tree.js';

// Figures at scale: a generated province (bench/tree.ts) of `orgs` units, facts standing for
// 1,000,000 opinions (with their four-winds split) and 100,000 measures plus the reported
// indicators of the dashboard, spread over the units and three months. Facts and roll-ups are
// loaded in bulk — the roll-up rows computed in memory exactly as setFacts would leave them —
// rather than through a million opinion rows and recomputeComputed (too slow to set up; the
// incremental path is measured separately: one fact write = O(depth) upserts). Then the
// 20-indicator dashboard (key figures, four winds, per-child comparison, monthly trend) is read
// repeatedly at the root and at a county: p50 / p99. Goals: ≤ 20 ms at 10k, ≤ 100 ms at 200k.
// `tsx bench/figures.ts --db sqlite --orgs 10000` runs it alone.

export interface FiguresBenchOptions {
  db: 'sqlite' | 'postgres';
  pgUrl?: string;
  orgs: number;
}

const fmtMs = (v: number) => `${fmt(v)} ms`;
const OPINIONS = 1_000_000;
const MEASURES = 100_000;
const MONTHS = ['2026-03', '2026-04', '2026-05'];
const REPORTED = ['documents_cut', 'meetings_cut', 'office_space_cleared', 'public_spending_cut', 'study_hours', 'satisfied_responses', 'satisfaction_responses'];

function spread(total: number, units: number, rand: () => number): number[] {
  const w = Array.from({ length: units }, () => rand());
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((x / sum) * total));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % units, rest--) out[i]++;
  return out;
}

async function load(db: Kysely<Database>, campaign: CampaignTable, rows: OrgRow[]): Promise<{ facts: number; rollups: number; ms: number }> {
  const rand = seededRandom(11);
  const at = new Date().toISOString();
  const facts = new Map<string, IndicatorFactTable>();
  const put = (org: OrgRow, indicator: string, period: string, value: number) => {
    if (!value) return;
    const key = `${org.id}|${indicator}|${period}`;
    const f = facts.get(key);
    if (f) f.value += value;
    else facts.set(key, { region_id: campaign.region_id, campaign_id: campaign.id, org_id: org.id, org_path: org.path, indicator, period, source: 'computed', value, updated_at: at });
  };
  // Opinions and measures: at every unit, in one of the months.
  const ops = spread(OPINIONS, rows.length, rand);
  const mes = spread(MEASURES, rows.length, rand);
  rows.forEach((org, i) => {
    const m = MONTHS[Math.floor(rand() * MONTHS.length)];
    put(org, 'opinions_solicited', m, ops[i]);
    let left = ops[i];
    for (const [j, w] of WINDS.entries()) {
      const n = j === WINDS.length - 1 ? left : Math.floor(left * rand() * 0.5);
      put(org, `opinions_${w}`, m, n);
      left -= n;
    }
    put(org, 'problems_found', m, Math.ceil(mes[i] * 0.6));
    put(org, 'measures_planned', m, mes[i]);
    put(org, 'measures_done', m, Math.floor(mes[i] * rand()));
    put(org, 'symposia_held', m, Math.floor(rand() * 3));
  });
  // Reported figures: about half of the units, one month each.
  for (const org of rows) {
    if (rand() < 0.5) continue;
    const m = MONTHS[Math.floor(rand() * MONTHS.length)];
    for (const code of REPORTED) put(org, code, m, Math.floor(rand() * 50) + 1);
  }
  for (const f of facts.values()) f.source = REPORTED.includes(f.indicator) ? 'reported' : 'computed';
  const rollups = new Map<string, IndicatorRollupTable>();
  for (const f of facts.values()) {
    for (const node of lineage(f.org_path)) {
      for (const period of [f.period.slice(0, 7), ALL]) {
        const key = `${node.id}|${f.indicator}|${period}`;
        const r = rollups.get(key);
        if (!r) rollups.set(key, { region_id: f.region_id, campaign_id: f.campaign_id, org_id: node.id, indicator: f.indicator, period, value: f.value });
        else r.value = f.indicator === 'study_hours' ? Math.max(r.value, f.value) : r.value + f.value;
      }
    }
  }
  const t = await timed(() => db.transaction().execute(async (trx) => {
    const fs = [...facts.values()];
    for (let i = 0; i < fs.length; i += 500) await trx.insertInto('indicator_facts').values(fs.slice(i, i + 500)).execute();
    const rs = [...rollups.values()];
    for (let i = 0; i < rs.length; i += 800) await trx.insertInto('indicator_rollups').values(rs.slice(i, i + 800)).execute();
  }));
  return { facts: facts.size, rollups: rollups.size, ms: t.ms };
}

/** A new PostgreSQL schema, migrated with the migration table in that schema (as the server does). */
async function freshPostgres(url: string): Promise<BenchDatabase> {
  const schema = `bench_fig_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`create schema ${schema}`);
  const opened = openDatabase({ databaseUrl: url, pgSchema: schema });
  await migrateToLatest(opened.db, schema);
  return { ...opened, label: schema, async drop() {
    await opened.close().catch(() => {});
    await admin(`drop schema if exists ${schema} cascade`);
  } };
}

export async function benchFigures(opts: FiguresBenchOptions): Promise<string[]> {
  const lines: string[] = [];
  const pgUrl = opts.db === 'postgres' ? opts.pgUrl ?? (await resolvePostgresUrl()).url : null;
  if (opts.db === 'postgres' && !pgUrl) return [`figures (postgres): skipped, no PostgreSQL`];
  const d = opts.db === 'postgres' ? await freshPostgres(pgUrl!) : await freshDatabase(opts.db, pgUrl);
  try {
    progress(`figures ${opts.db}: building ${opts.orgs} organizations`);
    const built = buildSpec(opts.orgs);
    const { rows } = await insertSpec(d.db, built.spec);
    const root = rows[0];
    const campaign = await createCampaign(d.db, SYSTEM_ACTOR, { orgId: root.id, name: '基准测试活动', batch: 2, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    progress(`figures ${opts.db}: loading facts and roll-ups`);
    const loaded = await load(d.db, campaign, rows);
    await settle(d, ['organizations', 'indicator_facts', 'indicator_rollups']);
    const county = rows.filter((r) => r.depth === 2 && r.type === 'party_committee' && r.code !== built.bigCountyCode)[0] ?? rows.find((r) => r.depth === 2)!;

    const read = async (org: OrgRow) => dashboard(d.db, campaign, org, await listChildren(d.db, org), {});
    const check = await read(root);
    const opinions = check.keyFigures.find((k) => k.code === 'opinions_solicited')!.value;
    const measures = check.keyFigures.find((k) => k.code === 'measures_planned')!.value;
    if (opinions !== OPINIONS || measures !== MEASURES) throw new Error(`root roll-up: ${opinions} opinions / ${measures} measures, expected ${OPINIONS} / ${MEASURES}`);
    const childSum = check.children.reduce((s, c) => s + (c.values.opinions_solicited ?? 0), 0);
    // The root's own opinions are in no child.
    const own = (await d.db.selectFrom('indicator_facts').select('value').where('campaign_id', '=', campaign.id).where('org_id', '=', root.id).where('indicator', '=', 'opinions_solicited').executeTakeFirst())?.value ?? 0;
    if (childSum + Number(own) !== OPINIONS) throw new Error(`children sum ${childSum} + own ${own} ≠ ${OPINIONS}`);
    // Warm-up (JIT, statement caches, page cache) before sampling.
    for (let i = 0; i < 30; i++) {
      await read(root);
      await read(county);
    }
    const rootS = summarize(await sampleRepeated(() => read(root), { min: 30, max: 300, budgetMs: 8_000 }));
    const countyS = summarize(await sampleRepeated(() => read(county), { min: 30, max: 300, budgetMs: 5_000 }));
    const rangeS = summarize(await sampleRepeated(() => listChildren(d.db, root).then((ch) => dashboard(d.db, campaign, root, ch, { from: '2026-04', to: '2026-05' })), { min: 20, max: 200, budgetMs: 5_000 }));

    // The incremental path: one approved value at a village = facts + O(depth) roll-up upserts.
    const village = rows.filter((r) => r.type === 'village');
    const rand = seededRandom(5);
    const writes = summarize(await sampleRepeated(async () => {
      const v = village[Math.floor(rand() * village.length)] ?? rows[rows.length - 1];
      await d.db.transaction().execute((trx) => setFacts(trx, [{ regionId: campaign.region_id, campaignId: campaign.id, orgId: v.id, orgPath: v.path, indicator: 'documents_cut', period: '2026-05', source: 'reported', value: Math.floor(rand() * 100) + 1 }]));
    }, { min: 30, max: 300, budgetMs: 4_000 }));

    const goal = opts.orgs <= 10_000 ? 20 : 100;
    const verdict = (ms: number) => (ms <= goal ? `ok (goal ≤ ${goal} ms)` : `OVER goal ${goal} ms`);
    lines.push(`figures (${opts.db}, ${rows.length} orgs, depth ≤ ${rows.reduce((m, r) => Math.max(m, r.depth), 0)}): ${loaded.facts.toLocaleString('en')} facts (1,000,000 opinions, 100,000 measures) and ${loaded.rollups.toLocaleString('en')} roll-up rows bulk-loaded in ${fmtMs(loaded.ms)}`);
    lines.push(`  dashboard (${KEY_INDICATORS.length} key figures + four winds + ${check.children.length} children + trend) at root: p50 ${fmtMs(rootS.median)} p99 ${fmtMs(rootS.p99)} (n=${rootS.n}) — ${verdict(rootS.p99)}`);
    lines.push(`  dashboard at county ${county.name} (${(await listChildren(d.db, county)).length} children): p50 ${fmtMs(countyS.median)} p99 ${fmtMs(countyS.p99)} (n=${countyS.n}) — ${verdict(countyS.p99)}`);
    lines.push(`  dashboard at root over a 2-month range: p50 ${fmtMs(rangeS.median)} p99 ${fmtMs(rangeS.p99)} (n=${rangeS.n})`);
    lines.push(`  one fact write at a village with its roll-ups (O(depth) upserts, one transaction): p50 ${fmtMs(writes.median)} p99 ${fmtMs(writes.p99)} (n=${writes.n})`);
    return lines;
  } finally {
    await d.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : def;
  };
  const db = arg('db', 'sqlite') as 'sqlite' | 'postgres';
  benchFigures({ db, orgs: Number(arg('orgs', '10000')), pgUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL }).then(
    (lines) => console.log(lines.join('\n')),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
