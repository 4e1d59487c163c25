import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { formatDay, useI18n } from '../i18n';
import { Counter, usePasteCut, errorText, href, Live, LoadError, Loading, ReceiptOnce, useLoad, usePageTitle } from '../ui';

const BODY_MAX = 5000;

export function Letter({ token }: { token: string }) {
  const { t, lang } = useI18n();
  usePageTitle(t.letterTitle);
  const letter = useLoad(`letter|${token}`, () => api.letter(token));
  const [body, setBody] = useState('');
  const paste = usePasteCut(BODY_MAX);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ receipt: string | null } | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setError(t.errBody);
      document.getElementById('letter-body')?.focus();
      return;
    }
    setError('');
    setBusy(true);
    try {
      setDone(await api.answerLetter(token, body, anonymous));
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  }

  const data = letter.data;
  return (
    <>
      <h1 tabIndex={-1}>{t.letterTitle}</h1>
      {letter.loading && !data && <Loading />}
      {!!letter.error && <LoadError error={letter.error} />}
      {data && done && (
        <div className="done">
          <h2 ref={doneRef} tabIndex={-1}>
            {t.letterDone}
          </h2>
          {done.receipt && <ReceiptOnce receipt={done.receipt} />}
          <p>
            <a className="link" href={href('/')}>
              {t.backHome}
            </a>
          </p>
        </div>
      )}
      {data && !done && (
        <>
          <div className="letter">
            <p className="letter-greeting">{t.letterGreeting(data.recipientName)}</p>
            <p>{t.letterAsk(data.solicitation.org.name, data.solicitation.title)}</p>
            {data.solicitation.description && <p className="card-desc" lang="zh-CN">{data.solicitation.description}</p>}
            <p className="muted">
              {t.periodLabel}{t.colon}{t.dateRange(formatDay(data.solicitation.startsOn, lang), formatDay(data.solicitation.endsOn, lang))}
            </p>
          </div>
          {data.responded && <p className="alert alert-info">{t.letterResponded}</p>}
          <form className="form" onSubmit={onSubmit} noValidate>
            <div className="field">
              <label htmlFor="letter-body">{t.bodyLabel}</label>
              <textarea
                id="letter-body"
                rows={7}
                maxLength={BODY_MAX}
                value={body}
                aria-describedby={error ? 'letter-count letter-error' : 'letter-count'}
                aria-invalid={error && !body.trim() ? true : undefined}
                onPaste={paste.onPaste}
                onChange={(e) => {
                  if (e.nativeEvent instanceof InputEvent && e.nativeEvent.inputType !== 'insertFromPaste') paste.clear();
                  setBody(e.target.value);
                }}
              />
              <Counter id="letter-count" value={body} max={BODY_MAX} cut={paste.cut} />
            </div>
            <div className="field">
              <label className="choice choice-block">
                <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} aria-describedby="letter-anon-help" />
                <span>
                  <strong>{t.letterAnon}</strong>
                  <span className="hint" id="letter-anon-help">{t.letterAnonHelp}</span>
                </span>
              </label>
            </div>
            <Live kind="error">{error ? <p id="letter-error">{error}</p> : null}</Live>
            <button type="submit" className="btn btn-primary btn-wide" disabled={busy}>
              {busy ? t.submitting : t.submit}
            </button>
          </form>
        </>
      )}
    </>
  );
}
