import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbKind } from '../src/db/database.js';
import { createReadPool } from '../src/db/read-pool.js';
import { listAncestors, countSubtree, listChildren, listSubtree, getOrg } from '../src/modules/organizations/queries.js';
import { progressMatrix } from '../src/modules/campaigns/matrix.js';
import { freshDatabase, resolvePostgresUrl, serverVersion, settle, redact } from './db.js';
import { explainCalls, storageSizes } from './explain.js';
import { benchMove, benchSubtreeCount, benchSubtreeListing, sampleOrgs } from './hierarchy.js';
import { benchHttp } from './http.js';
import { benchImport } from './import.js';
import { benchIntake } from './intake.js';
import { runTriageBench, triageLines } from './triage.js';
import { duplicatesAtScale, duplicatesAtScaleLines } from './duplicates-at-scale.js';
import { defaultPreparers } from '../src/modules/triage/preparers.js';
import { benchExtract } from './extract.js';
import { benchRectify } from './rectify.js';
import { benchFigures } from './figures.js';
import { benchMatrix, regularCounty, setupCampaign } from './matrix.js';
import { jsonSafe, label, renderReport, findMisses, type CaseResult } from './report.js';
import { fmtMs, fmtRate, progress } from './stats.js';
import { buildSpec, indexTree, insertSpec } from './tree.js';

// `npm run bench` — see bench/README.md. One case per (database, size); flags:
//   --sizes 10000,200000    organization counts (default both)
//   --db sqlite|postgres|all
//   --no-http               skip the HTTP runs      --http-duration 10   --connections 10
//   --http-db sqlite|all    where to run HTTP (default sqlite, as the brief of the benchmark asks)
//   --no-xlsx               skip the xlsx import (done for sizes ≤ 50,000 otherwise)
//   --import-max N          skip the import measurement for sizes above N (quick runs)
//   --no-intake             skip the intake runs (portal, gateway, opinion import)   --intake-rows 100000
//   --no-triage             skip the triage pipeline run   --triage-count 1000000
//   --no-extract            skip the narrative-report extraction run
//   --no-figures            skip the dashboard roll-up runs (10,000 and 200,000 organizations)
//   --no-rectify            skip rectification (overdue scan, 100,000-row ledger, disclosure page under load)

interface Args {
  sizes: number[];
  db: 'sqlite' | 'postgres' | 'all';
  http: boolean;
  httpDb: 'sqlite' | 'all';
  httpDuration: number;
  connections: number;
  xlsx: boolean;
  importMax: number;
  intake: boolean;
  intakeImportRows: number;
  triage: boolean;
  triageCount: number;
  extract: boolean;
  rectify: boolean;
  figures: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [10_000, 200_000], db: 'all', http: true, httpDb: 'sqlite', httpDuration: 10, connections: 10, xlsx: true, importMax: Number.POSITIVE_INFINITY, intake: true, intakeImportRows: 100_000, triage: true, triageCount: 1_000_000, extract: true, rectify: true, figures: true };
  const take = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) [a, inline] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    const value = () => inline ?? take(i++, a);
    switch (a) {
      case '--sizes':
      case '--size':
        args.sizes = value().split(',').map((s) => Number.parseInt(s.replace(/[_k]/g, (m) => (m === 'k' ? '000' : '')), 10));
        if (args.sizes.some((n) => !Number.isFinite(n) || n < 100)) throw new Error('--sizes takes numbers ≥ 100, e.g. --sizes 10000,200000');
        break;
      case '--no-intake':
        args.intake = false;
        break;
      case '--no-triage':
        args.triage = false;
        break;
      case '--triage-count':
        args.triageCount = Number.parseInt(value().replace(/_/g, ''), 10);
        break;
      case '--no-extract':
        args.extract = false;
        break;
      case '--no-figures':
        args.figures = false;
        break;
      case '--no-rectify':
        args.rectify = false;
        break;
      case '--intake-rows':
        args.intakeImportRows = Number.parseInt(value(), 10);
        break;
      case '--db': {
        const v = value();
        if (v !== 'sqlite' && v !== 'postgres' && v !== 'all' && v !== 'pg') throw new Error('--db is sqlite, postgres or all');
        args.db = v === 'pg' ? 'postgres' : v;
        break;
      }
      case '--no-http': args.http = false; break;
      case '--http-db': {
        const v = value();
        if (v !== 'sqlite' && v !== 'all') throw new Error('--http-db is sqlite or all');
        args.httpDb = v;
        break;
      }
      case '--http-duration': args.httpDuration = Number(value()); break;
      case '--connections': args.connections = Number(value()); break;
      case '--no-xlsx': args.xlsx = false; break;
      case '--import-max': args.importMax = Number(value()); break;
      case '--help':
        process.stdout.write('npm run bench -- [--sizes 10000,200000] [--db sqlite|postgres|all] [--no-http] [--http-db sqlite|all] [--http-duration 10] [--connections 10] [--no-xlsx] [--import-max N] [--no-intake] [--intake-rows N] [--no-triage] [--triage-count N] [--no-extract] [--no-rectify] [--no-figures]\n');
        process.exit(0);
      // eslint-disable-next-line no-fallthrough
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return args;
}

async function runCase(kind: DbKind, size: number, pgUrl: string | null, args: Args, tmp: string): Promise<CaseResult> {
  const t0 = performance.now();
  const name = label({ db: kind, size });
  progress(`${name}: fresh database`);
  const database = await freshDatabase(kind, pgUrl);
  let pool: ReturnType<typeof createReadPool> | undefined;
  try {
    const { db } = database;
    const server = await serverVersion(kind, database);

    const built = buildSpec(size);
    progress(`${name}: inserting ${fmtRate(built.expectedCount)} organizations`);
    const inserted = await insertSpec(db, built.spec);
    const tree = indexTree(inserted.rows);
    const insertRate = tree.rows.length / (inserted.ms / 1000);
    progress(`${name}: insertTree ${fmtMs(inserted.ms)} ms (${fmtRate(insertRate)} orgs/s)`);
    await settle(database, ['organizations']);

    const orgs = sampleOrgs(tree);
    progress(`${name}: countSubtree over ${orgs.length} orgs`);
    const subtreeCount = await benchSubtreeCount(db, tree, orgs);
    progress(`${name}: countSubtree median ${fmtMs(subtreeCount.overall.median)} ms, p99 ${fmtMs(subtreeCount.overall.p99)} ms, root ${fmtMs(subtreeCount.root.median)} ms`);
    const listing = await benchSubtreeListing(db, tree, orgs);
    progress(`${name}: listSubtree+listChildren median ${fmtMs(listing.overall.median)} ms, p99 ${fmtMs(listing.overall.p99)} ms`);

    progress(`${name}: campaign and unit items`);
    const setup = await setupCampaign(db, tree);
    await settle(database, ['unit_items', 'campaign_actions', 'campaigns']);
    progress(`${name}: ${fmtRate(setup.items)} unit items in ${fmtMs(setup.itemsMs)} ms`);
    pool = createReadPool(database);
    const county = regularCounty(tree, built.bigCountyCode);
    const matrix = await benchMatrix(db, pool, tree, setup, county, { calls: 8, concurrency: 4 });
    progress(`${name}: matrix root median ${fmtMs(matrix.root.median)} ms, county median ${fmtMs(matrix.county.median)} ms, burst loop max ${fmtMs(matrix.burst.loopDelay.max)} ms`);

    const move = await benchMove(db, tree, built.bigCountyCode);
    progress(`${name}: move ${move.subtreeSize}-node county ${fmtMs(move.awayMs)} ms, back ${fmtMs(move.backMs)} ms`);

    progress(`${name}: query plans`);
    const villageish = tree.byDepth.get(Math.max(...tree.byDepth.keys()))![0];
    const explain = {
      'countSubtree(root)': await explainCalls(db, kind, (d) => countSubtree(d, tree.root)),
      'listSubtree(root, 100)': await explainCalls(db, kind, (d) => listSubtree(d, tree.root, { limit: 100 })),
      'listChildren(county)': await explainCalls(db, kind, (d) => listChildren(d, county)),
      'getOrg + listAncestors(leaf)': await explainCalls(db, kind, async (d) => listAncestors(d, await getOrg(d, villageish.id))),
      'progressMatrix(root)': await explainCalls(db, kind, (d) => progressMatrix(d, pool!, setup.campaign, tree.root, setup.actions)),
    };

    let http: CaseResult['http'];
    if (args.http && (kind === 'sqlite' || args.httpDb === 'all')) {
      progress(`${name}: HTTP`);
      http = await benchHttp({ db, dbKind: kind, pool }, tree, setup.campaign.id, { connections: args.connections, durationSec: args.httpDuration, withMatrix: true });
    }
    const storage = await storageSizes(db, kind);

    const imports = [];
    if (size <= args.importMax) {
      progress(`${name}: import csv of ${fmtRate(size)}-ish rows`);
      imports.push(await benchImport(db, tmp, size, 'csv', 2));
      progress(`${name}: csv import ${fmtRate(imports[0].rowsPerSec)} rows/s (parse ${fmtMs(imports[0].parseMs)}, plan ${fmtMs(imports[0].planMs)}, apply ${fmtMs(imports[0].applyMs)} ms)`);
    }
    if (args.xlsx && size <= 50_000 && size <= args.importMax) {
      progress(`${name}: import xlsx`);
      const x = await benchImport(db, tmp, size, 'xlsx', 3);
      imports.push(x);
      progress(`${name}: xlsx import ${fmtRate(x.rowsPerSec)} rows/s (parse ${fmtMs(x.parseMs)}, plan ${fmtMs(x.planMs)}, apply ${fmtMs(x.applyMs)} ms)`);
    }

    return {
      db: kind, size, server, orgs: tree.rows.length, generateMs: built.generateMs, insertMs: inserted.ms, insertRate,
      subtreeCount, listing,
      campaign: { items: setup.items, itemsMs: setup.itemsMs, itemsRate: setup.items / (setup.itemsMs / 1000), createMs: setup.createMs },
      matrix, move, http, imports, storage, explain, wallMs: performance.now() - t0,
    };
  } finally {
    await pool?.close().catch(() => {});
    await database.drop().catch((err) => progress(`${name}: could not drop ${database.label}: ${(err as Error).message}`));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = new Date().toISOString();
  const loadStart = os.loadavg();
  const notes: string[] = [];
  const kinds: DbKind[] = [];
  if (args.db !== 'postgres') kinds.push('sqlite');
  let pgUrl: string | null = null;
  if (args.db !== 'sqlite') {
    const resolved = await resolvePostgresUrl();
    pgUrl = resolved.url;
    if (pgUrl) kinds.push('postgres');
    notes.push(pgUrl ? `PostgreSQL: ${redact(pgUrl)} (${resolved.reason}), a fresh schema per case, VACUUM ANALYZE after bulk loads` : `PostgreSQL skipped: ${resolved.reason}`);
    if (!pgUrl && args.db === 'postgres') throw new Error('PostgreSQL requested but not available');
  }
  notes.push('SQLite: a fresh WAL file per case, opened by openDatabase (synchronous=FULL), no ANALYZE (as the app runs it)');
  notes.push('Tree: generatedProvince(size) with one county grown to ~1,000 orgs; import files are a second province (new region) in the same database');
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (execSync('git status --porcelain src', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()) commit += ' (src modified)';
  } catch {
    /* not a git checkout */
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'massline-bench-files-'));
  const cases: CaseResult[] = [];
  try {
    for (const kind of kinds) {
      for (const size of args.sizes) cases.push(await runCase(kind, size, pgUrl, args, tmp));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  let intake = '';
  if (args.http && args.intake) {
    progress('intake: portal form, gateway webhook and opinion import');
    intake = await benchIntake({ durationSec: Math.min(args.httpDuration, 8), importRows: args.intakeImportRows });
  }

  let triage = '';
  if (args.triage) {
    progress(`triage: the first pass over ${args.triageCount.toLocaleString('en')} generated opinions (one core)`);
    triage = `\n${triageLines(await runTriageBench(args.triageCount, 10_000)).join('\n')}\n`;
    // The same with the preparers a backlog run starts (one per core beyond the first).
    const preparers = defaultPreparers();
    if (preparers > 0) {
      progress(`triage: the same with ${preparers} preparer process${preparers > 1 ? 'es' : ''} beside it`);
      triage += `${triageLines(await runTriageBench(args.triageCount, 10_000, preparers)).join('\n')}\n`;
    }
    progress('triage: duplicates at a campaign\'s scale (the labelled sets as one campaign)');
    triage += `${[...duplicatesAtScaleLines(duplicatesAtScale()), ...duplicatesAtScaleLines(duplicatesAtScale(true))].join('\n')}\n`;
  }
  let extract = '';
  if (args.extract) {
    progress('extract: statistics from narrative reports');
    extract = `\n${(await benchExtract()).join('\n')}\n`;
  }

  let rectify = '';
  if (args.rectify) {
    for (const kind of kinds) {
      progress(`rectify on ${kind}: 10,000 organizations, 100,000 measures`);
      rectify += `\n${(await benchRectify({ db: kind, orgs: 10_000, measures: 100_000, durationSec: Math.min(args.httpDuration, 8) })).join('\n')}\n`;
    }
  }

  let figures = '';
  if (args.figures) {
    for (const kind of kinds) {
      for (const orgs of args.sizes) {
        progress(`figures on ${kind}: dashboard roll-ups at ${orgs.toLocaleString('en')} organizations`);
        figures += `\n${(await benchFigures({ db: kind, pgUrl: pgUrl ?? undefined, orgs })).join('\n')}\n`;
      }
    }
  }

  const meta = { started, node: process.version, cpus: os.cpus().length, commit, notes, loadAvg: { start: loadStart, end: os.loadavg() } };
  const report = renderReport(cases, meta) + intake + triage + extract + rectify + figures;
  process.stdout.write(report + '\n');

  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify({ meta: { ...meta, args, finished: new Date().toISOString() }, misses: findMisses(cases), cases: jsonSafe(cases) }, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'latest.txt'), report + '\n');
  progress(`wrote ${path.relative(process.cwd(), path.join(dir, 'latest.json'))}`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
