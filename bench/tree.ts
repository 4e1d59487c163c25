import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { countTree, generatedProvince, type TreeSpec } from '../src/demo/city.js';
import { insertTree } from '../src/demo/seed.js';
import { IMPORT_COLUMNS } from '../src/modules/organizations/import.js';
import { ORG_TYPE_LABELS, type OrgType } from '../src/modules/organizations/model.js';
import type { OrgRow } from '../src/modules/organizations/queries.js';
import { timed } from './stats.js';

// The benchmark hierarchy: generatedProvince(size) from the demo generator, with one county
// grown to about 1,000 organizations (real counties reach that size; the generator's are
// about 240) so that moving a county-sized subtree can be measured.

export const BIG_COUNTY_TARGET = 1000;

export interface BuiltTree {
  spec: TreeSpec;
  generateMs: number;
  /** Code of the enlarged county. */
  bigCountyCode: string;
  expectedCount: number;
}

export function buildSpec(size: number, seed = 1): BuiltTree {
  const t0 = performance.now();
  const spec = generatedProvince(size, seed);
  const generateMs = performance.now() - t0;
  const firstCity = spec.children?.[0];
  const county = firstCity?.children?.find((c) => c.type === 'party_committee');
  if (!county) throw new Error('generatedProvince produced no county to enlarge');
  growCounty(county, BIG_COUNTY_TARGET);
  return { spec, generateMs, bigCountyCode: county.code, expectedCount: countTree(spec) };
}

/** Adds townships of 18 villages and 3 other units until the county is about `target` nodes. */
function growCounty(county: TreeSpec, target: number): void {
  const children = (county.children ??= []);
  let n = children.filter((c) => c.type === 'township').length;
  const townshipSize = 1 + 18 + 3;
  while (countTree(county) + townshipSize / 2 < target) {
    n++;
    const code = `${county.code}-T${String(n).padStart(2, '0')}`;
    const name = `扩展${n}镇`;
    const kids: TreeSpec[] = [];
    for (let v = 1; v <= 18; v++) kids.push({ code: `${code}-${String(v).padStart(3, '0')}`, name: `${name}第${v}村`, type: 'village', order: v });
    kids.push({ code: `${code}-B1`, name: `${name}机关党支部`, type: 'party_branch', order: 100 });
    kids.push({ code: `${code}-E2`, name: `${name}第二实业有限公司党支部`, type: 'enterprise', order: 101 });
    kids.push({ code: `${code}-S3`, name: `${name}商会党支部`, type: 'social_organization', order: 102 });
    children.push({ code, name, type: 'township', aliases: [`${name}党委`], order: 100 + n, children: kids });
  }
}

export async function insertSpec(db: Kysely<Database>, spec: TreeSpec): Promise<{ ms: number; rows: OrgRow[] }> {
  const { ms, value } = await timed(() => insertTree(db, spec));
  return { ms, rows: value };
}

// ---- import files -----------------------------------------------------------------------

export interface ImportRow {
  code: string;
  name: string;
  parentCode: string;
  type: string;
  aliases: string;
  order: string;
}

/** The tree as the rows of an import file, parents first (the order an export would have). */
export function importRows(spec: TreeSpec): ImportRow[] {
  const out: ImportRow[] = [];
  const walk = (node: TreeSpec, parentCode: string) => {
    out.push({
      code: node.code,
      name: node.name,
      parentCode,
      type: ORG_TYPE_LABELS[node.type as OrgType] ?? node.type,
      aliases: (node.aliases ?? []).join('、'),
      order: node.order === undefined ? '' : String(node.order),
    });
    for (const c of node.children ?? []) walk(c, node.code);
  };
  walk(spec, '');
  return out;
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function writeCsv(file: string, rows: ImportRow[]): number {
  const lines = [IMPORT_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.code, r.name, r.parentCode, r.type, r.aliases, r.order].map(csvField).join(','));
  const text = '\uFEFF' + lines.join('\r\n') + '\r\n';
  fs.writeFileSync(file, text, 'utf8');
  return Buffer.byteLength(text);
}

export async function writeXlsx(file: string, rows: ImportRow[]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('组织导入');
  ws.addRow([...IMPORT_COLUMNS]);
  for (const r of rows) ws.addRow([r.code, r.name, r.parentCode, r.type, r.aliases, r.order === '' ? null : Number(r.order)]);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, buf);
  return buf.length;
}

// ---- picking organizations ---------------------------------------------------------------

export interface TreeIndex {
  rows: OrgRow[];
  root: OrgRow;
  byId: Map<string, OrgRow>;
  byCode: Map<string, OrgRow>;
  byDepth: Map<number, OrgRow[]>;
  subtreeSize: Map<string, number>;
}

export function indexTree(rows: OrgRow[]): TreeIndex {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const byDepth = new Map<number, OrgRow[]>();
  const subtreeSize = new Map<string, number>();
  for (const r of rows) {
    const list = byDepth.get(r.depth) ?? [];
    list.push(r);
    byDepth.set(r.depth, list);
  }
  // rows come parents first, so walking backwards accumulates children into parents.
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    const size = (subtreeSize.get(r.id) ?? 0) + 1;
    subtreeSize.set(r.id, size);
    if (r.parent_id) subtreeSize.set(r.parent_id, (subtreeSize.get(r.parent_id) ?? 0) + size);
  }
  const root = rows.find((r) => r.parent_id === null);
  if (!root) throw new Error('tree has no root');
  return { rows, root, byId, byCode, byDepth, subtreeSize };
}
