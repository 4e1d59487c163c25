import type { OpinionStatus } from '../../shared/api-types';

export const STATUS_COLORS: Record<OpinionStatus, string> = {
  received: 'blue',
  triaged: 'cyan',
  merged: 'default',
  answered: 'green',
  accepted: 'orange',
  fixed: 'purple',
  closed: 'default',
};

/** Today in China (UTC+8) as YYYY-MM-DD, the day the server stamps on entries. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
