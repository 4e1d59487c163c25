import { Grid, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n';

// Each language is named in its own script. On a phone the header has room for one character
// each (简 / 繁 / EN, as on the portal); the full name stays the option's accessible name.
const SHORT: Record<Language, string> = { 'zh-CN': '简', 'zh-TW': '繁', en: 'EN' };

/** 简体中文 / 繁體中文 / English switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  void i18n.language; // re-render on change
  const compact = Grid.useBreakpoint().md === false;
  return (
    <div className="language-switch">
      <Segmented<Language>
        aria-label={t('header.language')}
        size={size}
        value={currentLanguage()}
        onChange={(v) => setLanguage(v)}
        options={LANGUAGES.map((l) => ({
          value: l,
          label: compact ? (
            <span lang={l} title={t(`lang.${l}`)}>
              <span aria-hidden="true">{SHORT[l]}</span>
              <span className="sr-only">{t(`lang.${l}`)}</span>
            </span>
          ) : (
            <span lang={l}>{t(`lang.${l}`)}</span>
          ),
        }))}
      />
    </div>
  );
}
