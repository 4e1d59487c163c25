import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../shared/api';
import type { Id, IdName } from '../../shared/api-types';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { useMe } from '../auth/AuthContext';
import { orgApi } from '../organizations/orgApi';
import { triageApi, type TriageRun } from './triageApi';

// Backlog runs: start one, then follow its progress until it ends (polling once a second).
// A run covers a unit's subtree: the campaign's own for those at its top, else the caller's own
// unit (a district office handles its district, not the city: the server refuses the rest).

/** The unit a run of this caller covers, and how many opinions of the campaign are under it. */
function useRunScope(campaignId: Id, root: IdName | undefined) {
  const me = useMe();
  return useRequest(async (signal): Promise<{ unit: IdName; scoped: boolean; count: number } | null> => {
    if (!root) return null;
    let unit: IdName | null = null;
    if (me.orgId !== root.id) {
      // Below the campaign's top: the caller's own unit. Above it (or beside it): the campaign's.
      const own = await orgApi.get(me.orgId, signal).catch(() => null);
      if (own && own.org.path.includes(`/${root.id}/`)) unit = { id: own.org.id, name: own.org.name };
    }
    const q = await triageApi.queue(campaignId, { state: 'all', limit: 1, ...(unit ? { orgId: unit.id } : {}) }, signal);
    return { unit: unit ?? root, scoped: !!unit, count: q.total };
  }, [campaignId, root?.id, me.orgId]);
}

export function RunsPanel({ campaignId, campaignOrg, onFinished }: { campaignId: Id; campaignOrg?: IdName; onFinished?: () => void }) {
  const { t } = useTranslation();
  const [run, setRun] = useState<TriageRun | null>(null);
  const [denied, setDenied] = useState(false);
  const [pollError, setPollError] = useState<string | null>(null);
  const { busy, error, run: submit } = useSubmit();
  const scope = useRunScope(campaignId, campaignOrg);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const [listTick, setListTick] = useState(0);
  useEffect(() => {
    let live = true;
    triageApi.runs(campaignId).then(
      ({ items }) => live && setRun(items[0] ?? null),
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
  const percent = run && run.total ? Math.round((run.done / run.total) * 100) : run?.status === 'done' ? 100 : 0;
  const s = scope.data;
  return (
    <Card size="small" title={t('triageRuns.title')} data-testid="triage-runs">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('triageRuns.explain')}</Typography.Text>
        {s && (
          <Typography.Text data-testid="triage-runs-scope">
            {t(s.scoped ? 'triageRuns.scopeUnit' : 'triageRuns.scopeCampaign', { unit: s.unit.name, count: s.count })}
          </Typography.Text>
        )}
        {run ? (
          <div aria-live="polite">
            <Typography.Text type="secondary">{t('triageRuns.last')}</Typography.Text>
            <Progress percent={percent} status={run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : 'success'} />
            <Typography.Text>
              {run.status === 'running'
                ? t('triageRuns.running', { done: run.done, total: run.total })
                : run.status === 'done'
                  ? t('triageRuns.done', { done: run.done, failed: run.failed })
                  : t('triageRuns.failed', { done: run.done, total: run.total })}
            </Typography.Text>
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
      </Space>
    </Card>
  );
}
