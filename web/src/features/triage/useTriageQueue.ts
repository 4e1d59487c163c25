// The queue's rows as the server gives them: the filters, the pages loaded so far, the untriaged
// figures, the active row and the selection, and the requests that keyboard focus go to the
// active row. Loading from the start (after a run, a refused accept, 刷新) keeps as many rows
// as were shown — a page of at most MAX_PAGE at a time — and the active row where it is still listed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { errorMessage, isAbort } from '../../shared/api';
import type { Category, Id } from '../../shared/api-types';
import { triageApi, type QueueItem, type QueueQuery, type QueueResponse, type QueueState, type TriageCounts } from './triageApi';

export const PAGE = 50;
/** The largest page the server gives (the queue's `limit`, src/modules/triage/routes.ts). */
export const MAX_PAGE = 200;

export interface Filters {
  state: QueueState;
  wind?: Category;
  suggested?: Category;
  orgId?: Id;
}

/**
 * The first `want` rows (at least one page), asked for a page of at most MAX_PAGE at a time; the
 * cursor, total and counts are the last page's.
 */
export async function rowsFromStart(page: (after: string | undefined, limit: number) => Promise<QueueResponse>, want: number): Promise<QueueResponse> {
  let r = await page(undefined, Math.min(MAX_PAGE, want));
  const items = [...r.items];
  const seen = new Set(items.map((x) => x.id));
  while (items.length < want && r.nextCursor && r.items.length) {
    r = await page(r.nextCursor, Math.min(MAX_PAGE, want - items.length));
    for (const x of r.items) {
      if (seen.has(x.id)) continue;
      seen.add(x.id);
      items.push(x);
    }
  }
  return { ...r, items };
}

export type TriageQueue = ReturnType<typeof useTriageQueue>;

export function useTriageQueue(campaignId: Id) {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ state: 'untriaged' });
  const [items, setItems] = useState<QueueItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState<TriageCounts | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Id[]>([]);
  /** Bumped to ask that keyboard focus go to the active row (useRowFocus). */
  const [focusTick, setFocusTick] = useState(0);
  const ctrl = useRef<AbortController | null>(null);
  /** Bumped by every load from the start: a later page of an older list is dropped. */
  const generation = useRef(0);
  /** Moves typed while the next page loads (j held at the end of the list), applied when it comes (useQueueMoves). */
  const queuedMoves = useRef<{ delta: number } | null>(null);
  /** Set by the filter bar: focus returns to the queue once the filtered list is in. */
  const refocusAfterLoad = useRef(false);
  // The latest rows and active row, for work that ends after later renders (a refused accept).
  const latest = useRef({ items, active });
  latest.current = { items, active };

  const focusActive = useCallback(() => setFocusTick((n) => n + 1), []);

  const query = useCallback((after?: string, limit = PAGE): QueueQuery => ({ ...filters, after, limit }), [filters]);

  /**
   * Loads the queue from the start: `keep` items' worth (after a merge, a split or a run), the
   * row `keepId` staying the active one when it is still listed, focus on it when `focus`.
   */
  const load = useCallback(
    async (opts: { keep?: number; keepId?: Id | null; focus?: boolean } = {}) => {
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      generation.current += 1;
      queuedMoves.current = null;
      setLoading(true);
      setError(undefined);
      try {
        const r = await rowsFromStart((after, limit) => triageApi.queue(campaignId, query(after, limit), c.signal), Math.max(PAGE, opts.keep ?? PAGE));
        if (c.signal.aborted) return;
        setItems(r.items);
        setCursor(r.nextCursor);
        setTotal(r.total);
        setCounts(r.counts);
        const kept = opts.keepId ? r.items.findIndex((x) => x.id === opts.keepId) : -1;
        setActive((a) => (kept >= 0 ? kept : Math.min(a, Math.max(0, r.items.length - 1))));
        setSelected((sel) => sel.filter((x) => r.items.some((o) => o.id === x)));
        // Only when focus is still where the change was made (not taken elsewhere meanwhile).
        const here = document.activeElement;
        if (opts.focus && (!here || here === document.body || here.closest('.tri-filters'))) setFocusTick((n) => n + 1);
      } catch (e) {
        if (!isAbort(e) && !c.signal.aborted) setError(e);
      } finally {
        if (!c.signal.aborted) setLoading(false);
      }
    },
    [campaignId, query],
  );

  useEffect(() => {
    setActive(0);
    setSelected([]);
    void load({ focus: refocusAfterLoad.current });
    refocusAfterLoad.current = false;
    return () => ctrl.current?.abort();
  }, [load]);

  /** The rows again as far as they are shown, the filters and the active row kept (after a run, a refused accept). */
  const reloadRows = useCallback(() => {
    const { items: now, active: at } = latest.current;
    return load({ keep: now.length, keepId: now[at]?.id ?? null });
  }, [load]);

  /** A filter of the filter bar changed: the list follows, and the keys go back to it. */
  const changeFilters = (patch: Partial<Filters>) => {
    refocusAfterLoad.current = true;
    setFilters((f) => ({ ...f, ...patch }));
  };
  const resetFilters = () => {
    refocusAfterLoad.current = true;
    setFilters({ state: 'untriaged' });
  };
  /** A wind of the summary: the untriaged opinions it is suggested for (again: all of them). */
  const toggleSuggested = (c: Category) => setFilters((f) => ({ ...f, state: 'untriaged', suggested: f.suggested === c ? undefined : c }));

  /** The next page; resolves to how many rows are listed then. */
  const loadMore = useCallback(async (): Promise<number> => {
    if (!cursor) return items.length;
    const g = generation.current;
    setLoading(true);
    try {
      const r = await triageApi.queue(campaignId, query(cursor));
      if (g !== generation.current) return 0;
      const fresh = r.items.filter((x) => !items.some((p) => p.id === x.id));
      setItems((prev) => [...prev, ...r.items.filter((x) => !prev.some((p) => p.id === x.id))]);
      setCursor(r.nextCursor);
      setTotal(r.total);
      setCounts(r.counts);
      return items.length + fresh.length;
    } catch (e) {
      message.error(errorMessage(e));
      return items.length;
    } finally {
      if (g === generation.current) setLoading(false);
    }
  }, [cursor, campaignId, query, message, items]);

  /** After a change: the untriaged figures, and how many still match the filters. */
  const refreshCounts = useCallback(() => {
    triageApi.queue(campaignId, query(undefined, 1)).then(
      (r) => {
        setCounts(r.counts);
        setTotal(r.total);
      },
      () => undefined,
    );
  }, [campaignId, query]);

  const replace = (updated: QueueItem[]) => setItems((prev) => prev.map((p) => updated.find((u) => u.id === p.id) ?? p));
  const itemsOf = (ids: Id[]) => items.filter((x) => ids.includes(x.id));

  return {
    filters, changeFilters, resetFilters, toggleSuggested,
    items, setItems, replace, itemsOf, cursor, total, counts, loading, error,
    active, setActive, selected, setSelected,
    focusTick, focusActive, generation, queuedMoves,
    load, reloadRows, loadMore, refreshCounts,
  };
}
