// The triage queue (意见分拣): staff confirm or correct the first pass of each opinion — its wind
// (四风), the organization's own category, the unit it concerns — merge near-duplicates and split
// them, one at a time from the keyboard or many at once. Oldest first; the untriaged count and
// the first pass's suggestions at the top. On phones the list stacks and buttons replace keys.
//
// The page puts together: the rows and their loading (useTriageQueue), moving through them
// (useQueueMoves) with focus on the active one (useRowFocus), the staff's changes
// (useTriageChanges, useClusterChanges), the keys (useTriageKeys), and what shows them
// (QueueSummary, QueueFilters, QueueList with QueueRow and BulkBar, TriageOverlays, RunsPanel).
import { useCallback, useState } from 'react';
import { App, Button, Grid, Result } from 'antd';
import { ArrowLeftOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../shared/api';
import type { Category, Id } from '../../shared/api-types';
import { Link } from '../../shared/router';
import { PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from '../campaigns/campaignApi';
import { inboxPath } from '../opinions/opinionApi';
import { BulkBar } from './BulkBar';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { QueueRow } from './QueueRow';
import { QueueSummary } from './QueueSummary';
import { RunsPanel } from './RunsPanel';
import { TriageOverlays, type Overlay } from './TriageOverlays';
import { useClusterChanges } from './useClusterChanges';
import { useQueueMoves } from './useQueueMoves';
import { useRowFocus } from './useRowFocus';
import { useTriageChanges } from './useTriageChanges';
import { useTriageKeys } from './useTriageKeys';
import { useTriageQueue } from './useTriageQueue';
import '../opinions/opinions.css';
import './triage.css';

export default function TriagePage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const campaign = useRequest((signal) => campaignApi.get(id, signal), [id]);

  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const say = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
  const closeOverlay = () => setOverlay(null);

  const q = useTriageQueue(id);
  const { items, active, selected, filters } = q;
  const focus = useRowFocus(items, active, q.focusTick);
  const move = useQueueMoves(q, say);
  const changes = useTriageChanges(id, q, say, setOverlay);
  const clusters = useClusterChanges(id, q, changes, say, setOverlay);
  useTriageKeys({ q, changes, clusters, move, overlay, setOverlay, say });

  const campaignName = campaign.data?.campaign.name;
  const splitShown = (o: (typeof items)[number]) => void clusters.split(o).catch((err: unknown) => message.error(errorMessage(err)));

  const bulkBar = selected.length > 0 && (
    <BulkBar
      count={selected.length}
      busy={changes.busy}
      barRef={focus.bulkRef}
      onAccept={() => void changes.runBulk('accept')}
      onWind={(w: Category) => void changes.runBulk('wind', w, t('triage.announce.wind', { wind: t(`category.${w}`) }))}
      onCategory={() => items[active] && changes.openCategory(items[active])}
      onRoute={() => items[active] && changes.openRoute(items[active])}
      onMerge={() => items[active] && void clusters.merge(q.itemsOf(selected)[0] ?? items[active])}
      onClear={() => q.setSelected([])}
    />
  );

  const backLink = (
    <Link to={inboxPath(id)} className="back-link">
      <ArrowLeftOutlined aria-hidden /> {campaignName ? `${campaignName} · ${t('triage.backToInbox')}` : t('triage.backToInbox')}
    </Link>
  );
  // (Review) A role that reads no opinion (a party member) is told so: an empty queue read as "all triaged".
  if (q.error instanceof ApiError && q.error.status === 403) {
    return (
      <div className="page triage-page">
        {backLink}
        <PageTitle title={t('triage.title')} />
        <Result status="403" title={t('triage.noAccess')} subTitle={errorMessage(q.error)} />
      </div>
    );
  }

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
      <QueueSummary counts={q.counts} suggested={filters.suggested} onSuggested={q.toggleSuggested} isPhone={isPhone} />
      <QueueFilters filters={filters} onChange={q.changeFilters} onReset={q.resetFilters} />
      <QueueList
        items={items}
        total={q.total}
        triagedHere={filters.state === 'untriaged' ? items.filter((o) => o.status !== 'received').length : 0}
        loading={q.loading}
        error={q.error}
        more={!!q.cursor}
        unfiltered={filters.state === 'untriaged' && !filters.orgId && !filters.suggested && !filters.wind}
        bulk={selected.length > 0}
        bulkBar={bulkBar}
        listRef={focus.listRef}
        onRefresh={() => void q.reloadRows()}
        onRetry={() => void q.load()}
        onLoadMore={() => void q.loadMore()}
        row={(o, i) => (
          <QueueRow
            key={o.id}
            item={o}
            index={i}
            active={i === active}
            selected={selected.includes(o.id)}
            isPhone={isPhone}
            busy={changes.busy}
            pending={changes.pending.includes(o.id)}
            register={focus.register(o.id)}
            onActivate={() => q.setActive(i)}
            onToggle={() => changes.toggle(o)}
            onAccept={() => changes.accept(o)}
            onWind={(w) => changes.setWind(o, w)}
            onCategory={() => changes.openCategory(o)}
            onRoute={() => changes.openRoute(o)}
            onMerge={() => void clusters.merge(o)}
            onSplit={() => splitShown(o)}
            onDetail={() => setOverlay({ kind: 'detail', id: o.id })}
            onCluster={() => setOverlay({ kind: 'cluster', clusterId: o.cluster.id, currentId: o.id })}
            onSimilar={() => setOverlay({ kind: 'similar', item: o })}
            canMergePrevious={i > 0 || selected.length > 0}
            mergeSelected={selected.length > 0}
          />
        )}
      />
      <div style={{ marginTop: 12 }}>
        {/* A run changes the suggestions: the rows shown are read again (filters and active row kept). */}
        <RunsPanel campaignId={id} campaignOrg={campaign.data?.campaign.org} onFinished={() => void q.reloadRows()} />
      </div>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {said.text}
        {said.n % 2 ? '\u200b' : ''}
      </div>

      <TriageOverlays
        campaignId={id}
        overlay={overlay}
        items={items}
        changes={changes}
        split={clusters.split}
        mergeWith={clusters.mergeWith}
        onClose={closeOverlay}
        focusActive={q.focusActive}
      />
    </div>
  );
}
