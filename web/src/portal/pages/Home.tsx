import { api } from '../api';
import { formatDay, useI18n } from '../i18n';
import { href, LoadError, Loading, useLoad, usePageTitle } from '../ui';

export function Home() {
  const { t, lang } = useI18n();
  usePageTitle(t.homeTitle);
  const list = useLoad('solicitations', api.solicitations);
  const items = list.data?.items ?? [];
  return (
    <>
      <h1 tabIndex={-1}>{t.homeTitle}</h1>
      <p className="lead">{t.homeIntro}</p>
      {list.loading && !list.data && <Loading />}
      {!!list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && items.length === 0 && <p className="empty">{t.homeEmpty}</p>}
      <ul className="cards">
        {items.map((s) => (
          <li key={s.id} className="card">
            <h2 className="card-title" lang="zh-CN">{s.title}</h2>
            <p className="card-org" lang="zh-CN">{s.org.name}</p>
            <dl className="facts">
              <div>
                <dt>{t.periodLabel}</dt>
                <dd>{t.dateRange(formatDay(s.startsOn, lang), formatDay(s.endsOn, lang))}</dd>
              </div>
              {s.targetLabel && (
                <div>
                  <dt>{t.targetLabelHeading}</dt>
                  <dd lang="zh-CN">{s.targetLabel}</dd>
                </div>
              )}
            </dl>
            {s.description && <p className="card-desc" lang="zh-CN">{s.description}</p>}
            <div className="card-actions">
              <a className="btn btn-primary" href={href('/submit', { solicitation: s.id })} aria-label={t.giveOpinionOn(s.title)}>
                {t.giveOpinion}
              </a>
              <a className="link" href={href('/disclosures', { org: s.org.id })}>
                {t.viewDisclosures}
              </a>
            </div>
          </li>
        ))}
      </ul>
      <p className="aside">
        {t.receiptPrompt} <a href={href('/receipt')}>{t.receiptPromptLink}</a>
      </p>
    </>
  );
}
