// The triage queue (意见分拣): staff confirm or correct the first pass of each opinion — its wind
// (四风), the organization's own category, the unit it concerns — merge near-duplicates and split
// them, one at a time from the keyboard or many at once. Oldest first; the untriaged count and
// the first pass's suggestions at the top. On phones the list stacks and buttons replace keys.
import { useCallback, useEffect, useRef, useState } from 'react';
import { RunsPanel } from './RunsPanel';
import { App, Button, Card, Checkbox, Col, Dropdown, Empty, Form, Grid, Row, Segmented, Select, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, DownOutlined, QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage, isAbort } from '../../shared/api';
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
import { QUEUE_STATES, triageApi, type BulkAction, type QueueItem, type QueueQuery, type QueueState, type TriageChange, type TriageCounts } from './triageApi';
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
  const refs = useRef(new Map<Id, HTMLLIElement>());
  const ctrl = useRef<AbortController | null>(null);

  const say = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
  const focusActive = useCallback(() => setFocusTick((n) => n + 1), []);

  const query = useCallback((after?: string, limit = PAGE): QueueQuery => ({ ...filters, after, limit }), [filters]);

  /** Loads the queue from the start (keeping `keep` items' worth, after a merge or split). */
  const load = useCallback(
    async (keep = PAGE) => {
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      setLoading(true);
      setError(undefined);
      try {
        const r = await triageApi.queue(id, query(undefined, Math.min(200, Math.max(PAGE, keep))), c.signal);
        if (c.signal.aborted) return;
        setItems(r.items);
        setCursor(r.nextCursor);
        setTotal(r.total);
        setCounts(r.counts);
        setActive((a) => Math.min(a, Math.max(0, r.items.length - 1)));
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
    void load();
    return () => ctrl.current?.abort();
  }, [load]);

  const loadMore = useCallback(async (): Promise<number> => {
    if (!cursor) return 0;
    setLoading(true);
    try {
      const r = await triageApi.queue(id, query(cursor));
      setItems((prev) => [...prev, ...r.items.filter((x) => !prev.some((p) => p.id === x.id))]);
      setCursor(r.nextCursor);
      setTotal(r.total);
      setCounts(r.counts);
      return r.items.length;
    } catch (e) {
      message.error(errorMessage(e));
      return 0;
    } finally {
      setLoading(false);
    }
  }, [cursor, id, query, message]);

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

  // Keyboard focus follows the active item.
  useEffect(() => {
    if (!focusTick) return;
    const item = items[active];
    const el = item ? refs.current.get(item.id) : null;
    el?.focus();
    // focusTick is the request; the other values are read at that moment
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusTick]);

  const replace = (updated: QueueItem[]) => setItems((prev) => prev.map((p) => updated.find((u) => u.id === p.id) ?? p));

  const move = async (delta: number) => {
    const next = active + delta;
    if (next < 0) {
      say(t('triage.announce.first'));
      return;
    }
    if (next >= items.length) {
      if (cursor && (await loadMore()) > 0) {
        setActive(next);
        focusActive();
      } else say(t('triage.announce.last'));
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
    void change(item, { accept: true }, (u) => t('triage.announce.accepted', { wind: windName(u.wind) }), true);
  };
  const setWind = (item: QueueItem, wind: Category) => void change(item, { wind }, () => t('triage.announce.wind', { wind: windName(wind) }), true);

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
    const { items: updated } = await triageApi.bulk(id, ids, action, value);
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
      say(t('triage.announce.merged', { count: r.cluster.size }));
      message.success(t('triage.announce.merged', { count: r.cluster.size }));
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
    say(t('triage.announce.merged', { count: r.cluster.size }));
    message.success(t('triage.announce.merged', { count: r.cluster.size }));
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
    if (overlay || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
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
    } else if (e.key === 'j' || e.key === 'ArrowDown') void move(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') void move(-1);
    else if (!item) return;
    else if (e.key === 'Enter' || e.key === 'a') accept(item);
    else if (digit >= 0) setWind(item, CATEGORIES[digit]);
    else if (e.key === 'c') openCategory(item);
    else if (e.key === 'r') openRoute(item);
    else if (e.key === 'm') void merge(item);
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
                onChange={(v) => setFilters((f) => ({ ...f, state: v }))}
                options={QUEUE_STATES.map((s) => ({ value: s, label: t(`triage.states.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.suggested')} htmlFor="tri-suggested">
              <Select id="tri-suggested" allowClear placeholder={t('triage.filters.all')} value={filters.suggested} onChange={(v) => setFilters((f) => ({ ...f, suggested: v }))} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('triage.filters.wind')} htmlFor="tri-wind">
              <Select id="tri-wind" allowClear placeholder={t('triage.filters.all')} value={filters.wind} onChange={(v) => setFilters((f) => ({ ...f, wind: v }))} options={windOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={6}>
            <Form.Item label={t('triage.filters.unit')} htmlFor="tri-unit">
              <OrgSelect id="tri-unit" value={filters.orgId ?? null} onChange={(v) => setFilters((f) => ({ ...f, orgId: v }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={24} lg={2}>
            <div className="tri-filter-actions">
              <Button onClick={() => setFilters({ state: 'untriaged' })}>{t('triage.filters.reset')}</Button>
            </div>
          </Col>
        </Row>
      </Form>
    </Card>
  );

  const bulkBar = selected.length > 0 && (
    <div className="tri-bulk" role="region" aria-label={t('triage.bulk.label')}>
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
        <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={() => void load(items.length)}>
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
          <ul className="tri-list" aria-label={t('triage.listLabel')}>
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
        <RunsPanel campaignId={id} onFinished={refreshCounts} />
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
        onChoose={async (categoryId, name) => {
          if (overlay?.kind !== 'category') return;
          const announce = categoryId ? t('triage.announce.category', { name: name ?? '' }) : t('triage.announce.categoryCleared');
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
      onFocus={p.onActivate}
      onClick={p.onActivate}
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
