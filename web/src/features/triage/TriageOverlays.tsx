// What opens over the queue, one at a time: the shortcut help, the category and routing dialogs
// (for the active opinion or the selected ones), the cluster and similar-opinions drawers, and
// the opinion's detail. Each gives the keys back to the active row when it closes.
import type { Id } from '../../shared/api-types';
import { OpinionDrawer } from '../opinions/OpinionDrawer';
import { CategoryModal, ClusterDrawer, HelpModal, RouteModal, SimilarDrawer } from './TriageDialogs';
import type { QueueItem } from './triageApi';
import type { TriageChanges } from './useTriageChanges';

export type Overlay =
  | { kind: 'help' }
  | { kind: 'category'; ids: Id[]; unitId: Id; current: Id | null }
  | { kind: 'route'; ids: Id[]; suggested: { id: Id; name: string } | null }
  | { kind: 'detail'; id: Id }
  | { kind: 'cluster'; clusterId: Id; currentId: Id }
  | { kind: 'similar'; item: QueueItem };

interface Props {
  campaignId: Id;
  overlay: Overlay | null;
  items: QueueItem[];
  changes: Pick<TriageChanges, 'chooseCategory' | 'chooseRoute' | 'refreshItem'>;
  split: (item: QueueItem) => Promise<void>;
  mergeWith: (current: QueueItem, other: QueueItem) => Promise<void>;
  onClose: () => void;
  /** Focus back to the active row. */
  focusActive: () => void;
}

export function TriageOverlays({ campaignId, overlay, items, changes, split, mergeWith, onClose, focusActive }: Props) {
  return (
    <>
      <HelpModal open={overlay?.kind === 'help'} onClose={onClose} afterClose={focusActive} />
      <CategoryModal
        open={overlay?.kind === 'category'}
        unitId={overlay?.kind === 'category' ? overlay.unitId : null}
        count={overlay?.kind === 'category' ? overlay.ids.length : 0}
        current={overlay?.kind === 'category' ? overlay.current : null}
        bulk={overlay?.kind === 'category' && overlay.ids.length > 1}
        onClose={onClose}
        afterClose={focusActive}
        onChoose={async (categoryId, category) => {
          if (overlay?.kind !== 'category') return;
          if (await changes.chooseCategory(overlay.ids, categoryId, category)) onClose();
        }}
      />
      <RouteModal
        open={overlay?.kind === 'route'}
        count={overlay?.kind === 'route' ? overlay.ids.length : 0}
        bulk={overlay?.kind === 'route' && overlay.ids.length > 1}
        suggested={overlay?.kind === 'route' ? overlay.suggested : null}
        onClose={onClose}
        afterClose={focusActive}
        onChoose={async (orgId, name) => {
          if (overlay?.kind !== 'route') return;
          await changes.chooseRoute(overlay.ids, orgId, name);
          onClose();
        }}
      />
      <ClusterDrawer
        campaignId={campaignId}
        clusterId={overlay?.kind === 'cluster' ? overlay.clusterId : null}
        currentId={overlay?.kind === 'cluster' ? overlay.currentId : null}
        onClose={onClose}
        afterClose={focusActive}
        onSplit={split}
      />
      <SimilarDrawer item={overlay?.kind === 'similar' ? overlay.item : null} onClose={onClose} afterClose={focusActive} onMerge={mergeWith} />
      <OpinionDrawer
        campaignId={campaignId}
        opinionId={overlay?.kind === 'detail' ? overlay.id : null}
        onClose={() => {
          onClose();
          focusActive();
        }}
        onChanged={() => {
          const o = overlay?.kind === 'detail' ? items.find((x) => x.id === overlay.id) : undefined;
          if (o) void changes.refreshItem(o);
        }}
      />
    </>
  );
}
