import type { TFunction } from 'i18next';
import type { Phase } from '../../shared/api-types';

export function batchLabel(t: TFunction, batch: number | string): string {
  if (!(typeof batch === 'number' || /^\d+$/.test(String(batch)))) return String(batch);
  const n = Number(batch);
  // The two batches of the programme have names of their own (第一批 / 第二批).
  if (n === 1) return t('campaigns.batchFirst');
  if (n === 2) return t('campaigns.batchSecond');
  return t('campaigns.batchN', { n });
}

/** Solid tag colours (white text on them keeps AA contrast). */
export const PHASE_COLORS: Record<Phase, string> = {
  listen: '#1d4ed8',
  examine: '#9a3412',
  rectify: '#166534',
};

/** Colour band of a completion percentage (kept readable: text stays dark on light fills). */
export function percentBand(p: number): 'high' | 'mid' | 'low' | 'zero' {
  if (p >= 80) return 'high';
  if (p >= 40) return 'mid';
  if (p > 0) return 'low';
  return 'zero';
}
