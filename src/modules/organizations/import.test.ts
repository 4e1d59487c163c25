import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, freshDatabase, type TestDatabase } from '../../../tests/support/databases.js';
import { smallTree } from '../../../tests/support/factories.js';
import { SYSTEM_ACTOR } from '../audit/trail.js';
import { translate } from '../../shared/i18n/messages.js';
import { applyImport, importTemplate, planImport, readImportFile } from './import.js';
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
    await expect(readImportFile('x.csv', Buffer.from('名称,类型\n甲,村'))).rejects.toMatchObject({ code: 'import.bad_header', params: { columns: '编码、上级编码' } });
    await expect(readImportFile('x.csv', Buffer.from('编码,名称,上级编码,类型\n'))).rejects.toMatchObject({ code: 'import.empty' });
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
