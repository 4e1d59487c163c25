// One opinion of the queue: when it came, its unit, channel and status, the text with the words
// that decided the first pass marked, what the first pass suggests (wind, confidence, unit), its
// category and cluster; the active row unfolds its text and its buttons (RowActions).
import { useRef } from 'react';
import { Button, Checkbox, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { StatusTag } from '../opinions/OpinionTags';
import { Highlighted, markedTerms } from './Highlighted';
import { RowActions, type RowActionHandlers } from './RowActions';
import type { QueueItem } from './triageApi';

export interface QueueRowProps extends RowActionHandlers {
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
  onCluster: () => void;
}

export function QueueRow(p: QueueRowProps) {
  const { t } = useTranslation();
  const o = p.item;
  // A row becomes active when focus comes to it from the keyboard, but after a pointer's click
  // has done its work: activating on pointer-down would fold the old active row's buttons away,
  // move everything up, and the click would land on something else.
  const pointing = useRef(false);
  const head = `tri-h-${o.id}`;
  const body = `tri-b-${o.id}`;
  const s = o.suggestion;
  const windName = (w: Category) => t(`category.${w}`);
  const colon = t('triage.item.colon');

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
      <p className={`tri-body${p.active ? '' : ' tri-body-clamped'}`} id={body} lang={o.lang}>
        <Highlighted text={o.body} terms={markedTerms(s)} />
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
      {o.can.handle && (p.isPhone || p.active) && <RowActions {...p} phone={p.isPhone} />}
    </li>
  );
}
