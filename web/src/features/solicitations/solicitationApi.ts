import { api } from '../../shared/api';
import type {
  CreateSolicitationRequest,
  CreateSymposiumRequest,
  Id,
  LetterListResponse,
  LettersCreatedResponse,
  LettersRequest,
  SolicitationListResponse,
  SolicitationResponse,
  SymposiumCreatedResponse,
  SymposiumListResponse,
  UpdateSolicitationRequest,
} from '../../shared/api-types';

const enc = encodeURIComponent;

export const solicitationApi = {
  list: (campaignId: Id, signal?: AbortSignal) =>
    api.get<SolicitationListResponse>(`/api/campaigns/${enc(campaignId)}/solicitations`, undefined, signal),
  create: (campaignId: Id, body: CreateSolicitationRequest) =>
    api.post<SolicitationResponse>(`/api/campaigns/${enc(campaignId)}/solicitations`, body),
  update: (id: Id, body: UpdateSolicitationRequest) => api.patch<SolicitationResponse>(`/api/solicitations/${enc(id)}`, body),
  letters: (id: Id, signal?: AbortSignal) => api.get<LetterListResponse>(`/api/solicitations/${enc(id)}/letters`, undefined, signal),
  sendLetters: (id: Id, body: LettersRequest) => api.post<LettersCreatedResponse>(`/api/solicitations/${enc(id)}/letters`, body),
  symposiums: (campaignId: Id, signal?: AbortSignal) =>
    api.get<SymposiumListResponse>(`/api/campaigns/${enc(campaignId)}/symposiums`, undefined, signal),
  recordSymposium: (campaignId: Id, body: CreateSymposiumRequest) =>
    api.post<SymposiumCreatedResponse>(`/api/campaigns/${enc(campaignId)}/symposiums`, body),
};

export function solicitationsPath(campaignId: Id): string {
  return `/campaigns/${enc(campaignId)}/solicitations`;
}

/** Parses "姓名，单位" lines (Chinese or ASCII comma, or a tab); returns the recipients or the first bad line (1-based). */
export function parseRecipients(text: string): { recipients: { name: string; unit: string }[]; badLine: number | null } {
  const recipients: { name: string; unit: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^([^,，、\t]*)[,，、\t]?(.*)$/.exec(line);
    const name = (m?.[1] ?? '').trim();
    const unit = (m?.[2] ?? '').trim();
    if (!name || name.length > 50 || unit.length > 100) return { recipients, badLine: i + 1 };
    recipients.push({ name, unit });
  }
  return { recipients, badLine: null };
}
