import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { headerIndex, readTable } from '../../shared/tables.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { translate, type Locale, type MessageCode } from '../../shared/i18n/messages.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { newOrgRow } from './commands.js';
import { bumpTreeVersion } from './tree-cache.js';
import { ORG_TYPE_LABELS, parseOrgType, type Level, type OrgType } from './model.js';
import type { OrgRow } from './queries.js';

// Bulk import of organizations from xlsx or csv: code, name, parent code, type (+ optional
// aliases and order). Every row is validated against the file and the database first;
// if any row is wrong nothing is written and every bad row is reported. Rows may come in
// any order: parents are placed before children before writing.

export const IMPORT_MAX_ROWS = 300_000;
export const IMPORT_COLUMNS = ['编码', '名称', '上级编码', '类型', '别名', '排序'] as const;

const HEADER_ALIASES: Record<string, Exclude<keyof RawRow, 'row'>> = {
  编码: 'code', 组织编码: 'code', code: 'code',
  名称: 'name', 组织名称: 'name', name: 'name',
  上级编码: 'parentCode', 上级组织编码: 'parentCode', parent_code: 'parentCode', parentcode: 'parentCode', 'parent code': 'parentCode',
  类型: 'type', 组织类型: 'type', type: 'type',
  别名: 'aliases', aliases: 'aliases',
  排序: 'sortOrder', order: 'sortOrder', sort_order: 'sortOrder',
};

export interface RawRow {
  row: number; // the row number as the user sees it in the file (header is row 1)
  code: string;
  name: string;
  parentCode: string;
  type: string;
  aliases: string;
  sortOrder: string;
}

export interface RowError {
  row: number;
  field: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

export async function readImportFile(fileName: string, data: Buffer): Promise<RawRow[]> {
  const table = await readTable(fileName, data);
  const index = headerIndex(table[0] ?? [], HEADER_ALIASES);
  const missing = (['code', 'name', 'parentCode', 'type'] as const).filter((k) => index[k] === undefined);
  if (missing.length) {
    const names = { code: '编码', name: '名称', parentCode: '上级编码', type: '类型' };
    throw badRequest('import.bad_header', { columns: missing.map((m) => names[m]).join('、') });
  }
  const rows: RawRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    const get = (k: Exclude<keyof RawRow, 'row'>) => (index[k] === undefined ? '' : String(cells[index[k]!] ?? '').trim());
    const raw: RawRow = { row: i + 1, code: get('code'), name: get('name'), parentCode: get('parentCode'), type: get('type'), aliases: get('aliases'), sortOrder: get('sortOrder') };
    if (!raw.code && !raw.name && !raw.parentCode && !raw.type) continue; // blank line
    rows.push(raw);
  }
  if (rows.length === 0) throw badRequest('import.empty');
  if (rows.length > IMPORT_MAX_ROWS) throw badRequest('import.too_many_rows', { limit: IMPORT_MAX_ROWS });
  return rows;
}


const FIELD_NAMES_EN: Record<string, string> = { 编码: 'code', 名称: 'name', 上级编码: 'parent code', 类型: 'type', 排序: 'order', 别名: 'aliases' };

/** A row error in the reader's language (field names are the Chinese column headers). */
export function describeRowError(e: RowError, locale: Locale): { row: number; field: string; message: string } {
  const field = locale === 'en' ? FIELD_NAMES_EN[e.field] ?? e.field : e.field;
  const params = locale === 'en' && typeof e.params.field === 'string' ? { ...e.params, field: FIELD_NAMES_EN[e.params.field] ?? e.params.field } : e.params;
  return { row: e.row, field, message: translate(e.code, locale, params) };
}

export interface ImportPlan {
  /** Rows to insert, parents first. */
  rows: OrgRow[];
  errors: RowError[];
}

/**
 * Validates every row and builds the rows to insert. `mayImportUnder` says whether the caller
 * may create children of an existing organization (its path); `mayCreateRoots` whether an empty
 * parent code (a new region) is allowed.
 */
export async function planImport(
  db: Kysely<Database>,
  raw: RawRow[],
  access: { mayImportUnder: (path: string) => boolean; mayCreateRoots: boolean },
): Promise<ImportPlan> {
  const errors: RowError[] = [];
  const badRows = new Set<number>();
  const err = (row: number, field: string, code: MessageCode, params: Record<string, unknown> = {}) => {
    badRows.add(row);
    errors.push({ row, field, code, params: { row, ...params } });
  };
  const byCode = new Map<string, RawRow>();
  const types = new Map<RawRow, OrgType>();

  for (const [i, r] of raw.entries()) {
    if (i % 5000 === 4999) await yieldToEventLoop();
    if (!r.code) err(r.row, '编码', 'import.row.required', { field: '编码' });
    else if (r.code.length > 64) err(r.row, '编码', 'import.row.too_long', { field: '编码', max: 64 });
    else if (!/^[A-Za-z0-9_.\-]+$/.test(r.code)) err(r.row, '编码', 'import.row.code_format', { value: r.code });
    if (!r.name) err(r.row, '名称', 'import.row.required', { field: '名称' });
    else if (r.name.length > 100) err(r.row, '名称', 'import.row.too_long', { field: '名称', max: 100 });
    const type = parseOrgType(r.type);
    if (!r.type) err(r.row, '类型', 'import.row.required', { field: '类型' });
    else if (!type) err(r.row, '类型', 'import.row.type_invalid', { value: r.type });
    else types.set(r, type);
    if (r.sortOrder && !/^-?\d{1,9}$/.test(r.sortOrder)) err(r.row, '排序', 'import.row.sort_invalid', { value: r.sortOrder });
    if (r.code) {
      const first = byCode.get(r.code);
      if (first) err(r.row, '编码', 'import.row.code_duplicate', { value: r.code, other: first.row });
      else byCode.set(r.code, r);
    }
  }

  // Which codes exist already, and the parents referenced outside the file.
  const codes = [...byCode.keys()];
  const parentCodes = [...new Set(raw.map((r) => r.parentCode).filter((c) => c && !byCode.has(c)))];
  const existing = new Map<string, OrgRow>();
  for (const chunk of chunks([...codes, ...parentCodes], 500)) {
    const found = await db.selectFrom('organizations').selectAll().where('code', 'in', chunk).execute();
    for (const o of found) existing.set(o.code, o);
  }
  for (const r of byCode.values()) {
    if (existing.has(r.code)) err(r.row, '编码', 'import.row.code_exists', { value: r.code });
  }

  // Place parents before children; detect missing parents and cycles.
  const placed = new Map<string, OrgRow>();
  const out: OrgRow[] = [];
  const at = nowIso();
  const state = new Map<string, 'visiting' | 'done' | 'failed'>();
  const place = (r: RawRow): OrgRow | null => {
    const s = state.get(r.code);
    if (s === 'done') return placed.get(r.code) ?? null;
    if (s === 'failed') return null;
    if (s === 'visiting') {
      err(r.row, '上级编码', 'import.row.parent_cycle', { value: r.parentCode });
      state.set(r.code, 'failed');
      return null;
    }
    state.set(r.code, 'visiting');
    let parent: Pick<OrgRow, 'id' | 'region_id' | 'path' | 'depth' | 'level'> | null = null;
    if (!r.parentCode) {
      if (!access.mayCreateRoots) err(r.row, '上级编码', 'import.row.root_forbidden');
    } else if (byCode.has(r.parentCode) && byCode.get(r.parentCode) !== r) {
      parent = place(byCode.get(r.parentCode)!);
      if (!parent) {
        if (state.get(r.code) !== 'failed') state.set(r.code, 'failed');
        return null;
      }
    } else if (existing.has(r.parentCode) && !byCode.has(r.parentCode)) {
      const p = existing.get(r.parentCode)!;
      if (!p.active) err(r.row, '上级编码', 'import.row.parent_inactive', { value: r.parentCode });
      else if (!access.mayImportUnder(p.path)) err(r.row, '上级编码', 'import.row.parent_forbidden', { value: r.parentCode });
      else parent = p;
    } else if (byCode.get(r.parentCode) === r) {
      err(r.row, '上级编码', 'import.row.parent_cycle', { value: r.parentCode });
    } else {
      err(r.row, '上级编码', 'import.row.parent_missing', { value: r.parentCode });
    }
    const type = types.get(r);
    if ((r.parentCode && !parent) || !type || badRows.has(r.row)) {
      state.set(r.code, 'failed');
      return null;
    }
    const aliases = r.aliases ? r.aliases.split(/[;；,，、|]/).map((a) => a.trim()).filter(Boolean) : [];
    const row = newOrgRow({ parentId: parent?.id ?? null, code: r.code, name: r.name, type, aliases, sortOrder: r.sortOrder ? Number(r.sortOrder) : 0 }, parent as OrgRow | null, at);
    state.set(r.code, 'done');
    placed.set(r.code, row);
    out.push(row);
    return row;
  };
  let placedCount = 0;
  for (const r of byCode.values()) {
    place(r);
    if (++placedCount % 5000 === 0) await yieldToEventLoop();
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows: out, errors };
}

/** Writes a validated plan in one transaction, reporting progress after each batch. */
export async function applyImport(
  db: Kysely<Database>,
  actor: AuditActor,
  plan: ImportPlan,
  meta: { fileName: string },
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  if (plan.errors.length) throw new AppError(400, 'import.rows_invalid', { count: new Set(plan.errors.map((e) => e.row)).size });
  const batch = 500;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < plan.rows.length; i += batch) {
      await trx.insertInto('organizations').values(plan.rows.slice(i, i + batch)).execute();
      onProgress?.(Math.min(i + batch, plan.rows.length), plan.rows.length);
      await yieldToEventLoop();
    }
    await bumpTreeVersion(trx);
    const regions = new Map<string, OrgRow[]>();
    for (const r of plan.rows) {
      const list = regions.get(r.region_id);
      if (list) list.push(r);
      else regions.set(r.region_id, [r]);
    }
    for (const [regionId, rows] of regions) {
      // Filed under the deepest organization that holds every imported row.
      await recordAudit(trx, actor, {
        regionId, action: 'org.import', targetType: 'organization', targetId: rows[0].id, orgPath: commonAncestorPath(rows.map((r) => r.path)),
        after: { fileName: meta.fileName, count: rows.length, codes: rows.slice(0, 1000).map((r) => r.code) },
      });
    }
  });
  return plan.rows.length;
}

/** The template offered for download: a header row and two example rows. */
export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('组织导入');
  ws.columns = IMPORT_COLUMNS.map((h) => ({ header: h, key: h, width: h === '名称' ? 30 : 16 }));
  ws.addRow(['SZ-GS', '姑苏区委', 'SZ', '党委', '姑苏区', 1]);
  ws.addRow(['SZ-GS-PJ', '平江街道党工委', 'SZ-GS', '乡镇（街道）', '平江街道', 1]);
  ws.getRow(1).font = { bold: true };
  const types = wb.addWorksheet('类型说明');
  types.addRow(['类型', '说明']);
  for (const [code, label] of Object.entries(ORG_TYPE_LABELS)) types.addRow([label, code]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function commonAncestorPath(paths: string[]): string {
  let common = paths[0].split('/').filter(Boolean).slice(0, -1);
  for (const p of paths) {
    const segs = p.split('/').filter(Boolean);
    let i = 0;
    while (i < common.length && i < segs.length - 1 && common[i] === segs[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? '/' + common.join('/') + '/' : '/';
}

/**
 * Lets other requests run between slices of a long import. better-sqlite3 is synchronous and
 * awaiting a resolved promise only drains microtasks, so without this a 200,000-row import
 * would hold the event loop for seconds.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export type { Level };
