import { describe, expect, it } from 'vitest';
import { describeValidation, fieldLabel, validationDetail, validationField } from './validation.js';

describe('validation messages', () => {
  it('names a known field in the reader’s language and an unknown one by its path, without the request part', () => {
    expect(fieldLabel(['name'], 'zh-CN')).toBe('名称');
    expect(fieldLabel(['name'], 'zh-TW')).toBe('名稱');
    expect(fieldLabel(['name'], 'en')).toBe('name');
    // zh-TW is Taiwan's words, not only its characters.
    expect(fieldLabel(['username'], 'zh-TW')).toBe('使用者名稱');
    expect(fieldLabel(['email'], 'zh-TW')).toBe('電子郵件');
    expect(fieldLabel(['login'], 'zh-TW')).toBe('帳號');
    expect(fieldLabel(['channel'], 'zh-TW')).toBe('管道');
    expect(fieldLabel(['reopenBelowPercent'], 'zh-CN')).toBe('reopenBelowPercent');
    expect(fieldLabel(['values', 'visits_made'], 'en')).toBe('values.visits_made');
    // Not the object prototype's names.
    expect(fieldLabel(['constructor'], 'zh-CN')).toBe('constructor');
    // An item of a list: the list's label and the item's number (from 1).
    expect(fieldLabel(['milestones', '0'], 'zh-CN')).toBe('里程碑第 1 项');
    expect(fieldLabel(['milestones', '2'], 'zh-TW')).toBe('里程碑第 3 項');
    expect(fieldLabel(['milestones', '2'], 'en')).toBe('milestones item 3');
    expect(fieldLabel([], 'en')).toBe('');
  });

  it('says a type in words', () => {
    expect(describeValidation('type', { type: 'integer' }, 'zh-CN')).toBe('类型应为整数');
    expect(describeValidation('type', { type: 'integer' }, 'zh-TW')).toBe('類型應為整數');
    expect(describeValidation('type', { type: 'integer' }, 'en')).toBe('should be an integer');
    expect(describeValidation('type', { type: 'string,null' }, 'zh-CN')).toBe('类型应为文本或空值');
    expect(describeValidation('type', { type: 'string' }, 'zh-TW')).toBe('類型應為文字');
    expect(describeValidation('type', { type: ['array', 'object'] }, 'en')).toBe('should be a list or an object');
    expect(describeValidation('type', { type: 'boolean' }, 'zh-CN')).toBe('类型应为是或否');
    expect(describeValidation('type', { type: 'object' }, 'zh-TW')).toBe('類型應為物件');
  });

  it('zh-TW uses Taiwan’s words: 欄位 and 字元, not 字段 and 字符', () => {
    expect(describeValidation('additionalProperties', { additionalProperty: 'secret' }, 'zh-TW')).toBe('不允許的欄位 secret');
    expect(describeValidation('maxLength', { limit: 50 }, 'zh-TW')).toBe('最多 50 個字元');
    expect(describeValidation('enum', {}, 'zh-TW')).toBe('不是允許的值');
  });

  it('the detail names the missing property (also inside an object); the raw path stays for details.field', () => {
    const top = { keyword: 'required', instancePath: '', params: { missingProperty: 'name' } };
    expect(validationDetail(top, 'zh-CN')).toBe('名称：缺少必填项');
    expect(validationDetail(top, 'en')).toBe('name: is required');
    expect(validationField('body', top)).toBe('body.name');
    const nested = { keyword: 'required', instancePath: '/milestones/1', params: { missingProperty: 'title' } };
    expect(validationDetail(nested, 'zh-TW')).toBe('標題：缺少必填項');
    expect(validationField('body', nested)).toBe('body.milestones.1');
    const query = { keyword: 'minimum', instancePath: '/limit', params: { limit: 1 } };
    expect(validationDetail(query, 'zh-CN')).toBe('条数：不能小于 1');
    expect(validationField('querystring', query)).toBe('querystring.limit');
    // About the request part itself: the description alone.
    expect(validationDetail({ keyword: 'minProperties', instancePath: '', params: { limit: 1 } }, 'zh-CN')).toBe('至少提供一个字段');
  });
});
