// 整改落实公开: per organization, the published problems with their measures and progress; one
// problem's page where each finished measure can be rated once; links to the version history.
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { formatDay, useI18n } from '../i18n';
import { errorText, href, LoadError, Loading, useLoad, usePageTitle } from '../ui';
import { percent, RATING_VALUES, rectifyPortalApi, setRectifyLang, StatusBadge, TallyLine, type Published, type PublishedMeasure, type RatingValue, type Tally } from './rectifyShared';
import './rectify.css';

export function RectifyList({ orgId }: { orgId: string | null }) {
  const { t, lang } = useI18n();
  setRectifyLang(lang);
  usePageTitle(t.rx.title);
  return (
    <>
      <h1 tabIndex={-1}>{t.rx.title}</h1>
      <p className="lead">{t.rx.intro}</p>
      {orgId ? <OrgRectification orgId={orgId} /> : <OrgChooser />}
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
      <p>{t.rx.pick}</p>
      <ul className="link-list">
        {orgs.map((o) => (
          <li key={o.id}>
            <a className="btn btn-secondary btn-wide" lang="zh-CN" href={href('/rectify', { org: o.id })}>
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function overall(items: Published[]): Tally {
  const sum = { satisfied: 0, basically: 0, dissatisfied: 0, total: 0, rate: null as number | null };
  for (const p of items) for (const r of p.ratings) {
    sum.satisfied += r.rating.satisfied;
    sum.basically += r.rating.basically;
    sum.dissatisfied += r.rating.dissatisfied;
    sum.total += r.rating.total;
  }
  sum.rate = sum.total ? Math.round(((sum.satisfied + sum.basically) * 1000) / sum.total) / 10 : null;
  return sum;
}

function OrgRectification({ orgId }: { orgId: string }) {
  const { t, lang } = useI18n();
  const data = useLoad(`rectify|${orgId}`, () => rectifyPortalApi.list(orgId));
  if (data.loading && !data.data) return <Loading />;
  if (data.error) return <LoadError error={data.error} onRetry={data.reload} />;
  if (!data.data) return null;
  const { org, items } = data.data;
  const all = overall(items);
  const measures = items.reduce((n, p) => n + p.content.measures.length, 0);
  return (
    <section aria-labelledby="rx-org">
      <h2 id="rx-org" className="org-heading">
        {t.rx.orgTitle(org.name)}
      </h2>
      {items.length === 0 ? (
        <p className="empty">{t.rx.none}</p>
      ) : (
        <>
          <p>
            {t.rx.summary(items.length, measures)}
            {all.total ? (
              <>
                <br />
                <strong data-testid="rx-overall">{t.rx.rateAll(percent(all.rate), all.total)}</strong>
              </>
            ) : null}
          </p>
          <ul className="cards">
            {items.map((p) => {
              const c = p.content.problem;
              return (
                <li key={p.problemId} className="card rx-problem">
                  <p className="rx-tags">
                    <span className="rx-wind">{t.rx.winds[c.wind] ?? c.wind}</span>
                    <StatusBadge status={c.status} kind="problem" />
                    {c.immediate ? <span className="status">{t.rx.immediate}</span> : null}
                  </p>
                  <h3 className="card-title" lang="zh-CN">
                    {c.description}
                  </h3>
                  <p className="card-org">
                    <span lang="zh-CN">{c.unit}</span> · {t.rx.sources[c.source] ?? c.source} · <span className="muted">{t.rx.version(p.version, formatDay(p.publishedAt.slice(0, 10), lang))}</span>
                  </p>
                  <ul className="rx-mini">
                    {p.content.measures.map((m) => {
                      const r = p.ratings.find((x) => x.measureId === m.id);
                      return (
                        <li key={m.id}>
                          <StatusBadge status={m.status} kind="measure" /> <span lang="zh-CN">{m.text}</span>
                          {r?.open && r.rating.total ? <span className="muted"> · {t.rx.rate(percent(r.rating.rate))}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                  <div className="card-actions">
                    <a className="btn btn-primary" href={href('/rectify/problem', { id: p.problemId, org: orgId })}>
                      {t.rx.details}
                      <span className="sr-only">：{c.description.slice(0, 30)}</span>
                    </a>
                    <a className="link" href={href('/rectify/history', { id: p.problemId, org: orgId })}>
                      {t.rx.history}
                      <span className="sr-only">：{c.description.slice(0, 30)}</span>
                    </a>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

export function RectifyProblem({ id, orgId }: { id: string; orgId: string | null }) {
  const { t, lang } = useI18n();
  setRectifyLang(lang);
  usePageTitle(t.rx.problem);
  const data = useLoad(`rectify-problem|${id}`, () => rectifyPortalApi.problem(id));
  const back = orgId ? (
    <p>
      <a href={href('/rectify', { org: orgId })}>← {t.rx.back}</a>
    </p>
  ) : null;
  if (data.loading && !data.data) return <Loading />;
  if (data.error || !data.data) {
    return (
      <>
        <h1 tabIndex={-1}>{t.rx.problem}</h1>
        {back}
        <LoadError error={data.error} onRetry={data.reload} />
      </>
    );
  }
  const p = data.data;
  const c = p.content.problem;
  return (
    <>
      {back}
      <h1 tabIndex={-1} lang="zh-CN" className="rx-h1">
        {c.description}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t.rx.unit}</dt>
          <dd lang="zh-CN">{c.unit}</dd>
        </div>
        <div>
          <dt>{t.rx.wind}</dt>
          <dd>{t.rx.winds[c.wind] ?? c.wind}</dd>
        </div>
        <div>
          <dt>{t.rx.source}</dt>
          <dd>{t.rx.sources[c.source] ?? c.source}</dd>
        </div>
        <div>
          <dt>{t.rx.target}</dt>
          <dd>
            {t.rx.targets[c.target] ?? c.target}
            {c.targetLabel ? <span lang="zh-CN">（{c.targetLabel}）</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t.rx.status}</dt>
          <dd>
            <StatusBadge status={c.status} kind="problem" />
            {c.immediate ? <> · {t.rx.immediate}</> : null}
          </dd>
        </div>
      </dl>
      {p.content.note ? (
        <p className="quote" lang="zh-CN">
          {p.content.note}
        </p>
      ) : null}
      <p className="muted">
        {t.rx.version(p.version, formatDay(p.publishedAt.slice(0, 10), lang))} ·{' '}
        <a href={href('/rectify/history', { id: p.problemId, ...(orgId ? { org: orgId } : {}) })}>{t.rx.history}</a>
      </p>
      <h2>{t.rx.measures}</h2>
      <ul className="cards">
        {p.content.measures.map((m, i) => (
          <li key={m.id} className="card">
            <MeasureBlock measure={m} index={i} rating={p.ratings.find((r) => r.measureId === m.id)} onRated={data.reload} />
          </li>
        ))}
      </ul>
    </>
  );
}

function MeasureBlock({ measure: m, index, rating, onRated }: { measure: PublishedMeasure; index: number; rating?: { open: boolean; rating: Tally }; onRated: () => void }) {
  const { t, lang } = useI18n();
  const headingId = `rx-m-${index}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title rx-m-title" lang="zh-CN">
        {m.text}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t.rx.status}</dt>
          <dd>
            <StatusBadge status={m.status} kind="measure" />
            {m.verifiedOn ? <> · {t.rx.verifiedOn(formatDay(m.verifiedOn, lang))}</> : null}
          </dd>
        </div>
        <div>
          <dt>{t.rx.owner}</dt>
          <dd lang="zh-CN">{m.ownerUnit}</dd>
        </div>
        <div>
          <dt>{t.rx.period}</dt>
          <dd>{t.dateRange(formatDay(m.startsOn, lang), formatDay(m.dueOn, lang))}</dd>
        </div>
      </dl>
      {m.milestones.length ? (
        <>
          <h4 className="rx-h4">{t.rx.milestones}</h4>
          <ul className="rx-ms">
            {m.milestones.map((x, i) => (
              <li key={i} className={x.done ? 'done' : ''}>
                <span aria-hidden="true">{x.done ? '✔' : '○'}</span> <span lang="zh-CN">{x.title}</span> · {formatDay(x.dueOn, lang)} ·{' '}
                <span className={x.done ? 'rx-done' : 'muted'}>{x.done ? t.rx.milestoneDone : t.rx.milestoneOpen}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {m.progress.length ? (
        <>
          <h4 className="rx-h4">{t.rx.progress}</h4>
          <ol className="timeline">
            {m.progress.map((x, i) => (
              <li key={i} className="step">
                <p className="step-head">
                  <span className="step-label">{formatDay(x.day, lang)}</span>
                </p>
                <p className="step-text" lang="zh-CN">
                  {x.text}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {m.evidenceCount ? <p className="muted">{t.rx.evidence(m.evidenceCount)}</p> : null}
      <h4 className="rx-h4">{t.rx.rateShort}</h4>
      {rating?.open ? <TallyLine tally={rating.rating} t={t} /> : null}
      {rating?.open ? <RateForm measure={m} onRated={onRated} /> : <p className="muted">{t.rx.notRateable}</p>}
    </section>
  );
}

function RateForm({ measure, onRated }: { measure: PublishedMeasure; onRated: () => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<RatingValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [ok, setOk] = useState('');
  const [err, setErr] = useState('');
  const [done, setDone] = useState(false);
  const name = `rate-${measure.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOk('');
    setErr('');
    if (!choice) {
      setErr(t.rx.rateChoose);
      return;
    }
    setBusy(true);
    try {
      const r = await rectifyPortalApi.rate(measure.id, choice);
      setOk(r.reopened ? `${t.rx.rated} ${t.rx.reopened}` : t.rx.rated);
      setDone(true);
      onRated();
    } catch (error) {
      setErr(errorText(error, t));
      if (error && typeof error === 'object' && 'code' in error && (error as { code: string }).code === 'rectify.rating_duplicate') setDone(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="rx-rate" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="rx-fieldset" aria-describedby={`${name}-help`}>
        <legend className="rx-legend">{t.rx.rateLegend(measure.text.length > 40 ? `${measure.text.slice(0, 40)}…` : measure.text)}</legend>
        <p className="hint" id={`${name}-help`}>
          {t.rx.rateHelp}
        </p>
        <div className="choices rx-choices">
          {RATING_VALUES.map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={name} value={v} checked={choice === v} disabled={done} onChange={() => setChoice(v)} />
              <span>{t.rx.ratings[v]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={busy || done}>
        {busy ? t.rx.rating : t.rx.rateSubmit}
      </button>
      <div role="status" className={ok ? 'alert alert-ok' : undefined}>
        {ok}
      </div>
      <div role="alert" className={err ? 'alert alert-error' : undefined}>
        {err}
      </div>
    </form>
  );
}
