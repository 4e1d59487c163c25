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
