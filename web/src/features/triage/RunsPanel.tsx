import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useSubmit } from '../../shared/useSubmit';

// Backlog runs: start one, then follow its progress until it ends (polling once a second).

interface Run {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  done: number;
  failed: number;
  startedAt: string;
  finishedAt: string | null;
}

export function RunsPanel({ campaignId, onFinished }: { campaignId: string; onFinished?: () => void }) {
  const { t } = useTranslation();
  const [run, setRun] = useState<Run | null>(null);
  const [denied, setDenied] = useState(false);
  const { busy, error, run: submit } = useSubmit();

  const load = useCallback(async () => {
    try {
      const { items } = await api.get<{ items: Run[] }>(`/api/campaigns/${campaignId}/triage/runs`);
      setRun(items[0] ?? null);
    } catch {
      setDenied(true); // only those who handle opinions run triage
    }
  }, [campaignId]);

  useEffect(() => void load(), [load]);

  useEffect(() => {
    if (run?.status !== 'running') return;
    const timer = setInterval(async () => {
      const { run: next } = await api.get<{ run: Run }>(`/api/triage/runs/${run.id}`);
      setRun(next);
      if (next.status !== 'running') onFinished?.();
    }, 1000);
    return () => clearInterval(timer);
  }, [run, onFinished]);

  if (denied) return null;
  const percent = run && run.total ? Math.round((run.done / run.total) * 100) : run?.status === 'done' ? 100 : 0;
  return (
    <Card size="small" title={t('triageRuns.title')} data-testid="triage-runs">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('triageRuns.explain')}</Typography.Text>
        {run ? (
          <div aria-live="polite">
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
        {error && <Alert type="error" showIcon message={error} />}
        <Button
          loading={busy || run?.status === 'running'}
          onClick={() =>
            submit(async () => {
              const res = await api.post<{ run: Run }>(`/api/campaigns/${campaignId}/triage/runs`, {});
              setRun(res.run);
            })
          }
        >
          {t('triageRuns.start')}
        </Button>
      </Space>
    </Card>
  );
}
