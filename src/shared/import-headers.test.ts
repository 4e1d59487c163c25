import { describe, expect, it } from 'vitest';
import { translate } from './i18n/messages.js';
import { describeRowError, foldKey, ImportHeader, valueReader, yesNoReader } from './import-headers.js';

describe('import headers', () => {
  const header = new ImportHeader<'code' | 'parentCode' | 'note'>([
    { key: 'code', names: { 'zh-CN': '编码', en: 'code' }, required: true },
    { key: 'parentCode', names: { 'zh-CN': '上级编码', en: 'parent code' }, aliases: ['上级组织编码'], required: true },
    { key: 'note', names: { 'zh-CN': '邮箱', en: 'email' } },
  ]);

  it('folds case, width, spaces, dashes and Traditional (Taiwan and Hong Kong) to one key', () => {
    expect(foldKey(' Parent_Code ')).toBe(foldKey('parent code'));
    expect(foldKey('ＰＡＲＥＮＴ－ＣＯＤＥ')).toBe(foldKey('parent code'));
    expect(foldKey('上級編碼')).toBe('上级编码');
    expect(foldKey('鄉鎮（街道）')).toBe(foldKey('乡镇(街道)'));
    expect(foldKey('綫')).toBe('线'); // Hong Kong's form
  });

  it('reads a header in Simplified, Traditional or English, and Taiwan\'s words for a column', () => {
    expect(header.read(['编码', '上级编码'])).toEqual({ code: 0, parentCode: 1 });
    expect(header.read(['備註', '上級組織編碼', '編碼', '電子郵件'])).toEqual({ code: 2, parentCode: 1, note: 3 });
    expect(header.read(['Parent Code', 'CODE', 'E-mail'])).toEqual({ code: 1, parentCode: 0, note: 2 });
    expect(header.headerIn('zh-TW')).toEqual(['編碼', '上級編碼', '電子郵件']);
    expect(header.headerIn('en')).toEqual(['code', 'parent code', 'email']);
  });

  it('refuses a header without the required columns, naming them in the reader\'s language', () => {
    let thrown: { code: 'import.bad_header'; params: Record<string, unknown> } | undefined;
    try {
      header.read(['編碼']);
    } catch (e) {
      thrown = e as typeof thrown;
    }
    expect(thrown?.code).toBe('import.bad_header');
    expect(translate(thrown!.code, 'zh-CN', thrown!.params)).toBe('表头缺少列：上级编码（应有 编码、上级编码）');
    expect(translate(thrown!.code, 'zh-TW', thrown!.params)).toBe('表頭缺少欄位：上級編碼（應有 編碼、上級編碼）');
    expect(translate(thrown!.code, 'en', thrown!.params)).toBe('Missing columns: parent code (expected code, parent code)');
  });

  it('reads enumerated values in the three languages, and yes / no', () => {
    const wind = valueReader([
      { key: 'formalism', names: { 'zh-CN': '形式主义', en: 'Formalism' } },
      { key: 'bureaucratism', names: { 'zh-CN': '官僚主义', en: 'Bureaucratism' } },
    ]);
    expect([wind('形式主義'), wind(' FORMALISM '), wind('官僚主义'), wind('享乐主义')]).toEqual(['formalism', 'formalism', 'bureaucratism', null]);
    const yesNo = yesNoReader(['匿名'], ['实名']);
    expect(['是', 'Yes', 'Y', '1', '匿名', '否', 'NO', '0', '實名', '也许'].map(yesNo)).toEqual([true, true, true, true, true, false, false, false, false, null]);
    expect(() => valueReader([{ key: 'a', names: { 'zh-CN': '甲', en: 'x' } }, { key: 'b', names: { 'zh-CN': '乙', en: 'X' } }])).toThrow(/names both/);
  });

  it('describes a row error with its column in the reader\'s language', () => {
    const field = { 'zh-CN': '名称', en: 'name' };
    const e = { row: 3, field, code: 'import.row.required' as const, params: { row: 3, field } };
    expect(describeRowError(e, 'zh-CN')).toEqual({ row: 3, field: '名称', message: '第 3 行：「名称」不能为空' });
    expect(describeRowError(e, 'zh-TW')).toEqual({ row: 3, field: '名稱', message: '第 3 列：「名稱」不能為空' });
    expect(describeRowError(e, 'en')).toEqual({ row: 3, field: 'name', message: 'Row 3: name is required' });
  });
});
