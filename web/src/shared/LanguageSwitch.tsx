import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../i18n';

/** 中文 / English switch; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  void i18n.language; // re-render on change
  return (
    <div role="group" aria-label={t('header.language')}>
      <Segmented<Language>
        size={size}
        value={currentLanguage()}
        onChange={(v) => setLanguage(v)}
        options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{t(`lang.${l}`)}</span> }))}
      />
    </div>
  );
}
