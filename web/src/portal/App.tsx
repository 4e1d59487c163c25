import { useEffect, useMemo, useRef, useState } from 'react';
import { setApiLang } from './api';
import { DICTS, I18nContext, initialLang, LANG_NAMES, LANGS, saveLang, type Lang } from './i18n';
import { Disclosures } from './pages/Disclosures';
import { Home } from './pages/Home';
import { Letter } from './pages/Letter';
import { Receipt } from './pages/Receipt';
import { RectifyList, RectifyProblem } from './pages/rectify';
import { RectifyHistory } from './pages/rectifyHistory';
import { Submit } from './pages/Submit';
import { href, useHashRoute } from './ui';

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const route = useHashRoute();
  const t = DICTS[lang];
  const i18n = useMemo(
    () => ({
      lang,
      t,
      setLang: (l: Lang) => {
        saveLang(l);
        setLangState(l);
      },
    }),
    [lang, t],
  );
  setApiLang(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // After moving to another page, put focus on its heading so that screen readers announce it.
  const routeKey = `${route.path}?${route.params.toString()}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [routeKey]);

  const letter = /^\/letter\/([^/]+)$/.exec(route.path);
  let page;
  let section: 'home' | 'receipt' | 'disclosures' | 'rectify' | null = null;
  if (route.path === '/submit') {
    page = <Submit solicitationId={route.params.get('solicitation')} />;
    section = 'home';
  } else if (route.path === '/receipt') {
    page = <Receipt />;
    section = 'receipt';
  } else if (route.path === '/disclosures') {
    page = <Disclosures orgId={route.params.get('org')} />;
    section = 'disclosures';
  } else if (route.path === '/rectify') {
    page = <RectifyList orgId={route.params.get('org')} />;
    section = 'rectify';
  } else if (route.path === '/rectify/problem' && route.params.get('id')) {
    page = <RectifyProblem id={route.params.get('id')!} orgId={route.params.get('org')} />;
    section = 'rectify';
  } else if (route.path === '/rectify/history' && route.params.get('id')) {
    page = <RectifyHistory id={route.params.get('id')!} orgId={route.params.get('org')} />;
    section = 'rectify';
  } else if (letter) {
    page = <Letter token={decodeURIComponent(letter[1])} />;
  } else {
    page = <Home />;
    section = 'home';
  }

  const nav: [typeof section, string, string][] = [
    ['home', href('/'), t.navHome],
    ['receipt', href('/receipt'), t.navReceipt],
    ['disclosures', href('/disclosures'), t.navDisclosures],
    ['rectify', href('/rectify'), t.rx.nav],
  ];

  return (
    <I18nContext.Provider value={i18n}>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.skip}
      </a>
      <header className="top">
        <div className="top-inner">
          <a className="brand" href={href('/')}>
            <span className="brand-name">{t.siteName}</span>
            <span className="brand-sub">{t.siteSub}</span>
          </a>
          <div className="langs" role="group" aria-label={t.langGroup}>
            {LANGS.map((l) => (
              <button
                key={l}
                type="button"
                lang={l}
                className="lang"
                aria-pressed={l === lang}
                aria-label={LANG_NAMES[l].full}
                onClick={() => i18n.setLang(l)}
              >
                {LANG_NAMES[l].short}
              </button>
            ))}
          </div>
        </div>
        <nav aria-label={t.navLabel} className="nav">
          {nav.map(([key, link, label]) => (
            <a key={key} href={link} aria-current={section === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer className="foot">
        <p>{t.footerPrivacy}</p>
      </footer>
    </I18nContext.Provider>
  );
}
