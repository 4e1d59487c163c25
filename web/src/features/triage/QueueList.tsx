// The queue itself: how many match and how many are shown, 刷新 (the rows again as far as they
// are shown), the bulk bar while opinions are selected, the rows, and 加载更多 (the next page).
import type { ReactNode, Ref } from 'react';
import { Button, Card, Empty, Spin } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ui';
import type { QueueItem } from './triageApi';

interface QueueListProps {
  items: QueueItem[];
  total: number;
  loading: boolean;
  error: unknown;
  /** More rows to load. */
  more: boolean;
  /** Rows shown that were triaged since they were loaded (an untriaged queue keeps them until it reloads). */
  triagedHere: number;
  /** The filters are the default ones (untriaged, nothing else): the empty queue says all is done. */
  unfiltered: boolean;
  /** Opinions are selected (the rows leave room for the bulk bar above them). */
  bulk: boolean;
  bulkBar: ReactNode;
  listRef: Ref<HTMLUListElement>;
  row: (item: QueueItem, index: number) => ReactNode;
  onRefresh: () => void;
  onRetry: () => void;
  onLoadMore: () => void;
}

export function QueueList(p: QueueListProps) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <div className="tri-list-head">
        <span className="muted" aria-live="polite">
          {t('triage.total', { count: p.total })} · {p.triagedHere > 0 ? t('triage.shownDone', { count: p.items.length, done: p.triagedHere }) : t('triage.shown', { count: p.items.length })}
        </span>
        <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={p.onRefresh}>
          {t('triage.refresh')}
        </Button>
      </div>
      {p.bulkBar}
      {p.error ? <ErrorState error={p.error} onRetry={p.onRetry} /> : null}
      {/* (No Spin around the list: its wrapper is a live region, and a screen reader would read the rows again at each
          change, beside the page's own announcements. The list says it is busy instead.) */}
      <div className="tri-list-wrap">
        {p.loading && p.items.length === 0 ? (
          <div className="tri-loading">
            <Spin />
          </div>
        ) : p.items.length === 0 ? (
          <Empty description={p.unfiltered ? t('triage.empty') : t('triage.emptyFiltered')} />
        ) : (
          <ul className={`tri-list${p.bulk ? ' tri-list-bulk' : ''}${p.loading ? ' tri-list-loading' : ''}`} aria-label={t('triage.listLabel')} aria-busy={p.loading || undefined} ref={p.listRef}>
            {p.items.map(p.row)}
          </ul>
        )}
      </div>
      {p.more && (
        <div className="tri-more">
          <Button onClick={p.onLoadMore} loading={p.loading}>
            {t('triage.loadMore')}
          </Button>
        </div>
      )}
    </Card>
  );
}
