// The triage queue (意见分拣): staff confirm or correct the first pass of each opinion — its wind
// (四风), the organization's own category, the unit it concerns — merge near-duplicates and split
// them, one at a time from the keyboard or many at once. Oldest first; the untriaged count and
// the first pass's suggestions at the top. On phones the list stacks and buttons replace keys.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { RunsPanel } from './RunsPanel';
import { App, Button, Card, Checkbox, Col, Dropdown, Empty, Form, Grid, Row, Segmented, Select, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, DownOutlined, QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, isAbort } from '../../shared/api';
import { CATEGORIES, type Category, type Id } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { Link } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from '../campaigns/campaignApi';
import { OpinionDrawer } from '../opinions/OpinionDrawer';
import { StatusTag } from '../opinions/OpinionTags';
import { inboxPath } from '../opinions/opinionApi';
import { Highlighted } from './Highlighted';
import { CategoryModal, ClusterDrawer, HelpModal, RouteModal, SimilarDrawer } from './TriageDialogs';
import {
  QUEUE_STATES, SUGGESTION_CHANGED, triageApi, type BulkAction, type OpinionCategory, type QueueItem, type QueueQuery, type QueueState, type TriageChange, type TriageCounts,
} from './triageApi';
import '../opinions/opinions.css';
import './triage.css';

const PAGE = 50;

interface Filters {
  state: QueueState;
  wind?: Category;
  suggested?: Category;
  orgId?: Id;
}

type Overlay =
  | { kind: 'help' }
  | { kind: 'category'; ids: Id[]; unitId: Id; current: Id | null }
  | { kind: 'route'; ids: Id[]; suggested: { id: Id; name: string } | null }
  | { kind: 'detail'; id: Id }
  | { kind: 'cluster'; clusterId: Id; currentId: Id }
  | { kind: 'similar'; item: QueueItem };

/** The server refused an accept because the suggestion changed since the screen showed it. */
const isStale = (e: unknown) => e instanceof ApiError && (e.code === SUGGESTION_CHANGED || e.status === 409);

/** Keys typed into fields and widgets are theirs, not shortcuts. */
function ownsKeys(el: HTMLElement | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.closest('textarea, select, [role="combobox"], [role="listbox"], [role="menu"], [role="radiogroup"], [role="dialog"], .ant-select, .ant-segmented, .ant-dropdown')) return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type);
}

export default function TriagePage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const campaign = useRequest((signal) => campaignApi.get(id, signal), [id]);

  const [filters, setFilters] = useState<Filters>({ state: 'untriaged' });
  const [items, setItems] = useState<QueueItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [counts, setCounts] = useState<TriageCounts | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Id[]>([]);
  const [busy, setBusy] = useState(false);
  /** Opinions with a change on its way to the server. */
  const [pending, setPending] = useState<Id[]>([]);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const [focusTick, setFocusTick] = useState(0);
  /** The next page came while moves were queued: where they started (applied once its rows render). */
  const [landing, setLanding] = useState<{ queued: { delta: number }; from: number } | null>(null);
  const refs = useRef(new Map<Id, HTMLLIElement>());
  const listRef = useRef<HTMLUListElement>(null);
  const bulkRef = useRef<HTMLDivElement>(null);
  const ctrl = useRef<AbortController | null>(null);
  /** Bumped by every load from the start: a later page of an older list is dropped. */
  const generation = useRef(0);
  /** Moves typed while the next page loads (j held at the end of the list), applied when it comes. */
  const queuedMoves = useRef<{ delta: number } | null>(null);
  /** Set by the filter bar: focus returns to the queue once the filtered list is in. */
  const refocusAfterLoad = useRef(false);
  // The latest rows and active row, for work that ends after later renders (a refused accept).
  /** The cluster the last merge made here, for u (undo). */
  const lastMerged = useRef<Id | null>(null);
  const latest = useRef({ items, active });
  latest.current = { items, active };

  const say = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
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
        const r = await triageApi.queue(id, query(undefined, Math.min(200, Math.max(PAGE, opts.keep ?? PAGE))), c.signal);
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
    [id, query],
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

  /** The next page; resolves to how many rows are listed then. */
  const loadMore = useCallback(async (): Promise<number> => {
    if (!cursor) return items.length;
    const g = generation.current;
    setLoading(true);
    try {
      const r = await triageApi.queue(id, query(cursor));
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
  }, [cursor, id, query, message, items]);

  /** After a change: the untriaged figures, and how many still match the filters. */
  const refreshCounts = useCallback(() => {
    triageApi.queue(id, query(undefined, 1)).then(
      (r) => {
        setCounts(r.counts);
        setTotal(r.total);
      },
      () => undefined,
    );
  }, [id, query]);

  // Keyboard focus follows the active item, scrolled clear of the app header and the bulk bar
  // (their heights are the rows' scroll-margin-top, triage.css).
  useEffect(() => {
    if (!focusTick) return;
    const item = items[active];
    const el = item ? refs.current.get(item.id) : null;
    if (!el) {
      // Nothing listed: at least give the keys (?, Esc) back to the page.
      const here = document.activeElement;
      if (here instanceof HTMLElement && here.closest('.tri-filters')) here.blur();
      return;
    }
    listRef.current?.style.setProperty('--tri-bulk-h', `${bulkRef.current?.offsetHeight ?? 0}px`);
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest' });
    // focusTick is the request; the other values are read at that moment
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusTick]);

  // The queued moves land once the new rows are rendered, before any further key is handled:
  // until then a key still counts into the queue (the handler's rows and active row are the old ones).
  useLayoutEffect(() => {
    if (!landing) return;
    setLanding(null);
    if (queuedMoves.current !== landing.queued) return;
    queuedMoves.current = null;
    const to = Math.max(0, Math.min(landing.from + landing.queued.delta, items.length - 1));
    if (to === landing.from) say(t('triage.announce.last'));
    setActive(to);
    focusActive();
    // landing is the request; the other values are read at that moment
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [landing]);

  const replace = (updated: QueueItem[]) => setItems((prev) => prev.map((p) => updated.find((u) => u.id === p.id) ?? p));

  const move = (delta: number) => {
    // The next page is on its way: this move counts from where the earlier ones end.
    if (queuedMoves.current) {
      queuedMoves.current.delta += delta;
      return;
    }
    const next = active + delta;
    if (next < 0) {
      say(t('triage.announce.first'));
      return;
    }
    if (next >= items.length) {
      if (!cursor) {
        say(t('triage.announce.last'));
        return;
      }
      const from = active;
      const queued = { delta };
      queuedMoves.current = queued;
      const g = generation.current;
      void loadMore().then((listed) => {
        if (queuedMoves.current !== queued) return;
        if (g !== generation.current || listed === 0) queuedMoves.current = null;
        else setLanding({ queued, from });
      });
      return;
    }
    setActive(next);
    focusActive();
  };

  const windName = (w: Category | null | undefined) => (w ? t(`category.${w}`) : '');

  async function change(item: QueueItem, c: TriageChange, announce: (u: QueueItem) => string, advance: boolean) {
    if (!item.can.handle) {
      say(t('triage.announce.readOnly'));
      message.warning(t('triage.announce.readOnly'));
      return;
    }
    if (pending.includes(item.id)) return;
    // Move on at once, so that a run of keystrokes (a, a, 2, a …) is never held up by the network.
    const index = items.findIndex((x) => x.id === item.id);
    if (advance && index === active && index < items.length - 1) {
      setActive(index + 1);
      focusActive();
    }
    setPending((p) => [...p, item.id]);
    try {
      const { item: updated } = await triageApi.triage(item.id, c);
      replace([updated]);
      say(announce(updated));
      refreshCounts();
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
      // The suggestion changed since it was shown (a run, another person): show what it is now.
      if (isStale(e)) void reloadRows();
    } finally {
      setPending((p) => p.filter((x) => x !== item.id));
    }
  }

  const accept = (item: QueueItem) => {
    if (!item.suggestion) {
      say(t('triage.announce.noSuggestion'));
      message.info(t('triage.announce.noSuggestion'));
      return;
    }
    // The wind on screen goes along: the server refuses when the suggestion has changed since.
    void change(item, { accept: true, expectedWind: item.suggestion.wind }, (u) => t('triage.announce.accepted', { wind: windName(u.wind) }), true);
  };
  const setWind = (item: QueueItem, wind: Category) => void change(item, { wind }, () => t('triage.announce.wind', { wind: windName(wind) }), true);

  /** 分类：窗口服务, and the wind it brings (分类：窗口服务（官僚主义）) to opinions that had none. */
  const categoryAnnouncement = (before: QueueItem[], category: OpinionCategory | null) => {
    if (!category) return t('triage.announce.categoryCleared');
    if (category.wind && before.some((x) => !x.wind)) return t('triage.announce.categoryWind', { name: category.name, wind: windName(category.wind) });
    return t('triage.announce.category', { name: category.name });
  };

  const bulkIds = (item?: QueueItem) => (selected.length ? selected : item ? [item.id] : []);
  const itemsOf = (ids: Id[]) => items.filter((x) => ids.includes(x.id));

  const openCategory = (item: QueueItem) => {
    const ids = bulkIds(item);
    const first = itemsOf(ids)[0] ?? item;
    if (!first.can.handle) return say(t('triage.announce.readOnly'));
    setOverlay({ kind: 'category', ids, unitId: first.unit.id, current: ids.length === 1 ? first.orgCategory?.id ?? null : null });
  };
  const openRoute = (item: QueueItem) => {
    const ids = bulkIds(item);
    const first = itemsOf(ids)[0] ?? item;
    if (!first.can.handle) return say(t('triage.announce.readOnly'));
    setOverlay({ kind: 'route', ids, suggested: ids.length === 1 && first.suggestedUnit && first.suggestedUnit.id !== first.unit.id ? first.suggestedUnit : null });
  };

  async function bulk(ids: Id[], action: BulkAction, value: string | undefined, announce: string) {
    // Accepting sends the suggestions shown, as for one opinion.
    const expected =
      action === 'accept' ? Object.fromEntries(itemsOf(ids).flatMap((x) => (x.suggestion ? [[x.id, x.suggestion.wind] as const] : []))) : undefined;
    const { items: updated } = await triageApi.bulk(id, ids, action, value, expected);
    replace(updated);
    setSelected([]);
    say(announce);
    message.success(t('triage.bulk.done', { count: updated.length }));
    refreshCounts();
  }

  async function runBulk(action: BulkAction, value?: string, announce = '') {
    if (busy || !selected.length) return;
    setBusy(true);
    try {
      await bulk(selected, action, value, announce || t('triage.bulk.done', { count: selected.length }));
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
      if (isStale(e)) void reloadRows();
    } finally {
      setBusy(false);
    }
  }

  async function merge(item: QueueItem) {
    let ids: Id[];
    if (selected.length) ids = [...new Set([...selected, item.id])];
    else {
      const prev = items[active - 1];
      if (!prev || items[active]?.id !== item.id) {
        say(t('triage.announce.noPrevious'));
        message.info(t('triage.announce.noPrevious'));
        return;
      }
      ids = [prev.id, item.id];
    }
    if (busy) return;
    setBusy(true);
    try {
      const r = await triageApi.merge(id, ids);
      // Every row of the merged clusters now shows the one cluster (no reload: the rows stay put).
      const involved = new Set(items.filter((x) => ids.includes(x.id)).map((x) => x.cluster.id));
      setItems((prev) => prev.map((x) => (involved.has(x.cluster.id) ? { ...x, cluster: r.cluster } : x)));
      setSelected([]);
      announceMerged(r.cluster);
      focusActive();
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  /** Staff merge a possible duplicate (SimilarDrawer) with the opinion it was offered for. */
  async function mergeWith(current: QueueItem, other: QueueItem) {
    const r = await triageApi.merge(id, [current.id, other.id]);
    const involved = new Set([current.cluster.id, other.cluster.id]);
    setItems((prev) => prev.map((x) => (involved.has(x.cluster.id) || x.id === other.id ? { ...x, cluster: r.cluster } : x)));
    setOverlay((o) => (o?.kind === 'similar' && o.item.id === current.id ? { kind: 'similar', item: { ...o.item, cluster: r.cluster } } : o));
    announceMerged(r.cluster);
  }

  /** Tells the merge, with a way back: one keystroke joins two whole groups. */
  function announceMerged(cluster: { id: Id; size: number }) {
    const key = `merged-${cluster.id}`;
    lastMerged.current = cluster.id;
    say(t('triage.announce.mergedUndo', { count: cluster.size }));
    message.success({
      key,
      duration: 10,
      content: (
        <span>
          {t('triage.announce.merged', { count: cluster.size })}
          <Button type="link" size="small" onClick={() => { message.destroy(key); lastMerged.current = null; void undoMerge(cluster.id); }}>{t('triage.actions.undoMerge')}</Button>
        </span>
      ),
    });
  }

  /** Undoes the latest merge into a cluster: the groups come back as they were, each shown row with its own again
   * (no reload, as for the merge: the rows stay put). */
  async function undoMerge(clusterId: Id) {
    try {
      const r = await triageApi.unmerge(id, clusterId);
      const groups = await Promise.all([r.cluster, ...r.restored].map((c) => triageApi.cluster(id, c.id)));
      const byOpinion = new Map<Id, { id: Id; size: number }>();
      for (const g of groups) for (const member of g.items) byOpinion.set(member.id, g.cluster);
      setItems((prev) => prev.map((x) => (byOpinion.has(x.id) ? { ...x, cluster: byOpinion.get(x.id)! } : x)));
      const text = t('triage.announce.unmerged', { count: r.restored.length + 1 });
      say(text);
      message.success(text);
      focusActive();
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
    }
  }

  async function split(item: QueueItem) {
    if (item.cluster.size <= 1) {
      say(t('triage.announce.notClustered'));
      message.info(t('triage.announce.notClustered'));
      return;
    }
    const old = item.cluster.id;
    const r = await triageApi.split(item.id);
    // The opinion stands alone; the rest of its cluster (renamed if it held the id) is one smaller.
    setItems((prev) =>
      prev.map((x) =>
        x.id === item.id ? r.item : x.cluster.id === old ? { ...x, cluster: { id: r.restClusterId ?? old, size: Math.max(1, x.cluster.size - 1) } } : x,
      ),
    );
    say(t('triage.announce.split'));
    message.success(t('triage.announce.split'));
  }

  /** One row again from the server (after changes made in the detail drawer). */
  const refreshItem = async (item: QueueItem) => {
    const r = await triageApi.queue(id, { state: 'all', clusterId: item.cluster.id, limit: 200 }).catch(() => null);
    const fresh = r?.items.find((x) => x.id === item.id);
    if (fresh) replace([fresh]);
    refreshCounts();
  };

  const toggle = (item: QueueItem) => {
    if (!item.can.handle) return say(t('triage.announce.readOnly'));
    const on = !selected.includes(item.id);
    const next = on ? [...selected, item.id] : selected.filter((x) => x !== item.id);
    setSelected(next);
    say(t(on ? 'triage.announce.selected' : 'triage.announce.unselected', { count: next.length }));
  };

  // -- the keyboard: one handler on the document, reading the latest state through a ref
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (overlay) {
      // ? shows the help and closes it again (Esc too, as every dialog).
      if (overlay.kind === 'help' && e.key === '?') {
        e.preventDefault();
        closeOverlay();
      }
      return;
    }
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (ownsKeys(target)) return;
    // Enter and space on a button, link or checkbox keep their own meaning.
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, [role="button"], [role="checkbox"], input')) return;
    const item = items[active];
    const digit = ['1', '2', '3', '4', '5'].indexOf(e.key);
    if (e.key === '?') setOverlay({ kind: 'help' });
    else if (e.key === 'Escape') {
      if (!selected.length) return;
      setSelected([]);
      say(t('triage.announce.unselected', { count: 0 }));
    } else if (e.key === 'j' || e.key === 'ArrowDown') move(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
    else if (!item) return;
    else if (e.key === 'Enter' || e.key === 'a') accept(item);
    else if (digit >= 0) setWind(item, CATEGORIES[digit]);
    else if (e.key === 'c') openCategory(item);
    else if (e.key === 'r') openRoute(item);
    else if (e.key === 'm') void merge(item);
    else if (e.key === 'u') {
      // The merge just made, whose message offers the same (a toast is out of the keys' reach).
      if (lastMerged.current) {
        const c = lastMerged.current;
        lastMerged.current = null;
        message.destroy(`merged-${c}`);
        void undoMerge(c);
      }
    }
    else if (e.key === 's') void split(item).catch((err: unknown) => message.error(errorMessage(err)));
    else if (e.key === 'x') toggle(item);
    else if (e.key === ' ') setOverlay({ kind: 'detail', id: item.id });
    else if (e.key === 'v') setOverlay({ kind: 'cluster', clusterId: item.cluster.id, currentId: item.id });
    else if (e.key === 'd') setOverlay({ kind: 'similar', item });
    else return;
    e.preventDefault();
  };
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, []);

  const closeOverlay = () => setOverlay(null);

  const campaignName = campaign.data?.campaign.name;
  const untriaged = counts?.untriaged;

  // -- rendering

  const summary = (
    <Card size="small" className="mb-12 tri-summary">
      <div className="tri-summary-row">
        <div className="tri-untriaged" aria-live="polite">
          {untriaged === undefined ? <Spin size="small" /> : t('triage.untriagedCount', { count: untriaged })}
        </div>
        {counts && (
          <div className="tri-winds">
            <ul aria-label={t('triage.bySuggested')}>
              {CATEGORIES.map((c) => (
                <li key={c}>
                  <button
                    type="button"
                    className={`tri-wind-chip${filters.suggested === c ? ' tri-wind-chip-on' : ''}`}
                    aria-pressed={filters.suggested === c}
                    onClick={() => setFilters((f) => ({ ...f, state: 'untriaged', suggested: f.suggested === c ? undefined : c }))}
                  >
                    {t('triage.bySuggestedItem', { wind: windName(c), count: counts.bySuggested[c] ?? 0 })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {!isPhone && <p className="tri-hint muted">{t('triage.keyboardHint')}</p>}
    </Card>
  );

  const windOptions = CATEGORIES.map((c) => ({ value: c, label: windName(c) }));
  const filterBar = (
    <Card size="small" className="mb-12">
      <h2 className="sr-only">{t('triage.filters.title')}</h2>
      <Form layout="vertical" className="tri-filters">
        <Row gutter={12}>
          <Col xs={24} sm={24} lg={8}>
            <Form.Item label={t('triage.filters.state')} htmlFor="tri-state">
              <Segmented<QueueState>
                id="tri-state"
                aria-label={t('triage.filters.state')}
                block
                value={filters.state}
                onChange={(v) => changeFilters({ state: v })}
                options={QUEUE_STATES.map((s) => ({ value: s, label: t(`triage.states.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.suggested')} htmlFor="tri-suggested">
              <Select id="tri-suggested" allowClear placeholder={t('triage.filters.all')} value={filters.suggested} onChange={(v) => changeFilters({ suggested: v })} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.wind')} htmlFor="tri-wind">
              <Select id="tri-wind" allowClear placeholder={t('triage.filters.all')} value={filters.wind} onChange={(v) => changeFilters({ wind: v })} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={6}>
            <Form.Item label={t('triage.filters.unit')} htmlFor="tri-unit">
              <OrgSelect id="tri-unit" value={filters.orgId ?? null} onChange={(v) => changeFilters({ orgId: v ?? undefined })} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={24} lg={2}>
            <div className="tri-filter-actions">
              <Button
                onClick={() => {
                  refocusAfterLoad.current = true;
                  setFilters({ state: 'untriaged' });
                }}
              >
                {t('triage.filters.reset')}
              </Button>
            </div>
          </Col>
        </Row>
      </Form>
    </Card>
  );

  const bulkBar = selected.length > 0 && (
    <div className="tri-bulk" role="region" aria-label={t('triage.bulk.label')} ref={bulkRef}>
      <span className="tri-bulk-count" aria-live="polite">
        {t('triage.bulk.selected', { count: selected.length })}
      </span>
      <Button size="small" type="primary" disabled={busy} onClick={() => void runBulk('accept')}>
        {t('triage.bulk.accept')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{ items: CATEGORIES.map((c, i) => ({ key: c, label: `${i + 1} ${windName(c)}` })), onClick: ({ key }) => void runBulk('wind', key, t('triage.announce.wind', { wind: windName(key as Category) })) }}
      >
        <Button size="small" disabled={busy}>
          {t('triage.bulk.wind')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Button size="small" disabled={busy} onClick={() => items[active] && openCategory(items[active])}>
        {t('triage.bulk.category')}
      </Button>
      <Button size="small" disabled={busy} onClick={() => items[active] && openRoute(items[active])}>
        {t('triage.bulk.route')}
      </Button>
      <Button size="small" disabled={busy || selected.length < 2} onClick={() => items[active] && void merge(itemsOf(selected)[0] ?? items[active])}>
        {t('triage.bulk.merge')}
      </Button>
      <Button size="small" type="text" onClick={() => setSelected([])}>
        {t('triage.bulk.clear')}
      </Button>
    </div>
  );

  const list = (
    <Card size="small">
      <div className="tri-list-head">
        <span className="muted" aria-live="polite">
          {t('triage.total', { count: total })} · {t('triage.shown', { count: items.length })}
        </span>
        <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => void reloadRows()}>
          {t('triage.refresh')}
        </Button>
      </div>
      {bulkBar}
      {error ? <ErrorState error={error} onRetry={() => void load()} /> : null}
      <Spin spinning={loading && items.length > 0}>
        {loading && items.length === 0 ? (
          <div className="tri-loading">
            <Spin />
          </div>
        ) : items.length === 0 ? (
          <Empty description={filters.state === 'untriaged' && !filters.orgId && !filters.suggested && !filters.wind ? t('triage.empty') : t('triage.emptyFiltered')} />
        ) : (
          <ul className={`tri-list${selected.length ? ' tri-list-bulk' : ''}`} aria-label={t('triage.listLabel')} ref={listRef}>
            {items.map((o, i) => (
              <QueueRow
                key={o.id}
                item={o}
                index={i}
                active={i === active}
                selected={selected.includes(o.id)}
                isPhone={isPhone}
                busy={busy}
                pending={pending.includes(o.id)}
                register={(el) => {
                  if (el) refs.current.set(o.id, el);
                  else refs.current.delete(o.id);
                }}
                onActivate={() => setActive(i)}
                onToggle={() => toggle(o)}
                onAccept={() => accept(o)}
                onWind={(w) => setWind(o, w)}
                onCategory={() => openCategory(o)}
                onRoute={() => openRoute(o)}
                onMerge={() => void merge(o)}
                onSplit={() => void split(o).catch((err: unknown) => message.error(errorMessage(err)))}
                onDetail={() => setOverlay({ kind: 'detail', id: o.id })}
                onCluster={() => setOverlay({ kind: 'cluster', clusterId: o.cluster.id, currentId: o.id })}
                onSimilar={() => setOverlay({ kind: 'similar', item: o })}
                canMergePrevious={i > 0 || selected.length > 0}
                mergeSelected={selected.length > 0}
              />
            ))}
          </ul>
        )}
      </Spin>
      {cursor && (
        <div className="tri-more">
          <Button onClick={() => void loadMore()} loading={loading}>
            {t('triage.loadMore')}
          </Button>
        </div>
      )}
    </Card>
  );

  return (
    <div className="page triage-page">
      <Link to={inboxPath(id)} className="back-link">
        <ArrowLeftOutlined aria-hidden /> {campaignName ? `${campaignName} · ${t('triage.backToInbox')}` : t('triage.backToInbox')}
      </Link>
      <PageTitle
        title={t('triage.title')}
        extra={
          <Button icon={<QuestionCircleOutlined aria-hidden />} onClick={() => setOverlay({ kind: 'help' })} aria-keyshortcuts="?">
            {t('triage.showShortcuts')}
            {!isPhone && <kbd className="tri-kbd">?</kbd>}
          </Button>
        }
      />
      {summary}
      {filterBar}
      {list}
      <div style={{ marginTop: 12 }}>
        {/* A run changes the suggestions: the rows shown are read again (filters and active row kept). */}
        <RunsPanel campaignId={id} campaignOrg={campaign.data?.campaign.org} onFinished={() => void reloadRows()} />
      </div>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {said.text}
        {said.n % 2 ? '\u200b' : ''}
      </div>

      <HelpModal open={overlay?.kind === 'help'} onClose={closeOverlay} afterClose={focusActive} />
      <CategoryModal
        open={overlay?.kind === 'category'}
        unitId={overlay?.kind === 'category' ? overlay.unitId : null}
        count={overlay?.kind === 'category' ? overlay.ids.length : 0}
        current={overlay?.kind === 'category' ? overlay.current : null}
        bulk={overlay?.kind === 'category' && overlay.ids.length > 1}
        onClose={closeOverlay}
        afterClose={focusActive}
        onChoose={async (categoryId, category) => {
          if (overlay?.kind !== 'category') return;
          const announce = categoryAnnouncement(itemsOf(overlay.ids), categoryId ? category : null);
          if (overlay.ids.length > 1) {
            if (!categoryId) return;
            await bulk(overlay.ids, 'category', categoryId, announce);
          } else {
            const { item } = await triageApi.triage(overlay.ids[0], { orgCategoryId: categoryId });
            replace([item]);
            say(announce);
            refreshCounts();
          }
          closeOverlay();
        }}
      />
      <RouteModal
        open={overlay?.kind === 'route'}
        count={overlay?.kind === 'route' ? overlay.ids.length : 0}
        bulk={overlay?.kind === 'route' && overlay.ids.length > 1}
        suggested={overlay?.kind === 'route' ? overlay.suggested : null}
        onClose={closeOverlay}
        afterClose={focusActive}
        onChoose={async (orgId, name) => {
          if (overlay?.kind !== 'route') return;
          const announce = t('triage.announce.routed', { name });
          if (overlay.ids.length > 1) await bulk(overlay.ids, 'route', orgId, announce);
          else {
            const { item } = await triageApi.triage(overlay.ids[0], { orgId });
            replace([item]);
            say(announce);
            refreshCounts();
          }
          closeOverlay();
        }}
      />
      <ClusterDrawer
        campaignId={id}
        clusterId={overlay?.kind === 'cluster' ? overlay.clusterId : null}
        currentId={overlay?.kind === 'cluster' ? overlay.currentId : null}
        onClose={closeOverlay}
        afterClose={focusActive}
        onSplit={split}
      />
      <SimilarDrawer
        item={overlay?.kind === 'similar' ? overlay.item : null}
        onClose={closeOverlay}
        afterClose={focusActive}
        onMerge={mergeWith}
      />
      <OpinionDrawer
        campaignId={id}
        opinionId={overlay?.kind === 'detail' ? overlay.id : null}
        onClose={() => {
          closeOverlay();
          focusActive();
        }}
        onChanged={() => {
          const o = overlay?.kind === 'detail' ? items.find((x) => x.id === overlay.id) : undefined;
          if (o) void refreshItem(o);
        }}
      />
    </div>
  );
}

interface RowProps {
  item: QueueItem;
  index: number;
  active: boolean;
  selected: boolean;
  isPhone: boolean;
  busy: boolean;
  pending: boolean;
  canMergePrevious: boolean;
  /** Merging takes the selected opinions' clusters (else the previous one's). */
  mergeSelected: boolean;
  register: (el: HTMLLIElement | null) => void;
  onActivate: () => void;
  onToggle: () => void;
  onAccept: () => void;
  onWind: (w: Category) => void;
  onCategory: () => void;
  onRoute: () => void;
  onMerge: () => void;
  onSplit: () => void;
  onDetail: () => void;
  onCluster: () => void;
  onSimilar: () => void;
}

function Key({ k, show }: { k: string; show: boolean }) {
  return show ? (
    <kbd className="tri-kbd" aria-hidden>
      {k}
    </kbd>
  ) : null;
}

function QueueRow(p: RowProps) {
  const { t } = useTranslation();
  const o = p.item;
  // A row becomes active when focus comes to it from the keyboard, but after a pointer's click
  // has done its work: activating on pointer-down would fold the old active row's buttons away,
  // move everything up, and the click would land on something else.
  const pointing = useRef(false);
  const keys = !p.isPhone;
  const head = `tri-h-${o.id}`;
  const body = `tri-b-${o.id}`;
  const s = o.suggestion;
  const windName = (w: Category) => t(`category.${w}`);
  const colon = t('triage.item.colon');
  const mergeLong = p.mergeSelected ? t('triage.actions.mergeSelectedLong') : t('triage.actions.mergeLong');

  const fullActions = (
    <div className="tri-actions" role="group" aria-label={t('triage.actions.label')}>
      <Button size="small" type="primary" disabled={p.busy || !s} onClick={p.onAccept} aria-keyshortcuts="a Enter">
        {t('triage.actions.accept')}
        <Key k="a" show={keys} />
      </Button>
      <span className="tri-wind-buttons" role="group" aria-label={t('triage.actions.windGroup')}>
        {CATEGORIES.map((c, i) => (
          <Button key={c} size="small" disabled={p.busy} aria-pressed={o.wind === c} className={o.wind === c ? 'tri-wind-on' : undefined} onClick={() => p.onWind(c)} aria-keyshortcuts={String(i + 1)}>
            {windName(c)}
            <Key k={String(i + 1)} show={keys} />
          </Button>
        ))}
      </span>
      <Button size="small" disabled={p.busy} onClick={p.onCategory} aria-keyshortcuts="c">
        {t('triage.actions.category')}
        <Key k="c" show={keys} />
      </Button>
      <Button size="small" disabled={p.busy} onClick={p.onRoute} aria-keyshortcuts="r">
        {t('triage.actions.route')}
        <Key k="r" show={keys} />
      </Button>
      <Button size="small" disabled={p.busy || !p.canMergePrevious} onClick={p.onMerge} aria-keyshortcuts="m" title={mergeLong}>
        {t('triage.actions.merge')}
        <Key k="m" show={keys} />
      </Button>
      <Button size="small" disabled={p.busy || o.cluster.size <= 1} onClick={p.onSplit} aria-keyshortcuts="s" title={t('triage.actions.splitLong')}>
        {t('triage.actions.split')}
        <Key k="s" show={keys} />
      </Button>
      <Button size="small" onClick={p.onSimilar} aria-keyshortcuts="d" title={t('triage.actions.similarLong')}>
        {t('triage.actions.similar')}
        <Key k="d" show={keys} />
      </Button>
      <Button size="small" onClick={p.onDetail} aria-keyshortcuts="Space">
        {t('triage.actions.detail')}
        <Key k="␣" show={keys} />
      </Button>
    </div>
  );

  // Phones: a short row of buttons; the winds and the rarer steps behind menus.
  const phoneActions = (
    <div className="tri-actions" role="group" aria-label={t('triage.actions.label')}>
      <Button size="small" type="primary" disabled={p.busy || !s} onClick={p.onAccept}>
        {t('triage.actions.accept')}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: CATEGORIES.map((c) => ({ key: c, label: windName(c) })), onClick: ({ key }) => p.onWind(key as Category) }}>
        <Button size="small" disabled={p.busy}>
          {t('triage.actions.windGroup')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'category', label: t('triage.actions.category') },
            { key: 'route', label: t('triage.actions.route') },
            { key: 'merge', label: mergeLong, disabled: !p.canMergePrevious },
            { key: 'split', label: t('triage.actions.splitLong'), disabled: o.cluster.size <= 1 },
            { key: 'similar', label: t('triage.actions.similarLong') },
          ],
          onClick: ({ key }) => ({ category: p.onCategory, route: p.onRoute, merge: p.onMerge, split: p.onSplit, similar: p.onSimilar })[key as 'category']?.(),
        }}
      >
        <Button size="small" disabled={p.busy}>
          {t('triage.actions.label')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Button size="small" onClick={p.onDetail}>
        {t('triage.actions.detail')}
      </Button>
    </div>
  );

  return (
    <li
      ref={p.register}
      className={`tri-item${p.active ? ' tri-item-active' : ''}${p.selected ? ' tri-item-selected' : ''}${p.pending ? ' tri-item-pending' : ''}`}
      aria-busy={p.pending || undefined}
      tabIndex={p.active ? 0 : -1}
      aria-current={p.active ? 'true' : undefined}
      aria-labelledby={head}
      aria-describedby={body}
      onPointerDown={() => {
        pointing.current = true;
      }}
      // (a touch's focus comes after the pointer is up: the mark outlives it a little)
      onPointerUp={() => setTimeout(() => (pointing.current = false), 800)}
      onPointerCancel={() => (pointing.current = false)}
      onFocus={() => {
        if (!pointing.current) p.onActivate();
      }}
      onClick={() => {
        pointing.current = false;
        // (the active row's own buttons may have moved on to the next one: stay there)
        if (!p.active) p.onActivate();
      }}
      data-id={o.id}
    >
      <div className="tri-item-top">
        {o.can.handle && (
          <Checkbox className="tri-check" checked={p.selected} onChange={p.onToggle} aria-label={t('triage.item.select')} onClick={(e) => e.stopPropagation()} />
        )}
        <div className="tri-meta" id={head}>
          <span className="sr-only">{t('triage.item.position', { n: p.index + 1 })}</span>
          <span>{formatDate(o.receivedOn)}</span>
          <span className="tri-unit">{o.unit.name}</span>
          <span>{t(`channel.${o.channel}`)}</span>
          <StatusTag status={o.status} />
          {o.wind ? <Tag className={`tri-wind-tag tri-wind-${o.wind}`}>{t('triage.item.confirmed')}{colon}{windName(o.wind)}</Tag> : null}
          {o.masked && <Tag className="tri-masked">{t('triage.item.masked')}</Tag>}
        </div>
      </div>
      <p className={`tri-body${p.active ? '' : ' tri-body-clamped'}`} id={body} lang="zh-CN">
        <Highlighted text={o.body} terms={s?.terms ?? []} />
      </p>
      <div className="tri-facts">
        {s ? (
          <span className="tri-suggestion">
            {t('triage.item.suggestion')}{colon}<strong>{windName(s.wind)}</strong>
            <span className="tri-confidence">{t('triage.item.confidence', { pct: Math.round(s.confidence * 100) })}</span>
            {s.terms.length > 0 && (
              <span className="tri-terms">
                {t('triage.item.terms')}{colon}
                {s.terms.map((w) => (
                  <mark key={w} className="tri-term">
                    {w}
                  </mark>
                ))}
              </span>
            )}
          </span>
        ) : (
          <span className="muted">{t('triage.item.noSuggestion')}</span>
        )}
        {o.orgCategory && (
          <span>
            {t('triage.item.orgCategory')}{colon}{o.orgCategory.name}
          </span>
        )}
        {o.suggestedUnit && o.suggestedUnit.id !== o.unit.id && (
          <span>
            {t('triage.item.suggestedUnit')}{colon}{o.suggestedUnit.name}
          </span>
        )}
        {o.cluster.size > 1 && (
          <Button size="small" type="link" className="tri-cluster-link" onClick={p.onCluster} aria-keyshortcuts="v">
            {t('triage.item.cluster', { count: o.cluster.size })}
          </Button>
        )}
        {!o.can.handle && <span className="muted">{t('triage.item.readOnly')}</span>}
      </div>
      {o.can.handle && (p.isPhone ? phoneActions : p.active ? fullActions : null)}
    </li>
  );
}
