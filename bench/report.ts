import type { DbKind } from '../src/db/database.js';
import type { PlannedQuery } from './explain.js';
import type { MoveResult, ListingResult, ReadResult } from './hierarchy.js';
import type { HttpResult } from './http.js';
import type { ImportResult } from './import.js';
import type { MatrixResult } from './matrix.js';
import { fmtMs, fmtRate, round } from './stats.js';

// The printed report: one column per (database, size), targets beside the figures, the HTTP
// runs, a list of what missed its target, and the plans of the queries concerned.

export interface CaseResult {
  db: DbKind;
  size: number;
  server: string;
  orgs: number;
  generateMs: number;
  insertMs: number;
  insertRate: number;
  subtreeCount: ReadResult;
  listing: ListingResult;
  campaign: { items: number; itemsMs: number; itemsRate: number; createMs: number };
  matrix: MatrixResult;
  move: MoveResult;
  http?: HttpResult;
  imports: ImportResult[];
  storage: Record<string, number>;
  explain: Record<string, PlannedQuery[]>;
  wallMs: number;
}

export const HTTP_RATIO_TARGET = 0.4;

export function countTargetMs(size: number): number {
  return size <= 10_000 ? 5 : 50;
}

export function label(c: Pick<CaseResult, 'db' | 'size'>): string {
  const s = c.size >= 1000 ? `${Math.round(c.size / 1000)}k` : String(c.size);
  return `${c.db === 'postgres' ? 'pg' : 'sqlite'} ${s}`;
}

function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => pad(c, widths[i], i > 0)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w, i) => (i > 0 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|', ...rows.map(line)].join('\n');
}

// CJK characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export interface Miss {
  case: string;
  what: string;
  measured: string;
  target: string;
}

export function findMisses(cases: CaseResult[]): Miss[] {
  const misses: Miss[] = [];
  for (const c of cases) {
    const t = countTargetMs(c.size);
    for (const [stat, v] of [['median', c.subtreeCount.overall.median], ['p99', c.subtreeCount.overall.p99]] as const) {
      if (v > t) misses.push({ case: label(c), what: `countSubtree ${stat}`, measured: `${fmtMs(v)} ms`, target: `≤ ${t} ms` });
    }
    if (c.subtreeCount.root.median > t) misses.push({ case: label(c), what: 'countSubtree at the root', measured: `${fmtMs(c.subtreeCount.root.median)} ms`, target: `≤ ${t} ms` });
    for (const n of ['children', 'detail'] as const) {
      const r = c.http?.ratios[`${n}/empty`];
      if (r !== undefined && r < HTTP_RATIO_TARGET) {
        misses.push({ case: label(c), what: `HTTP ${n} / empty route`, measured: `${(r * 100).toFixed(1)} %`, target: `≥ ${HTTP_RATIO_TARGET * 100} %` });
      }
    }
  }
  return misses;
}

export function renderReport(cases: CaseResult[], meta: { started: string; node: string; cpus: number; commit: string; notes: string[]; loadAvg: { start: number[]; end: number[] } }): string {
  const out: string[] = [];
  out.push(`Massline benchmark — ${meta.started} — node ${meta.node}, ${meta.cpus} CPUs, commit ${meta.commit}`);
  out.push(`  machine load average (1/5/15 min) at start ${meta.loadAvg.start.map((v) => v.toFixed(2)).join('/')}, at end ${meta.loadAvg.end.map((v) => v.toFixed(2)).join('/')}`);
  for (const n of meta.notes) out.push(`  ${n}`);
  out.push('');

  const header = ['metric', 'target', ...cases.map(label)];
  const row = (metric: string, target: string, f: (c: CaseResult) => string) => [metric, target, ...cases.map(f)];
  const ms2 = (a: number, b: number) => `${fmtMs(a)} / ${fmtMs(b)}`;
  const imp = (c: CaseResult, fmt: 'csv' | 'xlsx') => {
    const r = c.imports.find((i) => i.format === fmt);
    return r ? `${fmtRate(r.rowsPerSec)}` : '—';
  };
  const impPhases = (c: CaseResult, fmt: 'csv' | 'xlsx') => {
    const r = c.imports.find((i) => i.format === fmt);
    return r ? `${fmtMs(r.parseMs)}/${fmtMs(r.planMs)}/${fmtMs(r.applyMs)}` : '—';
  };
  const countCell = (c: CaseResult, v: number) => `${fmtMs(v)} ${mark(v <= countTargetMs(c.size))}`;
  const rows: string[][] = [
    row('server', '', (c) => c.server),
    row('organizations (actual)', '', (c) => fmtRate(c.orgs)),
    row('generatedProvince spec (ms)', '', (c) => fmtMs(c.generateMs)),
    row('insertTree (orgs/s)', '', (c) => fmtRate(c.insertRate)),
    row('generate+insert (orgs/s)', '', (c) => fmtRate(c.orgs / ((c.generateMs + c.insertMs) / 1000))),
    row('import csv parse+plan+apply (rows/s)', '', (c) => imp(c, 'csv')),
    row('  csv parse / plan / apply (ms)', '', (c) => impPhases(c, 'csv')),
    row('  csv import: longest loop stall (ms)', '', (c) => fmtMs(c.imports.find((i) => i.format === 'csv')?.loopDelay.longestStallMs)),
    row('import xlsx parse+plan+apply (rows/s)', '', (c) => imp(c, 'xlsx')),
    row('  xlsx parse / plan / apply (ms)', '', (c) => impPhases(c, 'xlsx')),
    row('countSubtree median (ms), 200 orgs', '≤5 @10k, ≤50 @200k', (c) => countCell(c, c.subtreeCount.overall.median)),
    row('countSubtree p99 (ms)', '≤5 @10k, ≤50 @200k', (c) => countCell(c, c.subtreeCount.overall.p99)),
    row('countSubtree at root, median (ms)', '≤5 @10k, ≤50 @200k', (c) => countCell(c, c.subtreeCount.root.median)),
    row('listSubtree(100)+listChildren median / p99', '', (c) => ms2(c.listing.overall.median, c.listing.overall.p99)),
    row('  listSubtree(100) median / p99 (ms)', '', (c) => ms2(c.listing.listSubtree.median, c.listing.listSubtree.p99)),
    row('  listChildren median / p99 (ms)', '', (c) => ms2(c.listing.listChildren.median, c.listing.listChildren.p99)),
    row('moveOrg county: subtree size', '~1,000', (c) => fmtRate(c.move.subtreeSize)),
    row('  move away / back (ms)', '', (c) => ms2(c.move.awayMs, c.move.backMs)),
    row('  unit_items rewritten by the move', '', (c) => fmtRate(c.move.unitItemsInSubtree)),
    row('unit_items inserted (rows, rows/s)', '', (c) => `${fmtRate(c.campaign.items)}, ${fmtRate(c.campaign.itemsRate)}/s`),
    row('progressMatrix root median / p99 (ms)', '', (c) => `${ms2(c.matrix.root.median, c.matrix.root.p99)} n=${c.matrix.root.n}`),
    row('progressMatrix county median / p99 (ms)', '', (c) => `${ms2(c.matrix.county.median, c.matrix.county.p99)} n=${c.matrix.county.n}`),
    row('  county subtree (units)', '', (c) => fmtRate(c.matrix.county.units)),
    row('matrix-root burst: calls×conc, wall (ms)', '', (c) => `${c.matrix.burst.calls}×${c.matrix.burst.concurrency}, ${fmtMs(c.matrix.burst.wallMs)}`),
    row('  burst loop delay p50/p99/max (ms)', '', (c) => `${fmtMs(c.matrix.burst.loopDelay.p50)}/${fmtMs(c.matrix.burst.loopDelay.p99)}/${fmtMs(c.matrix.burst.loopDelay.max)}`),
    row('case wall time (s)', '', (c) => (c.wallMs / 1000).toFixed(0)),
  ];
  out.push(table(header, rows));

  for (const c of cases.filter((x) => x.http)) {
    const h = c.http!;
    const empty = h.runs.find((r) => r.name === 'empty')?.requestsPerSec ?? Number.NaN;
    out.push('');
    out.push(`HTTP — ${label(c)} (${h.connections} connections, ${h.durationSec} s per route, autocannon in a child process; loop delay = this server process)`);
    out.push(table(
      ['route', 'req/s', 'vs empty', 'target', 'lat p50', 'lat p99', 'non-2xx/err/timeout', 'loop p50/p99/max ms'],
      h.runs.map((r) => {
        const ratio = r.requestsPerSec / empty;
        const targeted = r.name === 'children' || r.name === 'detail';
        return [
          r.route, fmtRate(r.requestsPerSec), `${(ratio * 100).toFixed(1)}%`,
          targeted ? `≥40% ${mark(ratio >= HTTP_RATIO_TARGET)}` : '', `${r.latency.p50} ms`, `${r.latency.p99} ms`, `${r.non2xx}/${r.errors}/${r.timeouts}`,
          `${fmtMs(r.loopDelay.p50)}/${fmtMs(r.loopDelay.p99)}/${fmtMs(r.loopDelay.max)}`,
        ];
      }),
    ));
  }

  for (const c of cases.filter((x) => x.http?.profiles.length)) {
    out.push('');
    out.push(`Route profile — ${label(c)} (app.inject, one call at a time, no network; queries of one call, timed through Kysely from build to result — queries a route starts together with Promise.all overlap, and on SQLite run one after another, so a later one includes the wait)`);
    out.push(table(
      ['route', 'median / p99 ms', 'queries', 'query ms', 'slowest query (ms)'],
      c.http!.profiles.map((p) => [
        p.name, `${fmtMs(p.inject.median)} / ${fmtMs(p.inject.p99)}`, String(p.queries) + (p.viaReadPool.length ? ` +${p.viaReadPool.length} pool` : ''), fmtMs(p.queryMs),
        p.slowest[0] ? `${fmtMs(p.slowest[0].ms)}: ${p.slowest[0].sql.slice(0, 90)}` : '',
      ]),
    ));
  }

  const misses = findMisses(cases);
  out.push('');
  out.push(misses.length ? 'Missed targets:' : 'All targets met.');
  for (const m of misses) out.push(`  ✗ ${m.case}: ${m.what} = ${m.measured} (target ${m.target})`);

  // Plans of the queries behind the figures, for the largest size of each database.
  const largest = new Map<DbKind, CaseResult>();
  for (const c of cases) if (!largest.has(c.db) || largest.get(c.db)!.size < c.size) largest.set(c.db, c);
  for (const c of largest.values()) {
    out.push('');
    out.push(`Query plans — ${label(c)}`);
    for (const [name, queries] of Object.entries(c.explain)) {
      for (const q of queries) {
        out.push(`  ${name}: ${q.sql.length > 220 ? q.sql.slice(0, 217) + '…' : q.sql}`);
        for (const p of compactPlan(q.plan)) out.push(`      ${p}`);
      }
    }
  }
  return out.join('\n');
}

/** PostgreSQL's EXPLAIN ANALYZE without the bookkeeping lines (they stay in latest.json). */
function compactPlan(lines: string[]): string[] {
  return lines
    .filter((l) => !/^\s*(Buffers:|Planning:|Planning Time:|Batches:|Heap Fetches:|Sort Method:|Buckets:|Worker|Memory Usage)/.test(l))
    .map((l) => (l.length > 170 ? l.slice(0, 167) + '…' : l));
}

export function jsonSafe(cases: CaseResult[]): unknown {
  return JSON.parse(JSON.stringify(cases, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? round(v, 3) : v)));
}
