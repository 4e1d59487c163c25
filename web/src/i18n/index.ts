import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN';
import zhTW from './zh-TW';
import en from './en';

import { browserLanguage, isLanguage, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';
const STORAGE_KEY = 'massline.lang';

/** The language chosen before (stored), else the browser's Chinese, else zh-CN. */
function initialLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(v)) return v;
  } catch {
    // storage unavailable
  }
  const tags = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return browserLanguage(tags) ?? 'zh-CN';
}

export function setLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage unavailable
  }
  void i18n.changeLanguage(lang);
}

/** The console's language (i18next's, or the one given, as one of LANGUAGES). */
export function currentLanguage(lng: string | undefined = i18n.language): Language {
  return isLanguage(lng) ? lng : 'zh-CN';
}

/** Intl locale of the current language (dates, numbers, sorting). */
export function intlLocale(): string {
  const lang = currentLanguage();
  return lang === 'en' ? 'en-US' : lang;
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    'zh-TW': { translation: zhTW },
    en: { translation: en },
  },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});
document.documentElement.lang = currentLanguage();

export default i18n;
