import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree } from '../../../tests/support/factories.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { translate, type Locale } from '../../shared/i18n/messages.js';
import type { AppError } from '../../shared/errors.js';
import { applyImport, describeRowError, importTemplate, planImport, readImportFile } from './import.js';
import { findOrgByCode } from './queries.js';

const anywhere = { mayImportUnder: () => true, mayCreateRoots: true };

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('orgs');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(databaseKinds)('organization import on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(kind);
  });
  afterAll(async () => t.drop());

  const count = async () => Number((await t.db.selectFrom('organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('imports a csv in any row order, children before parents included', async () => {
    const tree = await smallTree(t.db);
    const csv = [
      '编码,名称,上级编码,类型,别名',
      `IMP-V1,金鸡湖社区,IMP-T1,村（社区）,`,
      `IMP-T1,金鸡湖街道,${tree.countyA.code},乡镇（街道）,湖东;湖西`,
      `IMP-B1,金鸡湖社区党支部,IMP-V1,party_branch,`,
    ].join('\n');
    const raw = await readImportFile('orgs.csv', Buffer.from(csv));
    const plan = await planImport(t.db, raw, anywhere);
    expect(plan.errors).toEqual([]);
    expect(await applyImport(t.db, SYSTEM_ACTOR, plan, { fileName: 'orgs.csv' })).toBe(3);
    const branch = await findOrgByCode(t.db, 'IMP-B1');
    const town = await findOrgByCode(t.db, 'IMP-T1');
    expect(branch?.path.startsWith(town!.path)).toBe(true);
    expect(town?.path.startsWith(tree.countyA.path)).toBe(true);
    expect(JSON.parse(town!.aliases)).toEqual(['湖东', '湖西']);
    expect(branch?.level).toBe('village');
  });

  it('reports every bad row in Chinese and writes nothing', async () => {
    const tree = await smallTree(t.db);
    const before = await count();
    const data = await xlsx([
      ['编码', '名称', '上级编码', '类型'],
      ['BAD-1', '好的一行', tree.city.code, '党委'],
      ['BAD-2', '', tree.city.code, '党委'],
      ['BAD-3', '类型错', tree.city.code, '居委会'],
      ['BAD-1', '编码重复', tree.city.code, '党委'],
      ['BAD-4', '上级不存在', 'NOPE', '村'],
      ['BAD-5', '循环甲', 'BAD-6', '村'],
      ['BAD-6', '循环乙', 'BAD-5', '村'],
      [tree.villageA.code, '编码已存在', tree.city.code, '村'],
      ['坏 编码', '编码格式', tree.city.code, '村'],
    ]);
    const raw = await readImportFile('orgs.xlsx', data);
    const plan = await planImport(t.db, raw, anywhere);
    const byRow = new Map(plan.errors.map((e) => [e.row, translate(e.code, 'zh-CN', e.params)]));
    expect(byRow.get(3)).toBe('第 3 行：「名称」不能为空');
    expect(byRow.get(4)).toContain('类型「居委会」无效');
    expect(byRow.get(5)).toContain('在文件中重复（第 2 行）');
    expect(byRow.get(6)).toBe('第 6 行：上级编码「NOPE」不存在');
    expect([byRow.get(7), byRow.get(8)].some((m) => m?.includes('形成循环'))).toBe(true);
    expect(byRow.get(9)).toContain('已存在');
    expect(byRow.get(10)).toContain('只能包含字母');
    expect(byRow.has(2)).toBe(false);
    await expect(applyImport(t.db, SYSTEM_ACTOR, plan, { fileName: 'orgs.xlsx' })).rejects.toMatchObject({ code: 'import.rows_invalid' });
    expect(await count()).toBe(before);
  });

  it('refuses parents outside the caller reach and new regions for non-admins', async () => {
    const tree = await smallTree(t.db);
    const csv = `code,name,parent_code,type\nSC-1,甲,${tree.townB.code},村\nSC-2,乙,,党委\nSC-3,丙,${tree.townA.code},村`;
    const plan = await planImport(t.db, await readImportFile('x.csv', Buffer.from(csv)), { mayImportUnder: (p) => p.startsWith(tree.countyA.path), mayCreateRoots: false });
    expect(plan.errors.map((e) => [e.row, e.code])).toEqual([[2, 'import.row.parent_forbidden'], [3, 'import.row.root_forbidden']]);
  });

  it('reads GB18030 csv as saved by Excel on Chinese Windows', async () => {
    const tree = await smallTree(t.db);
    const text = `编码,名称,上级编码,类型\nGBK-1,观前街道,${tree.countyB.code},乡镇（街道）\n`;
    const encoded = encodeGb18030(text);
    expect(encoded.toString('utf8')).toContain('\uFFFD'); // really not UTF-8
    const raw = await readImportFile('gbk.csv', encoded);
    expect(raw[0]).toMatchObject({ code: 'GBK-1', name: '观前街道', parentCode: tree.countyB.code, type: '乡镇（街道）' });
  });

  it('rejects malformed files with a clear message', async () => {
    await expect(readImportFile('x.xlsx', Buffer.from('PK\u0003\u0004garbage'))).rejects.toMatchObject({ code: 'import.bad_file' });
    await expect(readImportFile('x.xlsx', Buffer.from('not a spreadsheet'))).rejects.toMatchObject({ code: 'import.bad_file' });
    const bad = await readImportFile('x.csv', Buffer.from('名称,类型\n甲,村')).catch((e: AppError) => e);
    expect(bad).toMatchObject({ code: 'import.bad_header' });
    expect(translate((bad as AppError).code, 'zh-CN', (bad as AppError).params)).toBe('表头缺少列：编码、上级编码（应有 编码、名称、上级编码、类型）');
    await expect(readImportFile('x.csv', Buffer.from('编码,名称,上级编码,类型\n'))).rejects.toMatchObject({ code: 'import.empty' });
  });

  /** The imported tree under `parent`, codes without their prefix: what a file in any language must make the same. */
  const treeOf = async (prefix: string) => {
    const rows = await t.db.selectFrom('organizations').selectAll().where('code', 'like', `${prefix}%`).orderBy('code').execute();
    const byId = new Map(rows.map((r) => [r.id, r.code]));
    return rows.map((r) => ({
      code: r.code.slice(prefix.length), parent: byId.get(r.parent_id ?? '')?.slice(prefix.length) ?? 'outside', type: r.type, level: r.level, depth: r.depth, aliases: JSON.parse(r.aliases).length,
    }));
  };
  const importAll = async (fileName: string, data: Buffer) => {
    const plan = await planImport(t.db, await readImportFile(fileName, data), anywhere);
    expect(plan.errors.map((e) => describeRowError(e, 'zh-CN').message)).toEqual([]);
    return applyImport(t.db, SYSTEM_ACTOR, plan, { fileName });
  };
  /** A town, a department under it, a village and the village's branch: rows in the file's language. */
  const townRows = (p: string, parent: string, types: [string, string, string, string]) => [
    [`${p}V`, '湖東社區', `${p}T`, types[2], ''],
    [`${p}T`, '湖東街道', parent, types[0], '湖東;湖西'],
    [`${p}D`, '城管科', `${p}T`, types[1], ''],
    [`${p}B`, '湖東社區黨支部', `${p}V`, types[3], ''],
  ];
  const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\n');

  it('reads Traditional headers and types (Taiwan and Hong Kong forms, any width of parentheses) as the Simplified file, csv and xlsx', async () => {
    const tree = await smallTree(t.db);
    expect(await importAll('s.csv', Buffer.from(csvOf([['编码', '名称', '上级编码', '类型', '别名'], ...townRows('ZS-', tree.countyA.code, ['乡镇（街道）', '政府部门', '村（社区）', '党支部'])])))).toBe(4);
    const simplified = await treeOf('ZS-');
    expect(simplified.map((r) => [r.code, r.parent, r.type])).toEqual([['B', 'V', 'party_branch'], ['D', 'T', 'government_department'], ['T', 'outside', 'township'], ['V', 'T', 'village']]);

    // Taiwan's csv: Traditional headers (one padded with spaces, as typed), Traditional types.
    const tw = csvOf([['編碼', '名稱', ' 上級編碼 ', '類型', '別名'], ...townRows('ZT-', tree.countyA.code, ['鄉鎮（街道）', '政府部門', '村（社區）', '黨支部'])]);
    expect(await importAll('tw.csv', Buffer.from(tw))).toBe(4);
    expect(await treeOf('ZT-')).toEqual(simplified);

    // An xlsx from Hong Kong's Excel: the header in another order, half-width parentheses, short forms.
    const hk = await xlsx([['類型', '上級編碼', '編碼', '名稱', '別名'], ...townRows('ZH-', tree.countyA.code, ['鄉鎮(街道)', '部門', '村(社區)', '黨支部']).map(([code, name, parent, type, aliases]) => [type, parent, code, name, aliases])]);
    expect(await importAll('hk.xlsx', hk)).toBe(4);
    expect(await treeOf('ZH-')).toEqual(simplified);
  });

  it('reads English headers and types, whatever their case', async () => {
    const tree = await smallTree(t.db);
    expect(await importAll('s.csv', Buffer.from(csvOf([['编码', '名称', '上级编码', '类型', '别名'], ...townRows('ES-', tree.countyB.code, ['乡镇（街道）', '政府部门', '村（社区）', '党支部'])])))).toBe(4);
    const en = csvOf([['Code', 'NAME', 'Parent Code', 'type', 'Aliases'], ...townRows('EE-', tree.countyB.code, ['Township / street', 'Government department', 'village', 'Party Branch'])]);
    expect(await importAll('en.csv', Buffer.from(en))).toBe(4);
    expect(await treeOf('EE-')).toEqual(await treeOf('ES-'));
    const enXlsx = await xlsx([['code', 'name', 'parent_code', 'TYPE'], ['EX-T', 'Lakeside', tree.countyB.code, 'township'], ['EX-V', 'East village', 'EX-T', 'Village / community']]);
    expect(await importAll('en.xlsx', enXlsx)).toBe(2);
    expect((await findOrgByCode(t.db, 'EX-V'))?.level).toBe('village');
  });

  it('names a missing column, and a bad row\'s column, in the reader\'s language', async () => {
    const bad = await readImportFile('tw.csv', Buffer.from('名稱,類型\n甲,村')).catch((e: AppError) => e);
    expect(bad).toMatchObject({ code: 'import.bad_header' });
    const say = (locale: Locale) => translate((bad as AppError).code, locale, (bad as AppError).params);
    expect(say('zh-TW')).toBe('表頭缺少欄位：編碼、上級編碼（應有 編碼、名稱、上級編碼、類型）');
    expect(say('en')).toBe('Missing columns: code, parent code (expected code, name, parent code, type)');
    expect(say('zh-CN')).toBe('表头缺少列：编码、上级编码（应有 编码、名称、上级编码、类型）');

    const tree = await smallTree(t.db);
    const plan = await planImport(t.db, await readImportFile('tw.csv', Buffer.from(`編碼,名稱,上級編碼,類型\nNM-1,,${tree.townA.code},村\nNM-2,乙,NOPE,村`)), anywhere);
    const row = (locale: Locale) => plan.errors.map((e) => describeRowError(e, locale));
    expect(row('zh-TW')).toEqual([
      { row: 2, field: '名稱', message: '第 2 列：「名稱」不能為空' },
      { row: 3, field: '上級編碼', message: '第 3 列：上級編碼「NOPE」不存在' },
    ]);
    expect(row('en')).toEqual([
      { row: 2, field: 'name', message: 'Row 2: name is required' },
      { row: 3, field: 'parent code', message: 'Row 3: parent code "NOPE" does not exist' },
    ]);
    expect(row('zh-CN')[0]).toEqual({ row: 2, field: '名称', message: '第 2 行：「名称」不能为空' });
  });

  it.each(['zh-TW', 'en'] as const)('offers the template in %s, which reads back as the Simplified one', async (locale) => {
    const template = await importTemplate(locale);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(locale === 'en' ? ['code', 'name', 'parent code', 'type', 'aliases', 'order'] : ['編碼', '名稱', '上級編碼', '類型', '別名', '排序']);
    expect((wb.worksheets[0].getRow(3).values as unknown[])[4]).toBe(locale === 'en' ? 'Township / street' : '鄉鎮（街道）');
    const raw = await readImportFile('template.xlsx', template);
    const simplified = await readImportFile('template.xlsx', await importTemplate());
    expect(raw.map((r) => [r.code, r.parentCode, r.sortOrder])).toEqual(simplified.map((r) => [r.code, r.parentCode, r.sortOrder]));
    const plan = await planImport(t.db, raw, anywhere);
    expect(plan.errors.map((e) => e.code)).toEqual(['import.row.parent_missing']);
  });

  it('offers a template that imports as-is once its parent exists', async () => {
    const raw = await readImportFile('template.xlsx', await importTemplate());
    expect(raw.map((r) => r.code)).toEqual(['SZ-GS', 'SZ-GS-PJ']);
    const plan = await planImport(t.db, raw, anywhere);
    expect(plan.errors.map((e) => e.code)).toEqual(['import.row.parent_missing']);
  });
});

/** Minimal GB18030 encoder for the test's characters, via the decoder's table. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 127));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) <= 127) bytes.push(c.charCodeAt(0));
    else bytes.push(...table.get(c)!);
  }
  return Buffer.from(bytes);
}
