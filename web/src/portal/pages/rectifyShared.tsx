// The public side of rectification: its API (src/modules/rectify/portal-routes.ts) and the pieces
// its pages share. Reads send no cookies; only the rating sends (and receives) the portal's own
// rater cookie, the one way the server can refuse a second rating (decision 0010).
import { PortalError } from '../api';
import { useI18n, type Dict } from '../i18n';

export interface PublishedMeasure {
  id: string;
  text: string;
  ownerUnit: string;
  startsOn: string;
  dueOn: string;
  status: string;
  verifiedOn: string | null;
  evidenceCount: number;
  milestones: { title: string; dueOn: string; done: boolean }[];
  progress: { day: string; text: string }[];
}

export interface PublishedContent {
  problem: { id: string; unit: string; source: string; wind: string; description: string; target: string; targetLabel: string; severity: number; immediate: boolean; status: string };
  measures: PublishedMeasure[];
  note: string;
}

export interface Tally {
  satisfied: number;
  basically: number;
  dissatisfied: number;
  total: number;
  rate: number | null;
}

export interface Published {
  problemId: string;
  version: number;
  publishedAt: string;
  hash: string;
  content: PublishedContent;
  ratings: { measureId: string; open: boolean; rating: Tally }[];
}

export interface Version {
  version: number;
  publishedAt: string;
  prevHash: string;
  hash: string;
  content: PublishedContent;
  changes: { path: string; from?: unknown; to?: unknown }[];
}

export type RatingValue = 'satisfied' | 'basically' | 'dissatisfied';
export const RATING_VALUES: RatingValue[] = ['satisfied', 'basically', 'dissatisfied'];

let lang = 'zh-CN';
export function setRectifyLang(l: string) {
  lang = l;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, withCookie = false): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Accept-Language': lang, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      credentials: withCookie ? 'same-origin' : 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch {
    throw new PortalError(0, 'network', '');
  }
  if (!res.ok) {
    let code = `http_${res.status}`;
    let message = '';
    try {
      const parsed = (await res.json()) as { code?: unknown; message?: unknown };
      if (typeof parsed.code === 'string') code = parsed.code;
      if (typeof parsed.message === 'string') message = parsed.message;
    } catch {
      // not JSON
    }
    throw new PortalError(res.status, code, message);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;
export const rectifyPortalApi = {
  list: (orgId: string) => call<{ org: { id: string; name: string }; items: Published[] }>('GET', `/api/portal/rectify/problems?${new URLSearchParams({ orgId, limit: '100' })}`),
  problem: (id: string) => call<Published>('GET', `/api/portal/rectify/problems/${enc(id)}`),
  versions: (id: string) => call<{ problemId: string; versions: Version[] }>('GET', `/api/portal/rectify/problems/${enc(id)}/versions`),
  verify: (id: string) => call<{ ok: boolean; versions: number; firstBad: { version: number; reason: string } | null }>('GET', `/api/portal/rectify/problems/${enc(id)}/verify`),
  rate: (measureId: string, rating: RatingValue) => call<{ rating: Tally; reopened: boolean }>('POST', `/api/portal/rectify/measures/${enc(measureId)}/ratings`, { rating }, true),
};

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${rate}%`;
}

/** The satisfaction of one measure: the tally and the rate, or "no ratings yet". */
export function TallyLine({ tally, t }: { tally: Tally; t: Dict }) {
  if (!tally.total) return <p className="muted">{t.rx.noRatings}</p>;
  return (
    <p className="rx-tally">
      <strong>{t.rx.rate(percent(tally.rate))}</strong> <span className="muted">{t.rx.tally(tally.satisfied, tally.basically, tally.dissatisfied)}</span>
    </p>
  );
}

export function StatusBadge({ status, kind }: { status: string; kind: 'problem' | 'measure' }) {
  const { t } = useI18n();
  const label = kind === 'problem' ? t.rx.problemStatus[status as keyof typeof t.rx.problemStatus] : t.rx.measureStatus[status as keyof typeof t.rx.measureStatus];
  return <span className={`status rx-s-${status}`}>{label ?? status}</span>;
}
