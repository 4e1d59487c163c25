// Keyboard focus follows the active row when asked (focusTick), scrolled clear of the app header
// and the bulk bar (their heights are the rows' scroll-margin-top, triage.css).
import { useEffect, useRef } from 'react';
import type { Id } from '../../shared/api-types';
import type { QueueItem } from './triageApi';

export function useRowFocus(items: QueueItem[], active: number, focusTick: number) {
  const refs = useRef(new Map<Id, HTMLLIElement>());
  const listRef = useRef<HTMLUListElement>(null);
  const bulkRef = useRef<HTMLDivElement>(null);

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

  /** A row's ref: the element focus goes to when the row is the active one. */
  const register = (id: Id) => (el: HTMLLIElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  };

  return { listRef, bulkRef, register };
}
