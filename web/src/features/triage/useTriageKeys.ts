// The queue's keys (the help dialog lists them, TriageDialogs.tsx SHORTCUTS): one handler on the
// document, reading the latest state through a ref, so that a run of keystrokes acts on what
// each one before it left.
import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import { CATEGORIES } from '../../shared/api-types';
import type { Overlay } from './TriageOverlays';
import type { QueueItem } from './triageApi';
import type { TriageChanges } from './useTriageChanges';
import type { TriageQueue } from './useTriageQueue';

/** Keys typed into fields and widgets are theirs, not shortcuts. */
function ownsKeys(el: HTMLElement | null): boolean {
  if (!el) return false;
  // (Review) A drawer closing (Esc; its animation runs about 300 ms) still holds the focus, but its keys are the queue's
  // again: a j typed then was lost. A drawer's root loses ant-drawer-open as soon as it starts to close.
  if (el.closest('.ant-drawer') && !el.closest('.ant-drawer-open')) return false;
  if (el.isContentEditable) return true;
  if (el.closest('textarea, select, [role="combobox"], [role="listbox"], [role="menu"], [role="radiogroup"], [role="dialog"], .ant-select, .ant-segmented, .ant-dropdown')) return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((el as HTMLInputElement).type);
}

export interface KeyTargets {
  q: TriageQueue;
  changes: TriageChanges;
  clusters: { merge: (item: QueueItem) => Promise<void>; undoLastMerge: () => void; split: (item: QueueItem) => Promise<void> };
  move: (delta: number) => void;
  overlay: Overlay | null;
  setOverlay: (o: Overlay | null) => void;
  say: (text: string) => void;
}

export function useTriageKeys(k: KeyTargets) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    const { q, changes, clusters, move, overlay, setOverlay, say } = k;
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (overlay) {
      // ? shows the help and closes it again (Esc too, as every dialog).
      if (overlay.kind === 'help' && e.key === '?') {
        e.preventDefault();
        setOverlay(null);
      }
      return;
    }
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (ownsKeys(target)) return;
    // Enter and space on a button, link or checkbox keep their own meaning.
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, [role="button"], [role="checkbox"], input')) return;
    const item = q.items[q.active];
    const digit = ['1', '2', '3', '4', '5'].indexOf(e.key);
    if (e.key === '?') setOverlay({ kind: 'help' });
    else if (e.key === 'Escape') {
      if (!q.selected.length) return;
      q.setSelected([]);
      say(t('triage.announce.unselected', { count: 0 }));
    } else if (e.key === 'j' || e.key === 'ArrowDown') move(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') move(-1);
    else if (!item) return;
    // (Review) With opinions selected, accepting and the wind keys act on the selection, as c, r and m do and as the bulk
    // bar's menu (labelled 1 … 5) suggests: acting on the active row alone left the selection as it was, unsaid.
    else if ((e.key === 'Enter' || e.key === 'a') && q.selected.length) void changes.runBulk('accept');
    else if (e.key === 'Enter' || e.key === 'a') changes.accept(item);
    else if (digit >= 0 && q.selected.length) void changes.runBulk('wind', CATEGORIES[digit]);
    else if (digit >= 0) changes.setWind(item, CATEGORIES[digit]);
    else if (e.key === 'c') changes.openCategory(item);
    else if (e.key === 'r') changes.openRoute(item);
    else if (e.key === 'm') void clusters.merge(item);
    else if (e.key === 'u') clusters.undoLastMerge();
    else if (e.key === 's') void clusters.split(item).catch((err: unknown) => message.error(errorMessage(err)));
    else if (e.key === 'x') changes.toggle(item);
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
}
