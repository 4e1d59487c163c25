import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { nowIso } from '../../shared/clock.js';
import { readTable } from '../../shared/tables.js';
import { AppError, badRequest } from '../../shared/errors.js';
import { taiwanScript } from '../../shared/i18n/taiwan.js';
import type { Locale, LocalizedText, MessageCode } from '../../shared/i18n/messages.js';
import { describeRowError, ImportHeader, nameIn, type RowError } from '../../shared/import-headers.js';
import { recordAudit, type AuditActor } from '../audit/trail.js';
import { newOrgRow } from './commands.js';
import { bumpTreeVersion } from './tree-cache.js';
import { ORG_TYPE_LABELS, ORG_TYPE_LABELS_EN, ORG_TYPES, parseOrgType, type Level, type OrgType } from './model.js';
import type { OrgRow } from './queries.js';

// Bulk import of organizations from xlsx or csv: code, name, parent code, type (+ optional
// aliases and order). Every row is validated against the file and the database first;
// if any row is wrong nothing is written and every bad row is reported. Rows may come in
// any order: parents are placed before children before writing.

export const IMPORT_MAX_ROWS = 300_000;
type Column = Exclude<keyof RawRow, 'row'>;

/** The columns, named in the three languages; a header in any of them (Traditional too, any case or width) is read. */
const HEADER = new ImportHeader<Column>([
  { key: 'code', names: { 'zh-CN': '编码', en: 'code' }, aliases: ['组织编码', 'organization code', 'org code'], required: true },
  { key: 'name', names: { 'zh-CN': '名称', en: 'name' }, aliases: ['组织名称', 'organization name', 'org name'], required: true },
  { key: 'parentCode', names: { 'zh-CN': '上级编码', en: 'parent code' }, aliases: ['上级组织编码', 'parent', 'parent organization code'], required: true },
  { key: 'type', names: { 'zh-CN': '类型', en: 'type' }, aliases: ['组织类型', 'organization type', 'org type'], required: true },
  { key: 'aliases', names: { 'zh-CN': '别名', en: 'aliases' }, aliases: ['alias'] },
  { key: 'sortOrder', names: { 'zh-CN': '排序', en: 'order' }, aliases: ['sort order', 'sort'] },
]);
const col = (k: Column): LocalizedText => HEADER.label(k);

/** The template's header in zh-CN (the header in each language: importTemplate). */
export const IMPORT_COLUMNS = HEADER.headerIn('zh-CN');

export interface RawRow {
  row: number; // the row number as the user sees it in the file (header is row 1)
  code: string;
  name: string;
  parentCode: string;
  type: string;
  aliases: string;
  sortOrder: string;
}

export type { RowError };
export { describeRowError };

export async function readImportFile(fileName: string, data: Buffer): Promise<RawRow[]> {
  const table = await readTable(fileName, data);
  const index = HEADER.read(table[0] ?? []);
  const rows: RawRow[] = [];
  for (let i = 1; i < table.length; i++) {
    const cells = table[i] ?? [];
    const get = (k: Column) => (index[k] === undefined ? '' : String(cells[index[k]!] ?? '').trim());
    const raw: RawRow = { row: i + 1, code: get('code'), name: get('name'), parentCode: get('parentCode'), type: get('type'), aliases: get('aliases'), sortOrder: get('sortOrder') };
    if (!raw.code && !raw.name && !raw.parentCode && !raw.type) continue; // blank line
    rows.push(raw);
  }
  if (rows.length === 0) throw badRequest('import.empty');
  if (rows.length > IMPORT_MAX_ROWS) throw badRequest('import.too_many_rows', { limit: IMPORT_MAX_ROWS });
  return rows;
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
  const err = (row: number, field: LocalizedText, code: MessageCode, params: Record<string, unknown> = {}) => {
    badRows.add(row);
    errors.push({ row, field, code, params: { row, ...params } });
  };
  const byCode = new Map<string, RawRow>();
  const types = new Map<RawRow, OrgType>();

  for (const [i, r] of raw.entries()) {
    if (i % 5000 === 4999) await yieldToEventLoop();
    if (!r.code) err(r.row, col('code'), 'import.row.required', { field: col('code') });
    else if (r.code.length > 64) err(r.row, col('code'), 'import.row.too_long', { field: col('code'), max: 64 });
    else if (!/^[A-Za-z0-9_.\-]+$/.test(r.code)) err(r.row, col('code'), 'import.row.code_format', { value: r.code });
    if (!r.name) err(r.row, col('name'), 'import.row.required', { field: col('name') });
    else if (r.name.length > 100) err(r.row, col('name'), 'import.row.too_long', { field: col('name'), max: 100 });
    const type = parseOrgType(r.type);
    if (!r.type) err(r.row, col('type'), 'import.row.required', { field: col('type') });
    else if (!type) err(r.row, col('type'), 'import.row.type_invalid', { value: r.type });
    else types.set(r, type);
    if (r.sortOrder && !/^-?\d{1,9}$/.test(r.sortOrder)) err(r.row, col('sortOrder'), 'import.row.sort_invalid', { value: r.sortOrder });
    if (r.code) {
      const first = byCode.get(r.code);
      if (first) err(r.row, col('code'), 'import.row.code_duplicate', { value: r.code, other: first.row });
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
    if (existing.has(r.code)) err(r.row, col('code'), 'import.row.code_exists', { value: r.code });
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
      err(r.row, col('parentCode'), 'import.row.parent_cycle', { value: r.parentCode });
      state.set(r.code, 'failed');
      return null;
    }
    state.set(r.code, 'visiting');
    let parent: Pick<OrgRow, 'id' | 'region_id' | 'path' | 'depth' | 'level'> | null = null;
    if (!r.parentCode) {
      if (!access.mayCreateRoots) err(r.row, col('parentCode'), 'import.row.root_forbidden');
    } else if (byCode.has(r.parentCode) && byCode.get(r.parentCode) !== r) {
      parent = place(byCode.get(r.parentCode)!);
      if (!parent) {
        if (state.get(r.code) !== 'failed') state.set(r.code, 'failed');
        return null;
      }
    } else if (existing.has(r.parentCode) && !byCode.has(r.parentCode)) {
      const p = existing.get(r.parentCode)!;
      if (!p.active) err(r.row, col('parentCode'), 'import.row.parent_inactive', { value: r.parentCode });
      else if (!access.mayImportUnder(p.path)) err(r.row, col('parentCode'), 'import.row.parent_forbidden', { value: r.parentCode });
      else parent = p;
    } else if (byCode.get(r.parentCode) === r) {
      err(r.row, col('parentCode'), 'import.row.parent_cycle', { value: r.parentCode });
    } else {
      err(r.row, col('parentCode'), 'import.row.parent_missing', { value: r.parentCode });
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

/**
 * The template offered for download, in the reader's language: a header row and two example rows
 * (headers and types in Traditional for zh-TW, in English for en; each reads back as it is).
 */
export async function importTemplate(locale: Locale = 'zh-CN'): Promise<Buffer> {
  const typeName = (t: OrgType) => nameIn({ 'zh-CN': ORG_TYPE_LABELS[t], en: ORG_TYPE_LABELS_EN[t] }, locale);
  const text = (zh: string) => (locale === 'zh-TW' ? taiwanScript(zh) : zh); // example names: Chinese, in the reader's script
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(nameIn(TEMPLATE_WORDS.sheet, locale));
  const header = HEADER.headerIn(locale);
  ws.columns = header.map((h, i) => ({ header: h, key: HEADER.columns[i].key, width: HEADER.columns[i].key === 'name' ? 30 : 16 }));
  ws.addRow(['SZ-GS', text('姑苏区委'), 'SZ', typeName('party_committee'), text('姑苏区'), 1]);
  ws.addRow(['SZ-GS-PJ', text('平江街道党工委'), 'SZ-GS', typeName('township'), text('平江街道'), 1]);
  ws.getRow(1).font = { bold: true };
  const types = wb.addWorksheet(nameIn(TEMPLATE_WORDS.typesSheet, locale));
  types.addRow([nameIn(col('type'), locale), nameIn(TEMPLATE_WORDS.code, locale)]);
  for (const t of ORG_TYPES) types.addRow([typeName(t), t]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const TEMPLATE_WORDS = {
  sheet: { 'zh-CN': '组织导入', en: 'Organizations' },
  typesSheet: { 'zh-CN': '类型说明', en: 'Types' },
  code: { 'zh-CN': '说明', en: 'Code' },
} satisfies Record<string, LocalizedText>;

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
