// A published problem's versions: each with its hash, the previous hash and what changed, and a
// button that asks the server to recompute the chain ("verify").
import { useState } from 'react';
import { formatDay, useI18n } from '../i18n';
import { errorText, href, LoadError, Loading, useLoad, usePageTitle } from '../ui';
import { rectifyPortalApi, setRectifyLang } from './rectifyShared';
import './rectify.css';

function show(v: unknown): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function RectifyHistory({ id, orgId }: { id: string; orgId: string | null }) {
  const { t, lang } = useI18n();
  setRectifyLang(lang);
  usePageTitle(t.rx.historyTitle);
  const data = useLoad(`rectify-versions|${id}`, () => rectifyPortalApi.versions(id));
  const [check, setCheck] = useState<{ kind: 'ok' | 'bad' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setCheck(null);
    try {
      const r = await rectifyPortalApi.verify(id);
      setCheck(r.ok ? { kind: 'ok', text: t.rx.verifyOk(r.versions) } : { kind: 'bad', text: t.rx.verifyBad(r.firstBad?.version ?? 0, r.firstBad?.reason ?? '') });
    } catch (e) {
      setCheck({ kind: 'error', text: errorText(e, t) });
    } finally {
      setBusy(false);
    }
  };

  const versions = data.data ? [...data.data.versions].reverse() : [];
  const latest = versions[0];
  return (
    <>
      <p>
        <a href={href('/rectify/problem', { id, ...(orgId ? { org: orgId } : {}) })}>← {t.rx.details}</a>
      </p>
      <h1 tabIndex={-1}>{t.rx.historyTitle}</h1>
      {latest ? (
        <p className="lead" lang="zh-CN">
          {latest.content.problem.description}
        </p>
      ) : null}
      <p>{t.rx.historyIntro}</p>
      <div className="rx-verify">
        <button type="button" className="btn btn-primary" onClick={() => void verify()} disabled={busy}>
          {busy ? t.rx.verifying : t.rx.verify}
        </button>
        <div role="status" className={check?.kind === 'ok' ? 'alert alert-ok' : undefined} data-testid="rx-verify-ok">
          {check?.kind === 'ok' ? check.text : ''}
        </div>
        <div role="alert" className={check && check.kind !== 'ok' ? 'alert alert-error' : undefined}>
          {check && check.kind !== 'ok' ? check.text : ''}
        </div>
      </div>
      {data.loading && !data.data ? <Loading /> : null}
      {data.error ? <LoadError error={data.error} onRetry={data.reload} /> : null}
      {data.data ? <p className="muted">{t.rx.versions(data.data.versions.length)}</p> : null}
      <ol className="cards rx-versions" reversed>
        {versions.map((v) => (
          <li key={v.version} className="card">
            <h2 className="rx-h3">{t.rx.version(v.version, formatDay(v.publishedAt.slice(0, 10), lang))}</h2>
            <dl className="rx-hashes">
              <dt>{t.rx.hash}</dt>
              <dd>
                <code>{v.hash}</code>
              </dd>
              <dt>{t.rx.prevHash}</dt>
              <dd>
                <code>{v.prevHash}</code>
              </dd>
            </dl>
            <h3 className="rx-h4">{t.rx.changes}</h3>
            {v.changes.length === 0 ? (
              <p className="muted">{t.rx.noChanges}</p>
            ) : (
              <ul className="rx-changes">
                {v.changes.map((c, i) => (
                  <li key={i}>
                    <code>{c.path}</code>：<span lang="zh-CN">{show(c.from)}</span> → <span lang="zh-CN">{show(c.to)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
