// The active row's buttons: every step with its key on wider screens; on phones a short row of
// buttons, the winds and the rarer steps behind menus (no keys there).
import { Button, Dropdown } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../shared/api-types';
import type { QueueItem } from './triageApi';

export interface RowActionHandlers {
  onAccept: () => void;
  onWind: (w: Category) => void;
  onCategory: () => void;
  onRoute: () => void;
  onMerge: () => void;
  onSplit: () => void;
  onDetail: () => void;
  onSimilar: () => void;
}

interface Props extends RowActionHandlers {
  item: QueueItem;
  busy: boolean;
  canMergePrevious: boolean;
  /** Merging takes the selected opinions' clusters (else the previous one's). */
  mergeSelected: boolean;
}

function Key({ k }: { k: string }) {
  return (
    <kbd className="tri-kbd" aria-hidden>
      {k}
    </kbd>
  );
}

/** The active row's buttons; `phone`: the short row with menus, else every step with its key. */
export function RowActions({ phone, ...p }: Props & { phone: boolean }) {
  const { t } = useTranslation();
  const o = p.item;
  const windName = (w: Category) => t(`category.${w}`);
  const mergeLong = p.mergeSelected ? t('triage.actions.mergeSelectedLong') : t('triage.actions.mergeLong');
  /** A step's key: announced and shown on wider screens, none on phones. */
  const keyOf = (keys: string, shown: string) => (phone ? { keys: undefined, kbd: null } : { keys, kbd: <Key k={shown} /> });
  const accept = keyOf('a Enter', 'a');
  const detail = keyOf('Space', '␣');
  return (
    <div className="tri-actions" role="group" aria-label={t('triage.actions.label')}>
      <Button size="small" type="primary" disabled={p.busy || !o.suggestion} onClick={p.onAccept} aria-keyshortcuts={accept.keys}>
        {t('triage.actions.accept')}
        {accept.kbd}
      </Button>
      {phone ? (
        <>
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
        </>
      ) : (
        <>
          <span className="tri-wind-buttons" role="group" aria-label={t('triage.actions.windGroup')}>
            {CATEGORIES.map((c, i) => (
              <Button key={c} size="small" disabled={p.busy} aria-pressed={o.wind === c} className={o.wind === c ? 'tri-wind-on' : undefined} onClick={() => p.onWind(c)} aria-keyshortcuts={String(i + 1)}>
                {windName(c)}
                <Key k={String(i + 1)} />
              </Button>
            ))}
          </span>
          <Button size="small" disabled={p.busy} onClick={p.onCategory} aria-keyshortcuts="c">
            {t('triage.actions.category')}
            <Key k="c" />
          </Button>
          <Button size="small" disabled={p.busy} onClick={p.onRoute} aria-keyshortcuts="r">
            {t('triage.actions.route')}
            <Key k="r" />
          </Button>
          <Button size="small" disabled={p.busy || !p.canMergePrevious} onClick={p.onMerge} aria-keyshortcuts="m" title={mergeLong}>
            {t('triage.actions.merge')}
            <Key k="m" />
          </Button>
          <Button size="small" disabled={p.busy || o.cluster.size <= 1} onClick={p.onSplit} aria-keyshortcuts="s" title={t('triage.actions.splitLong')}>
            {t('triage.actions.split')}
            <Key k="s" />
          </Button>
          <Button size="small" onClick={p.onSimilar} aria-keyshortcuts="d" title={t('triage.actions.similarLong')}>
            {t('triage.actions.similar')}
            <Key k="d" />
          </Button>
        </>
      )}
      <Button size="small" onClick={p.onDetail} aria-keyshortcuts={detail.keys}>
        {t('triage.actions.detail')}
        {detail.kbd}
      </Button>
    </div>
  );
}
