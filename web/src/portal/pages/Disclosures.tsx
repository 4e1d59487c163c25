import { api } from '../api';
import { formatDay, useI18n } from '../i18n';
import { href, LoadError, Loading, useLoad, usePageTitle } from '../ui';

const ORDER = ['formalism', 'bureaucratism', 'hedonism', 'extravagance', 'other', 'none'];

export function Disclosures({ orgId }: { orgId: string | null }) {
  const { t } = useI18n();
  usePageTitle(t.disclosuresTitle);
  return (
    <>
      <h1 tabIndex={-1}>{t.disclosuresTitle}</h1>
      <p className="lead">{t.disclosuresIntro}</p>
      {orgId ? <OrgDisclosures orgId={orgId} /> : <OrgChooser />}
    </>
  );
}

function OrgChooser() {
  const { t } = useI18n();
  const list = useLoad('solicitations', api.solicitations);
  const orgs = [...new Map((list.data?.items ?? []).map((s) => [s.org.id, s.org])).values()];
  if (list.loading && !list.data) return <Loading />;
  if (list.error) return <LoadError error={list.error} onRetry={list.reload} />;
  if (!orgs.length) return <p className="empty">{t.disclosuresNone}</p>;
  return (
    <>
      <p>{t.disclosuresPick}</p>
      <ul className="link-list">
        {orgs.map((o) => (
          <li key={o.id}>
            <a className="btn btn-secondary btn-wide" lang="zh-CN" href={href('/disclosures', { org: o.id })}>
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function OrgDisclosures({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const data = useLoad(`disclosures|${orgId}`, () => api.disclosures(orgId));
  if (data.loading && !data.data) return <Loading />;
  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  if (!data.data) return null;
  const groups = [...data.data.groups].sort((a, b) => ORDER.indexOf(a.category ?? 'none') - ORDER.indexOf(b.category ?? 'none'));
  return (
    <section aria-labelledby="disclosure-org">
      <h2 id="disclosure-org" className="org-heading">
        {t.disclosureOrg(data.data.org.name)}
      </h2>
      {groups.length === 0 && <p className="empty">{t.disclosuresEmpty}</p>}
      {groups.map((g) => {
        const key = g.category ?? 'none';
        return (
          <section key={key} className={`wind wind-${key}`} aria-labelledby={`wind-${key}`}>
            <h3 id={`wind-${key}`}>
              {t.categories[key] ?? key} <span className="count">{t.itemCount(g.items.length)}</span>
            </h3>
            <ul className="cards">
              {g.items.map((item) => (
                <li key={item.id} className="card">
                  <p className="card-org">
                    <span lang="zh-CN">{item.unit}</span> · <span className="muted">{formatDay(item.receivedOn, lang)}</span>
                  </p>
                  <dl className="disclosure">
                    <dt>{t.disclosureOpinion}</dt>
                    <dd lang="zh-CN">{item.text}</dd>
                    {item.action && (
                      <>
                        <dt>{t.disclosureAction}</dt>
                        <dd lang="zh-CN">{item.action}</dd>
                      </>
                    )}
                    <dt>{t.disclosureStatus}</dt>
                    <dd>
                      <span className={`status status-${item.status}`}>{t.statuses[item.status] ?? item.status}</span>
                    </dd>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
