// Small building blocks shared by the portal's pages: hash routing, loading, errors, the
// receipt shown once.
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import { groupReceipt, PortalError } from './api';
import { useI18n, type Dict } from './i18n';

export interface Route {
  path: string;
  params: URLSearchParams;
}

function parseHash(): Route {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?', 2);
  return { path: path || '/', params: new URLSearchParams(query) };
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const onChange = () => setRoute(parseHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(path: string, params?: Record<string, string>): string {
  const q = params ? new URLSearchParams(params).toString() : '';
  return `#${path}${q ? `?${q}` : ''}`;
}

export function errorText(err: unknown, t: Dict): string {
  if (err instanceof PortalError) {
    if (err.status === 0) return t.networkError;
    return err.message || t.httpError(err.status);
  }
  return t.httpError(0);
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs a request when its key changes; the latest answer wins. */
export function useLoad<T>(key: string | null, fn: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown; loading: boolean }>({ key: null, loading: !!key });
  const [tick, setTick] = useState(0);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    fnRef.current().then(
      (data) => live && setState({ key, data, loading: false }),
      (error: unknown) => live && setState({ key, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} - ${t.siteName}`;
  }, [title, t]);
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t.loading}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorText(error, t)}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

/** A region whose changes are read out: errors assertively, results politely. */
export function Live({ kind, children }: { kind: 'error' | 'ok'; children: ReactNode }) {
  if (kind === 'error') {
    return (
      <div role="alert" className={children ? 'alert alert-error' : undefined}>
        {children}
      </div>
    );
  }
  return (
    <div role="status" className={children ? 'alert alert-ok' : undefined}>
      {children}
    </div>
  );
}

/** `cut`: the last paste did not fit and the field kept its first characters (usePasteCut): said beside the count. */
export function Counter({ id, value, max, cut = false }: { id: string; value: string; max: number; cut?: boolean }) {
  const { t } = useI18n();
  const near = value.length > max * 0.9;
  return (
    <p id={id} className={near || cut ? 'counter counter-near' : 'counter'} role={cut ? 'status' : undefined}>
      {t.counter(value.length, max)}
      {cut ? ` ${t.pasteCut(max)}` : ''}
    </p>
  );
}

/**
 * Whether the last paste into a text field with a maxLength was cut short: the browser keeps what fits and says nothing
 * (review: a long pasted letter was cut to 5,000 characters without a word). Typing clears it.
 */
export function usePasteCut(max: number) {
  const [cut, setCut] = useState(false);
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const el = e.currentTarget;
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    setCut(e.clipboardData.getData('text').length > max - (el.value.length - selected));
  };
  return { cut, onPaste, clear: () => setCut(false) };
}

async function copyText(text: string, fallbackNode: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back to selecting the text
  }
  if (!fallbackNode) return false;
  const range = document.createRange();
  range.selectNodeContents(fallbackNode);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * The receipt, shown once: large, in groups of four, with a copy button and a plain warning.
 * It lives only in the caller's state; nothing here writes it anywhere.
 */
export function ReceiptOnce({ receipt }: { receipt: string }) {
  const { t } = useI18n();
  const numberRef = useRef<HTMLParagraphElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'ok' | 'failed'>('idle');
  return (
    <section className="receipt-once" aria-labelledby="receipt-once-title">
      <h2 id="receipt-once-title">{t.receiptTitle}</h2>
      <p className="receipt-number" ref={numberRef} data-testid="receipt">
        {groupReceipt(receipt).map((g, i) => (
          <span key={i} className="receipt-group">
            {g}
            {i < 3 ? ' ' : ''}
          </span>
        ))}
      </p>
      <p className="warning">
        <span aria-hidden="true" className="warning-icon">!</span>
        {t.receiptWarning}
      </p>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void copyText(receipt, numberRef.current).then((ok) => setCopyState(ok ? 'ok' : 'failed'))}
      >
        {t.copy}
      </button>
      <div role="status" className="copy-status">
        {copyState === 'ok' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
      </div>
      <p>
        <a className="btn btn-secondary" href={href('/receipt')}>
          {t.receiptGoLookup}
        </a>
      </p>
    </section>
  );
}
