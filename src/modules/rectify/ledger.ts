import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { subtreeEnd } from '../authz/policy.js';
import type { Actor } from '../authz/roles.js';
import { MEASURE_STATUS_LABELS, satisfactionRate, SOURCE_LABELS, WIND_LABELS, type MeasureStatus, type Source, type Wind } from './model.js';
import { visibleMeasures } from './queries.js';

// The rectification ledger (整改台账): one row per measure, in the columns offices keep, as a
// streamed xlsx. Rows are read a page at a time in the index's order (unit, problem, position)
// and written through exceljs's WorkbookWriter as they come, waiting whenever the receiver is
// slower, so 100,000 rows cost about as much memory as one page.

const COLUMNS: { header: string; width: number; wrap?: boolean }[] = [
  { header: '序号', width: 7 },
  { header: '单位', width: 18 },
  { header: '问题来源', width: 10 },
  { header: '问题表现(四风)', width: 12 },
  { header: '问题描述', width: 40, wrap: true },
  { header: '立行立改', width: 9 },
  { header: '整改措施', width: 40, wrap: true },
  { header: '责任单位', width: 18 },
  { header: '责任人', width: 10 },
  { header: '开始时间', width: 12 },
  { header: '完成时限', width: 12 },
  { header: '进展情况', width: 36, wrap: true },
  { header: '状态', width: 10 },
  { header: '是否销号', width: 9 },
  { header: '销号时间', width: 12 },
  { header: '群众满意度', width: 16 },
];

export interface LedgerScope {
  regionId: string;
  campaignId: string;
  orgPath: string;
  /** Whose reach limits the rows; null for every row (the benchmark, system jobs). */
  actor: Actor | null;
  title: string;
}

const PAGE = 2000;

/** Writes the ledger as xlsx into `out` (ended when done); returns the number of measures. */
export async function writeLedger(db: Kysely<Database>, out: Writable, scope: LedgerScope): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Massline';
  const ws = wb.addWorksheet('整改台账', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  // Only the long text columns carry a style (wrapped): every styled cell costs exceljs a style
  // look-up, which halves the rate at 100,000 rows.
  ws.columns = COLUMNS.map((c) => ({ width: c.width, ...(c.wrap ? { style: { alignment: { vertical: 'top', wrapText: true } } } : {}) }));
  const title = ws.addRow([scope.title]);
  title.height = 28;
  title.getCell(1).font = { name: '黑体', size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  title.commit();
  const header = ws.addRow(COLUMNS.map((c) => c.header));
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();

  let n = 0;
  let after: [string, string, number, string] | null = null;
  for (;;) {
    const rows = await page(db, scope, after);
    for (const r of rows) {
      const tally = { satisfied: Number(r.satisfied ?? 0), basically: Number(r.basically ?? 0), dissatisfied: Number(r.dissatisfied ?? 0) };
      const rate = satisfactionRate(tally);
      const total = tally.satisfied + tally.basically + tally.dissatisfied;
      ws.addRow([
        ++n, r.unit_name, SOURCE_LABELS[r.source as Source] ?? r.source, WIND_LABELS[r.wind as Wind] ?? r.wind, r.description, r.immediate ? '是' : '否', r.text,
        r.owner_unit_name, r.owner_name, r.starts_on, r.due_on, r.last_progress ? `${r.last_progress_on ?? ''} ${r.last_progress}`.trim() : '',
        MEASURE_STATUS_LABELS[r.status as MeasureStatus] ?? r.status, r.status === 'verified' ? '是' : '否', r.verified_on ?? '',
        rate === null ? '' : `${rate}%（${total}人评价）`,
      ]).commit();
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = [last.org_path, last.problem_id, last.position, last.id];
    // Let the zip stream catch up before reading the next page: with the receiver ...
    if (out.writableNeedDrain) await once(out, 'drain');
    // ... and inside exceljs, whose sheet stream writes to the zip without waiting for it: rows
    // pile up in front of the compressor unless we wait here (~0.8 KB a row otherwise).
    while (zipBacklog(ws) > 1 << 20) await new Promise((r) => setTimeout(r, 2));
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** Bytes waiting in front of the zip compressor for the sheet (exceljs internals; 0 if they change). */
function zipBacklog(ws: ExcelJS.Worksheet): number {
  const sink = (ws as unknown as { _stream?: { pipes?: { _readableState?: { length: number }; _writableState?: { length: number } }[] } })._stream?.pipes?.[0];
  return (sink?._readableState?.length ?? 0) + (sink?._writableState?.length ?? 0);
}

function page(db: Kysely<Database>, scope: LedgerScope, after: [string, string, number, string] | null) {
  let q = db.selectFrom('rectify_measures')
    .innerJoin('rectify_problems as p', (j) => j.onRef('p.region_id', '=', 'rectify_measures.region_id').onRef('p.id', '=', 'rectify_measures.problem_id'))
    .innerJoin('organizations as u', (j) => j.onRef('u.region_id', '=', 'rectify_measures.region_id').onRef('u.id', '=', 'rectify_measures.org_id'))
    .innerJoin('organizations as o', (j) => j.onRef('o.region_id', '=', 'rectify_measures.region_id').onRef('o.id', '=', 'rectify_measures.owner_org_id'))
    .leftJoin('rectify_rating_tallies as t', (j) => j.onRef('t.region_id', '=', 'rectify_measures.region_id').onRef('t.measure_id', '=', 'rectify_measures.id').onRef('t.round', '=', 'rectify_measures.rating_round'))
    .select([
      'rectify_measures.id', 'rectify_measures.org_path', 'rectify_measures.problem_id', 'rectify_measures.position', 'rectify_measures.text', 'rectify_measures.owner_name',
      'rectify_measures.starts_on', 'rectify_measures.due_on', 'rectify_measures.status', 'rectify_measures.last_progress', 'rectify_measures.last_progress_on', 'rectify_measures.verified_on',
      'p.source', 'p.wind', 'p.description', 'p.immediate', 'u.name as unit_name', 'o.name as owner_unit_name', 't.satisfied', 't.basically', 't.dissatisfied',
    ])
    .where('rectify_measures.region_id', '=', scope.regionId).where('rectify_measures.campaign_id', '=', scope.campaignId)
    .where('rectify_measures.org_path', '<', subtreeEnd(scope.orgPath));
  if (scope.actor) {
    const actor = scope.actor;
    q = q.where((eb) => visibleMeasures(eb, actor));
  }
  // The next page starts after the last row: as the index's lower bound (a row value), so each
  // page is a seek, not a scan from the start of the subtree.
  if (after) q = q.where(sql<boolean>`(rectify_measures.org_path, rectify_measures.problem_id, rectify_measures.position, rectify_measures.id) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]})`);
  else q = q.where('rectify_measures.org_path', '>=', scope.orgPath);
  return q.orderBy('rectify_measures.org_path').orderBy('rectify_measures.problem_id').orderBy('rectify_measures.position').orderBy('rectify_measures.id').limit(PAGE).execute();
}
