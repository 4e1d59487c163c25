// The console's languages and how a browser's language list picks one. No i18next here, so that
// tests/i18n/console-zh-tw.test.ts can import it in Node.

export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/**
 * The first Chinese among the browser's languages: Traditional (zh-TW) for Taiwan, Hong Kong,
 * Macau and any zh-Hant tag, Simplified (zh-CN) for any other Chinese. Other languages are passed
 * over; null when there is no Chinese (the console then starts in zh-CN, as it always has).
 */
export function browserLanguage(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const v = tag.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)(-|$)/.test(v)) return 'zh-TW';
    if (v === 'zh' || v.startsWith('zh-')) return 'zh-CN';
  }
  return null;
}
