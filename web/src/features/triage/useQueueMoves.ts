// j / k (and the arrows): the active row moves one up or down. Past the last row shown the next
// page loads, and the moves typed meanwhile (a held j) land once its rows are rendered: none is lost.
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageQueue } from './useTriageQueue';

export function useQueueMoves(q: TriageQueue, say: (text: string) => void) {
  const { t } = useTranslation();
  /** The next page came while moves were queued: where they started (applied once its rows render). */
  const [landing, setLanding] = useState<{ queued: { delta: number }; from: number } | null>(null);

  // The queued moves land once the new rows are rendered, before any further key is handled:
  // until then a key still counts into the queue (the handler's rows and active row are the old ones).
  useLayoutEffect(() => {
    if (!landing) return;
    setLanding(null);
    if (q.queuedMoves.current !== landing.queued) return;
    q.queuedMoves.current = null;
    const to = Math.max(0, Math.min(landing.from + landing.queued.delta, q.items.length - 1));
    if (to === landing.from) say(t('triage.announce.last'));
    q.setActive(to);
    q.focusActive();
    // landing is the request; the other values are read at that moment
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landing]);

  return (delta: number) => {
    // The next page is on its way: this move counts from where the earlier ones end.
    if (q.queuedMoves.current) {
      q.queuedMoves.current.delta += delta;
      return;
    }
    const next = q.active + delta;
    if (next < 0) {
      say(t('triage.announce.first'));
      return;
    }
    if (next >= q.items.length) {
      if (!q.cursor) {
        say(t('triage.announce.last'));
        return;
      }
      const from = q.active;
      const queued = { delta };
      q.queuedMoves.current = queued;
      const g = q.generation.current;
      void q.loadMore().then((listed) => {
        if (q.queuedMoves.current !== queued) return;
        if (g !== q.generation.current || listed === 0) q.queuedMoves.current = null;
        else setLanding({ queued, from });
      });
      return;
    }
    q.setActive(next);
    q.focusActive();
  };
}
