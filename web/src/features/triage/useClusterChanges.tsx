// Merging near-duplicates into one cluster (the previous row, the selected rows, or a possible
// duplicate offered by the similar-opinions drawer), undoing the merge just made, and splitting
// an opinion out of its cluster. The rows stay put: only their cluster changes on screen.
import { useRef, type Dispatch, type SetStateAction } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import type { Id } from '../../shared/api-types';
import { triageApi, type QueueItem } from './triageApi';
import type { Overlay } from './TriageOverlays';
import type { TriageChanges } from './useTriageChanges';
import type { TriageQueue } from './useTriageQueue';

export function useClusterChanges(
  campaignId: Id, q: TriageQueue, changes: Pick<TriageChanges, 'busy' | 'setBusy'>, say: (text: string) => void, setOverlay: Dispatch<SetStateAction<Overlay | null>>,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  /** The cluster the last merge made here, for u (undo). */
  const lastMerged = useRef<Id | null>(null);
  const { items, active, selected, setItems } = q;
  const { busy, setBusy } = changes;

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
      const r = await triageApi.merge(campaignId, ids);
      // Every row of the merged clusters now shows the one cluster (no reload: the rows stay put).
      const involved = new Set(items.filter((x) => ids.includes(x.id)).map((x) => x.cluster.id));
      setItems((prev) => prev.map((x) => (involved.has(x.cluster.id) ? { ...x, cluster: r.cluster } : x)));
      q.setSelected([]);
      announceMerged(r.cluster);
      q.focusActive();
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  /** Staff merge a possible duplicate (SimilarDrawer) with the opinion it was offered for. */
  async function mergeWith(current: QueueItem, other: QueueItem) {
    const r = await triageApi.merge(campaignId, [current.id, other.id]);
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
      const r = await triageApi.unmerge(campaignId, clusterId);
      const groups = await Promise.all([r.cluster, ...r.restored].map((c) => triageApi.cluster(campaignId, c.id)));
      const byOpinion = new Map<Id, { id: Id; size: number }>();
      for (const g of groups) for (const member of g.items) byOpinion.set(member.id, g.cluster);
      setItems((prev) => prev.map((x) => (byOpinion.has(x.id) ? { ...x, cluster: byOpinion.get(x.id)! } : x)));
      const text = t('triage.announce.unmerged', { count: r.restored.length + 1 });
      say(text);
      message.success(text);
      q.focusActive();
    } catch (e) {
      message.error(errorMessage(e));
      say(errorMessage(e));
    }
  }

  /** u: the merge just made, whose message offers the same (a toast is out of the keys' reach). */
  function undoLastMerge() {
    // (Review) Nothing to undo on this page (none made, or the page reloaded since): said, not silent. (The page knows only
    // the merges it made; a group merged before can still be split again with s.)
    if (!lastMerged.current) {
      say(t('triage.announce.nothingToUndo'));
      message.info(t('triage.announce.nothingToUndo'));
      return;
    }
    const c = lastMerged.current;
    lastMerged.current = null;
    message.destroy(`merged-${c}`);
    void undoMerge(c);
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

  return { merge, mergeWith, undoLastMerge, split };
}
