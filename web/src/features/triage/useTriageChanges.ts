// Staff decisions on the queue's opinions: accept the first pass, set a wind, a category or a
// unit, for one opinion (the active row moves on at once) or for the selected ones in bulk, and
// the selection itself. A refused accept (the suggestion changed since it was shown) reloads the rows.
import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../shared/api';
import type { Category, Id } from '../../shared/api-types';
import { SUGGESTION_CHANGED, triageApi, type BulkAction, type OpinionCategory, type QueueItem, type TriageChange } from './triageApi';
import type { Overlay } from './TriageOverlays';
import type { TriageQueue } from './useTriageQueue';

/** The server refused an accept because the suggestion changed since the screen showed it. */
const isStale = (e: unknown) => e instanceof ApiError && (e.code === SUGGESTION_CHANGED || e.status === 409);
/** How many opinions a changed-suggestion refusal names (its details), else 0. */
const staleCount = (e: unknown): number => {
  const ids = e instanceof ApiError && e.code === SUGGESTION_CHANGED ? (e.details as { ids?: unknown } | undefined)?.ids : undefined;
  return Array.isArray(ids) ? ids.length : 0;
};

export type TriageChanges = ReturnType<typeof useTriageChanges>;

export function useTriageChanges(campaignId: Id, q: TriageQueue, say: (text: string) => void, setOverlay: (o: Overlay | null) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  /** A bulk change or a merge is under way. */
  const [busy, setBusy] = useState(false);
  /** Opinions with a change on its way to the server. */
  const [pending, setPending] = useState<Id[]>([]);
  const { items, active, selected, replace, itemsOf, refreshCounts, reloadRows } = q;

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
      q.setActive(index + 1);
      q.focusActive();
    }
    setPending((p) => [...p, item.id]);
    try {
      const { item: updated } = await triageApi.triage(item.id, c);
      replace([updated]);
      say(announce(updated));
      refreshCounts();
    } catch (e) {
      // The suggestion changed since it was shown (a run, another person): the rows are read again at once, and the user
      // is told so in words (review: the server's message named opinion ids and asked for a refresh the page makes itself).
      const text = staleCount(e) ? t('triage.announce.suggestionChanged', { count: staleCount(e) }) : errorMessage(e);
      if (staleCount(e)) message.warning(text);
      else message.error(text);
      say(text);
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
    const { items: updated } = await triageApi.bulk(campaignId, ids, action, value, expected);
    replace(updated);
    q.setSelected([]);
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
      const text = staleCount(e) ? t('triage.announce.suggestionChanged', { count: staleCount(e) }) : errorMessage(e);
      if (staleCount(e)) message.warning(text);
      else message.error(text);
      say(text);
      if (isStale(e)) void reloadRows();
    } finally {
      setBusy(false);
    }
  }

  /** The category chosen in its dialog, for the opinions it was opened for. */
  async function chooseCategory(ids: Id[], categoryId: Id | null, category: OpinionCategory | null) {
    const announce = categoryAnnouncement(itemsOf(ids), categoryId ? category : null);
    if (ids.length > 1) {
      if (!categoryId) return false;
      await bulk(ids, 'category', categoryId, announce);
    } else {
      const { item } = await triageApi.triage(ids[0], { orgCategoryId: categoryId });
      replace([item]);
      say(announce);
      refreshCounts();
    }
    return true;
  }

  /** The unit chosen in the routing dialog, for the opinions it was opened for. */
  async function chooseRoute(ids: Id[], orgId: Id, name: string) {
    const announce = t('triage.announce.routed', { name });
    if (ids.length > 1) await bulk(ids, 'route', orgId, announce);
    else {
      const { item } = await triageApi.triage(ids[0], { orgId });
      replace([item]);
      say(announce);
      refreshCounts();
    }
  }

  /** One row again from the server (after changes made in the detail drawer). */
  const refreshItem = async (item: QueueItem) => {
    const r = await triageApi.queue(campaignId, { state: 'all', clusterId: item.cluster.id, limit: 200 }).catch(() => null);
    const fresh = r?.items.find((x) => x.id === item.id);
    if (fresh) replace([fresh]);
    refreshCounts();
  };

  const toggle = (item: QueueItem) => {
    if (!item.can.handle) return say(t('triage.announce.readOnly'));
    const on = !selected.includes(item.id);
    const next = on ? [...selected, item.id] : selected.filter((x) => x !== item.id);
    q.setSelected(next);
    say(t(on ? 'triage.announce.selected' : 'triage.announce.unselected', { count: next.length }));
  };

  return { busy, setBusy, pending, accept, setWind, openCategory, openRoute, runBulk, chooseCategory, chooseRoute, refreshItem, toggle };
}
