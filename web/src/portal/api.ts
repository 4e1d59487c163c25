// The portal's API client: same origin, no cookies sent (credentials: 'omit'), no referrer, no
// caching of answers. Errors carry the server's message in the language asked for.
import type { Lang } from './i18n';

export interface Solicitation {
  id: string;
  campaignId: string;
  org: { id: string; name: string };
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  audiences: string[];
  channels: string[];
  targetKind: string;
  targetLabel: string;
}

export interface Unit {
  id: string;
  name: string;
  parentName: string | null;
}

export type TargetKind = 'unit' | 'leadership' | 'leader';

export interface SubmitResult {
  receipt: string | null;
  status: string;
  receivedOn: string;
}

export interface SubmitterView {
  status: string;
  org: string;
  body: string;
  receivedOn: string;
  steps: { day: string; kind: string; toStatus: string | null; text: string; fromOffice: boolean }[];
}

export interface Disclosures {
  org: { id: string; name: string };
  groups: { category: string | null; items: { id: string; unit: string; text: string; action: string; status: string; receivedOn: string }[] }[];
}

export interface Letter {
  recipientName: string;
  responded: boolean;
  solicitation: Solicitation;
}

export class PortalError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'PortalError';
    this.status = status;
    this.code = code;
  }
}

let currentLang: Lang = 'zh-CN';
export function setApiLang(lang: Lang): void {
  currentLang = lang;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
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

export const api = {
  solicitations: () => request<{ items: Solicitation[] }>('GET', '/api/portal/solicitations'),
  units: (campaignId: string, q: string, solicitationId?: string) => {
    const params = new URLSearchParams({ campaignId });
    if (solicitationId) params.set('solicitationId', solicitationId);
    if (q.trim()) params.set('q', q.trim().slice(0, 30));
    return request<{ items: Unit[] }>('GET', `/api/portal/units?${params}`);
  },
  submit: (body: Record<string, unknown> | FormData) => request<SubmitResult>('POST', '/api/portal/opinions', body),
  receipt: (receipt: string) => request<SubmitterView>('POST', '/api/portal/receipt', { receipt }),
  addInfo: (receipt: string, text: string) => request<{ ok: boolean }>('POST', '/api/portal/receipt/info', { receipt, text }),
  disclosures: (orgId: string) => request<Disclosures>('GET', `/api/portal/disclosures?${new URLSearchParams({ orgId })}`),
  letter: (token: string) => request<Letter>('GET', `/api/portal/letters/${encodeURIComponent(token)}`),
  answerLetter: (token: string, body: string, anonymous: boolean) =>
    request<{ receipt: string | null }>('POST', `/api/portal/letters/${encodeURIComponent(token)}/opinions`, { body, anonymous }),
};

/** Spaces and dashes may separate the digit groups; anything else is not a receipt. */
export function normalizeReceipt(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

export function groupReceipt(receipt: string): string[] {
  return receipt.match(/.{1,4}/g) ?? [receipt];
}
