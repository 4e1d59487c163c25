import type { MessageCode } from './i18n/messages.js';

// A user-facing failure: a status, a message key and its params. The HTTP layer turns it
// into {code, message} in the caller's language; commands never build message text.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = (code: MessageCode, params: Record<string, unknown> = {}) => new AppError(404, code, params);
export const badRequest = (code: MessageCode, params: Record<string, unknown> = {}, details?: unknown) =>
  new AppError(400, code, params, details);
export const conflict = (code: MessageCode, params: Record<string, unknown> = {}) => new AppError(409, code, params);
export const forbidden = () => new AppError(403, 'auth.forbidden');
