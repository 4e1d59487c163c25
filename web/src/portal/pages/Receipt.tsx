import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, normalizeReceipt, type SubmitterView } from '../api';
import { formatDay, useI18n } from '../i18n';
import { Counter, errorText, Live, usePageTitle } from '../ui';

const INFO_MAX = 2000;

/**
 * Look up an opinion with its receipt. The receipt stays in this component's state only and is
 * sent in the request body (never in the address); "clear" forgets it.
 */
export function Receipt() {
  const { t, lang } = useI18n();
  usePageTitle(t.lookupTitle);
  const [input, setInput] = useState('');
  const [receipt, setReceipt] = useState<string | null>(null);
  const [view, setView] = useState<SubmitterView | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState('');
  const [infoError, setInfoError] = useState('');
  const [infoBusy, setInfoBusy] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  useEffect(() => {
    if (view && focusResult.current) {
      focusResult.current = false;
      resultRef.current?.focus();
    }
  }, [view]);

  async function lookup(e: FormEvent) {
    e.preventDefault();
    setNotice('');
    const normalized = normalizeReceipt(input);
    if (!normalized) {
      setError(t.errReceipt);
      document.getElementById('receipt-input')?.focus();
      return;
    }
    setError('');
    setBusy(true);
    try {
      const v = await api.receipt(normalized);
      focusResult.current = true;
      setReceipt(normalized);
      setView(v);
    } catch (err) {
      setView(null);
      setReceipt(null);
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  }

  async function addInfo(e: FormEvent) {
    e.preventDefault();
    if (!receipt || infoBusy) return;
    setNotice('');
    if (!info.trim()) {
      setInfoError(t.errInfo);
      document.getElementById('info')?.focus();
      return;
    }
    setInfoError('');
    setInfoBusy(true);
    try {
      await api.addInfo(receipt, info.trim());
      setView(await api.receipt(receipt));
      setInfo('');
      setNotice(t.infoDone);
    } catch (err) {
      setInfoError(errorText(err, t));
    } finally {
      setInfoBusy(false);
    }
  }

  function clear() {
    setInput('');
    setReceipt(null);
    setView(null);
    setInfo('');
    setError('');
    setInfoError('');
    setNotice(t.cleared);
    document.getElementById('receipt-input')?.focus();
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.lookupTitle}</h1>
      <p className="lead">{t.lookupIntro}</p>
      <form className="form" onSubmit={lookup} noValidate>
        <div className="field">
          <label htmlFor="receipt-input">{t.receiptLabel}</label>
          <p className="hint" id="receipt-hint">{t.receiptHint}</p>
          <input
            id="receipt-input"
            className="receipt-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={40}
            placeholder="1234 5678 9012 3456"
            aria-describedby={error ? 'receipt-hint receipt-error' : 'receipt-hint'}
            aria-invalid={error ? true : undefined}
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </div>
        <Live kind="error">{error ? <p id="receipt-error">{error}</p> : null}</Live>
        <button type="submit" className="btn btn-primary btn-wide" disabled={busy}>
          {busy ? t.lookingUp : t.lookup}
        </button>
      </form>

      <Live kind="ok">{notice ? <p>{notice}</p> : null}</Live>

      {view && (
        <section className="result" aria-labelledby="result-title">
          <h2 id="result-title" ref={resultRef} tabIndex={-1}>
            {t.resultTitle}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t.statusNow}</dt>
              <dd>
                <span className={`status status-${view.status}`}>{t.statuses[view.status] ?? view.status}</span>
              </dd>
            </div>
            <div>
              <dt>{t.orgLabel}</dt>
              <dd lang="zh-CN">{view.org}</dd>
            </div>
            <div>
              <dt>{t.receivedOn}</dt>
              <dd>{formatDay(view.receivedOn, lang)}</dd>
            </div>
          </dl>
          <h3>{t.yourOpinion}</h3>
          <blockquote className="quote">{view.body}</blockquote>
          <h3>{t.stepsTitle}</h3>
          <ol className="timeline">
            {view.steps.map((s, i) => {
              const label =
                s.kind === 'info' ? t.stepInfo : s.kind === 'reply' ? t.stepReply : t.stepStatus(s.toStatus ? t.statuses[s.toStatus] ?? s.toStatus : '');
              return (
                <li key={i} className={`step step-${s.kind}${s.text && s.fromOffice ? ' step-answer' : ''}`}>
                  <p className="step-head">
                    <span className="step-label">{label}</span>
                    <span className="muted">
                      {formatDay(s.day, lang)} · {s.fromOffice ? t.fromOffice : t.fromYou}
                    </span>
                  </p>
                  {s.text && (
                    <p className="step-text" lang={s.fromOffice ? 'zh-CN' : undefined}>
                      {s.fromOffice && s.kind === 'status' && <span className="sr-only">{t.stepReply}{t.colon}</span>}
                      {s.text}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>

          <form className="form" onSubmit={addInfo} noValidate>
            <div className="field">
              <label htmlFor="info">{t.infoLabel}</label>
              <p className="hint" id="info-hint">{t.infoHint}</p>
              <textarea
                id="info"
                rows={4}
                maxLength={INFO_MAX}
                value={info}
                aria-describedby={infoError ? 'info-hint info-count info-error' : 'info-hint info-count'}
                aria-invalid={infoError ? true : undefined}
                onChange={(e) => setInfo(e.target.value)}
              />
              <Counter id="info-count" value={info} max={INFO_MAX} />
            </div>
            <Live kind="error">{infoError ? <p id="info-error">{infoError}</p> : null}</Live>
            <button type="submit" className="btn btn-primary btn-wide" disabled={infoBusy}>
              {infoBusy ? t.submitting : t.infoSubmit}
            </button>
          </form>
          <button type="button" className="btn btn-secondary btn-wide" onClick={clear}>
            {t.clear}
          </button>
        </section>
      )}
    </>
  );
}
