// The console's Traditional Chinese (web/src/i18n/zh-TW.ts and the feature dictionaries it
// imports): exactly the keys of zh-CN, the same {{placeholders}} per key, and no Simplified
// character left — OpenCC (cn → tw, the converter that drafted it) must find nothing to change,
// apart from the allow-list below, each with its reason. The type (DeepStrings<Messages>) already
// refuses a missing or extra key at build time; this checks the built objects too.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import zhCN from '../../web/src/i18n/zh-CN';
import zhTW from '../../web/src/i18n/zh-TW';
import en from '../../web/src/i18n/en';
import { browserLanguage } from '../../web/src/i18n/languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => (s.match(/\{\{[^}]*\}\}/g) ?? []).sort();

// Strings that keep a Simplified character on purpose, by key.
const ALLOWED: Record<string, string> = {
  'lang.zh-CN': 'the name of Simplified Chinese in the language switch is written in its own script (简体中文), as on the portal',
};
// Words written as Taiwan writes them where OpenCC's phrase table picks another form, with why.
const ALLOWED_WORDS: Record<string, string> = {
  儀表板: 'dashboard: Taiwan writes 儀表板 (the MOE dictionary, Windows and Office in zh-TW); OpenCC turns 表 into 錶 in this word',
};
const withoutAllowedWords = (s: string) => Object.keys(ALLOWED_WORDS).reduce((acc, w) => acc.split(w).join(''), s);

const cn = flatten(zhCN as unknown as Tree);
const tw = flatten(zhTW as unknown as Tree);
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('console zh-TW dictionary', () => {
  it('has exactly the keys of zh-CN (and en)', () => {
    expect([...tw.keys()].sort()).toEqual([...cn.keys()].sort());
    expect([...flatten(en as unknown as Tree).keys()].sort()).toEqual([...cn.keys()].sort());
    expect(tw.size).toBeGreaterThan(900);
  });

  it('keeps every placeholder of each zh-CN string, unchanged', () => {
    const wrong = [...cn].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(tw.get(k) ?? '')));
    expect(wrong.map(([k]) => `${k}: ${cn.get(k)} → ${tw.get(k)}`)).toEqual([]);
  });

  it('leaves no character that OpenCC would still convert to Traditional', () => {
    const left = [...tw].filter(([k, v]) => !(k in ALLOWED) && toTaiwan(withoutAllowedWords(v)) !== withoutAllowedWords(v));
    expect(left.map(([k, v]) => `${k}: ${v} → ${toTaiwan(v)}`)).toEqual([]);
  });

  it('needs each allow-list entry (a fixed one is taken off the list)', () => {
    for (const key of Object.keys(ALLOWED)) {
      const v = tw.get(key);
      expect(v, key).toBeDefined();
      expect(toTaiwan(v!), key).not.toBe(v);
    }
    for (const word of Object.keys(ALLOWED_WORDS)) {
      expect(toTaiwan(word), word).not.toBe(word);
      expect([...tw.values()].some((v) => v.includes(word)), word).toBe(true);
    }
  });

  it('is not zh-CN itself: every zh-CN string with a convertible character reads differently', () => {
    const same = [...cn].filter(([k, v]) => !(k in ALLOWED) && toTaiwan(v) !== v && tw.get(k) === v);
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('writes the campaign terms in Traditional with their Mainland meaning', () => {
    expect(tw.get('category.formalism')).toBe('形式主義');
    expect(tw.get('app.shortTitle')).toBe('群眾路線');
    expect(tw.get('figures.winds')).toContain('四風');
    expect(tw.get('rectify.title')).toBe('整改落實');
    expect(tw.get('nav.users')).toBe('使用者與角色');
    expect(tw.get('campaignForm.editTitle')).toBe('修改活動資訊');
  });
});

describe('console language from the browser', () => {
  it('reads zh-TW, zh-HK, zh-MO and zh-Hant as Traditional, other Chinese as Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-hant-hk']) expect(browserLanguage([tag]), tag).toBe('zh-TW');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK']) expect(browserLanguage([tag]), tag).toBe('zh-CN');
  });

  it('takes the first Chinese of the list and leaves other languages to the default', () => {
    expect(browserLanguage(['en-US', 'zh-TW', 'zh-CN'])).toBe('zh-TW');
    expect(browserLanguage(['fr-FR', 'zh-CN', 'zh-TW'])).toBe('zh-CN');
    expect(browserLanguage(['en-US', 'fr'])).toBeNull();
    expect(browserLanguage([])).toBeNull();
  });
});
