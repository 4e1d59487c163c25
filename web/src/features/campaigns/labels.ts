import type { TFunction } from 'i18next';
import type { Phase } from '../../shared/api-types';

export function batchLabel(t: TFunction, batch: number | string): string {
  return typeof batch === 'number' || /^\d+$/.test(String(batch)) ? t('campaigns.batchN', { n: Number(batch) }) : String(batch);
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
