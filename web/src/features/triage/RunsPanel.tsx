import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Progress, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../shared/api';
import type { Id, IdName } from '../../shared/api-types';
import { formatDateTime } from '../../shared/format';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { triageApi, type RunOrg, type TriageRun } from './triageApi';

// Backlog runs: start one, then follow its progress until it ends (polling once a second), and
// the runs before it, each with the unit it covered. A run covers a unit's subtree. Which units
// this caller may run is the server's answer (`startOrgs`: the units of the roles they hold in
// the campaign, highest first — not the unit they belong to, which may differ: the server refuses
// a unit where they hold no such role). The highest is offered, the others in a choice.

/** The unit a run starts for: the one chosen while the server still offers it, else the highest offered. */
export function runOrgOf<T extends IdName>(offered: T[], chosen: Id | null): T | null {
  return offered.find((o) => o.id === chosen) ?? offered[0] ?? null;
}

/** How many opinions of the campaign a run of `unit` covers (all of them for the campaign's own unit). */
function useRunScope(campaignId: Id, root: IdName | undefined, unit: RunOrg | null) {
  return useRequest(async (signal): Promise<{ unit: IdName; scoped: boolean; unitOnly: boolean; count: number } | null> => {
    if (!root || !unit) return null;
    // (A unit liaison's run covers their unit alone; the queue counts a unit with those below it, so no count is given.)
    if (!unit.subtree) return { unit, scoped: true, unitOnly: true, count: 0 };
    const scoped = unit.id !== root.id;
    const q = await triageApi.queue(campaignId, { state: 'all', limit: 1, ...(scoped ? { orgId: unit.id } : {}) }, signal);
    return { unit, scoped, unitOnly: false, count: q.total };
  }, [campaignId, root?.id, unit?.id]);
}

export function RunsPanel({ campaignId, campaignOrg, onFinished }: { campaignId: Id; campaignOrg?: IdName; onFinished?: () => void }) {
  const { t } = useTranslation();
  const [run, setRun] = useState<TriageRun | null>(null);
  const [history, setHistory] = useState<TriageRun[]>([]);
  const [offered, setOffered] = useState<RunOrg[]>([]);
  const [chosen, setChosen] = useState<Id | null>(null);
  const [denied, setDenied] = useState(false);
  const [pollError, setPollError] = useState<string | null>(null);
  const { busy, error, run: submit } = useSubmit();
  const unit = runOrgOf(offered, chosen);
  const scope = useRunScope(campaignId, campaignOrg, unit);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const [listTick, setListTick] = useState(0);
  useEffect(() => {
    let live = true;
    triageApi.runs(campaignId).then(
      ({ items, startOrgs }) => {
        if (!live) return;
        setHistory(items);
        setOffered(startOrgs);
        setRun(items[0] ?? null);
      },
      () => live && setDenied(true), // only those who handle opinions run triage
    );
    return () => {
      live = false;
    };
  }, [campaignId, listTick]);

  const runId = run?.status === 'running' ? run.id : null;
  useEffect(() => {
    if (!runId) return;
    let live = true;
    const timer = setInterval(() => {
      triageApi.run(runId).then(
        ({ run: next }) => {
          if (!live) return;
          setPollError(null);
          setRun(next);
          if (next.status !== 'running') {
            live = false;
            clearInterval(timer);
            setListTick((n) => n + 1); // the history with it
            finished.current?.();
          }
        },
        (e: unknown) => live && setPollError(errorMessage(e)),
      );
    }, 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [runId]);

  if (denied) return null;
  const percent = run && run.total && run.done !== null ? Math.round((run.done / run.total) * 100) : run?.status === 'done' ? 100 : 0;
  const outcome = (r: TriageRun) =>
    // (A run of a unit above the caller's reach comes without its counts.)
    r.total === null || r.done === null || r.failed === null
      ? t(r.status === 'running' ? 'triageRuns.runningAbove' : r.status === 'done' ? 'triageRuns.doneAbove' : r.status === 'cancelled' ? 'triageRuns.cancelledAbove' : 'triageRuns.failedAbove')
      : r.status === 'running'
      ? t('triageRuns.running', { done: r.done, total: r.total })
      : r.status === 'done'
        ? t('triageRuns.done', { done: r.done, failed: r.failed })
        : r.status === 'cancelled'
          ? t('triageRuns.cancelled', { done: r.done, total: r.total })
          : t('triageRuns.failed', { done: r.done, total: r.total });
  const earlier = history.filter((r) => r.id !== run?.id).slice(0, 5);
  // (The scope shown is the chosen unit's only once its count has come back: until then, or if it failed, Start waits,
  // so that a quick click after a change of unit does not start the unit chosen before.)
  const s = scope.data && !scope.loading && !scope.error && scope.data.unit.id === unit?.id ? scope.data : null;
  return (
    <Card size="small" title={t('triageRuns.title')} data-testid="triage-runs">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('triageRuns.explain')}</Typography.Text>
        {offered.length > 1 && (
          <Space wrap>
            <label htmlFor="tri-run-org">{t('triage.filters.unit')}</label>
            <Select
              id="tri-run-org"
              style={{ minWidth: 200 }}
              value={unit?.id}
              onChange={(v: Id) => setChosen(v)}
              options={offered.map((o) => ({ value: o.id, label: o.name }))}
              disabled={busy || run?.status === 'running'}
            />
          </Space>
        )}
        {s && (
          <Typography.Text data-testid="triage-runs-scope">
            {t(s.unitOnly ? 'triageRuns.scopeUnitOnly' : s.scoped ? 'triageRuns.scopeUnit' : 'triageRuns.scopeCampaign', { unit: s.unit.name, count: s.count })}
          </Typography.Text>
        )}
        {run ? (
          <div aria-live="polite" data-testid="triage-runs-last">
            <Typography.Text type="secondary" id="tri-runs-last">
              {t('triageRuns.last')}
              {run.org ? ` · ${run.org.name}` : ''}
            </Typography.Text>
            <Progress aria-labelledby="tri-runs-last" percent={percent} status={run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : run.status === 'cancelled' ? 'normal' : 'success'} />
            <Typography.Text>{outcome(run)}</Typography.Text>
            {/* (Review) A run can be stopped: its work so far stays. Offered to those who see its counts (their own run, or one
                within their reach), as the server allows. */}
            {run.status === 'running' && run.total !== null && (
              <Button
                size="small"
                danger
                style={{ marginLeft: 8 }}
                onClick={() =>
                  submit(async () => {
                    try {
                      setRun((await triageApi.cancelRun(run.id)).run);
                    } finally {
                      setListTick((n) => n + 1);
                    }
                    onFinished?.();
                  })
                }
              >
                {t('triageRuns.cancel')}
              </Button>
            )}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('triageRuns.none')}</Typography.Text>
        )}
        {(error || pollError || scope.error) ? <Alert type="error" showIcon title={error ?? pollError ?? errorMessage(scope.error)} /> : null}
        <Button
          loading={busy || run?.status === 'running'}
          disabled={!s}
          onClick={() =>
            submit(async () => {
              if (!s) return;
              try {
                const res = await triageApi.startRun(campaignId, s.scoped ? s.unit.id : undefined);
                setRun(res.run);
                setHistory((h) => [res.run, ...h]);
              } catch (e) {
                // One run at a time per campaign: follow the one already under way.
                if (e instanceof ApiError && e.status === 409) setListTick((n) => n + 1);
                throw e;
              }
            })
          }
        >
          {s?.scoped ? t('triageRuns.startUnit', { unit: s.unit.name }) : t('triageRuns.start')}
        </Button>
        {earlier.length > 0 && (
          <section aria-labelledby="tri-runs-history">
            <Typography.Text type="secondary" id="tri-runs-history">
              {t('triageRuns.history')}
            </Typography.Text>
            <ul className="tri-runs-history" data-testid="triage-runs-history">
              {earlier.map((r) => (
                <li key={r.id}>
                  <time dateTime={r.startedAt}>{formatDateTime(r.startedAt)}</time>
                  {r.org ? <span className="tri-runs-unit">{r.org.name}</span> : null}
                  <span>{outcome(r)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </Space>
    </Card>
  );
}
