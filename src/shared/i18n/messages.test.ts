import { describe, expect, it } from 'vitest';
import { messages, pickLocale, translate } from './messages.js';

describe('messages', () => {
  it('speaks zh-CN by default, English and zh-TW on request', () => {
    expect(translate('org.code_taken', 'zh-CN', { code: 'JZ' })).toBe('组织编码已存在：JZ');
    expect(translate('org.code_taken', 'en', { code: 'JZ' })).toBe('Organization code already in use: JZ');
    // No hand-written zh-TW: converted from zh-CN.
    expect(translate('org.code_taken', 'zh-TW', { code: 'JZ' })).toBe('組織編碼已存在：JZ');
    // Hand-written zh-TW wins.
    expect(translate('auth.required', 'zh-TW')).toBe('請先登入');
  });

  it('writes zh-TW as Taiwan writes, not the mainland words in Traditional characters', () => {
    expect(translate('request.internal', 'zh-TW')).toBe('伺服器內部錯誤，請稍後再試');
    expect(translate('auth.session_expired', 'zh-TW')).toBe('登入已過期，請重新登入');
    expect(translate('auth.inactive', 'zh-TW')).toBe('帳號已停用');
    expect(translate('user.username_taken', 'zh-TW', { username: 'li' })).toBe('使用者名稱已被使用：li');
    expect(translate('rectify.changed_meanwhile', 'zh-TW')).toBe('該整改措施剛被他人修改，請重新整理後再試');
    expect(translate('triage.bulk_value_required', 'zh-TW', { action: 'wind' })).toBe('批次操作「wind」需要提供 value');
    expect(translate('triage.accept_conflict', 'zh-TW')).toBe('「採納建議」不能與指定四風類別同時使用');
    expect(translate('opinion.contact_required', 'zh-TW')).toBe('實名提交請至少留下姓名和手機號碼或電子郵件');
    expect(translate('opinion.disclosure_personal_data', 'zh-TW', { found: '手机号' })).toBe('公示內容含有個人資料，請刪去後再公示：手机号');
    // A computer file is 檔案, a spreadsheet's row 列.
    expect(translate('import.row.code_duplicate', 'zh-TW', { row: 6, value: 'A', other: 2 })).toBe('第 6 列：編碼「A」在檔案中重複（第 2 列）');
    expect(translate('rectify.evidence_type', 'zh-TW', { name: 'a.exe' })).toBe('佐證材料「a.exe」不是圖片、PDF、Word 或 Excel 檔案（按檔案內容判斷）');
    expect(translate('triage.run_not_found', 'zh-TW', { id: 'x' })).toBe('分揀執行紀錄不存在：x');
    // The campaign's terms keep their meaning: 簡報信息 (a bulletin item), 數據 as figures in their own feature, 整改, 評議對象.
    expect(translate('figures.bulletin_not_found', 'zh-TW', { id: 'x' })).toBe('簡報信息不存在：x');
    expect(translate('import.row.target_invalid', 'zh-TW', { row: 2, value: '群众' })).toBe('第 2 列：評議對象「群众」應為 單位、領導班子 或 領導個人');
    expect(translate('rectify.plan_not_found', 'zh-TW', { id: 'x' })).toBe('整改任務書不存在：x');
  });

  it('leaves no mainland word in a converted zh-TW phrase', () => {
    const mainland = /批量|刷新|字段|用戶|默認|導入|導出|視頻|網絡|服務器|登錄|賬號|郵箱|鏈接|渠道|聯繫|字符|設置|自定義|當前|時間戳(?!記)|密鑰|個人信息|第 \{\w+\} 行|“|”/;
    for (const code of Object.keys(messages) as (keyof typeof messages)[]) {
      expect(translate(code, 'zh-TW'), code).not.toMatch(mainland);
    }
  });

  it('has every phrase in zh-CN and English', () => {
    for (const [code, phrase] of Object.entries(messages)) {
      expect(phrase['zh-CN'], code).toMatch(/\S/);
      expect(phrase.en, code).toMatch(/\S/);
    }
  });

  it('picks the locale from Accept-Language or an explicit choice', () => {
    expect(pickLocale('zh-TW,zh;q=0.9')).toBe('zh-TW');
    expect(pickLocale('zh-HK')).toBe('zh-TW');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en', 'zh-TW')).toBe('zh-TW');
  });
});
