import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, isAbort, languageHeader, uploadFile } from '../../shared/api';
import type { ImportJob, ImportRowError, ImportStartResponse } from '../../shared/api-types';

type Stage = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'job'; job: ImportJob } | { kind: 'error'; message: string };

const POLL_MS = 500;

export function ImportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abortRef = useRef<(() => void) | null>(null);
  const pollRef = useRef<number | undefined>(undefined);
  const liveRef = useRef(true);

  const stop = () => {
    abortRef.current?.();
    abortRef.current = null;
    window.clearTimeout(pollRef.current);
  };

  useEffect(() => {
    liveRef.current = true;
    return () => {
      liveRef.current = false;
      stop();
    };
  }, []);

  useEffect(() => {
    if (!open) {
      stop();
      setFile(null);
      setStage({ kind: 'idle' });
    }
  }, [open]);

  const poll = (jobId: string) => {
    api.get<ImportJob>(`/api/orgs/import/${encodeURIComponent(jobId)}`).then(
      (job) => {
        if (!liveRef.current) return;
        setStage({ kind: 'job', job });
        if (job.status === 'done') onDone();
        else if (job.status !== 'failed') pollRef.current = window.setTimeout(() => poll(jobId), POLL_MS);
      },
      (e: unknown) => {
        if (!liveRef.current) return;
        setStage({ kind: 'error', message: errorMessage(e) });
      },
    );
  };

  const start = async () => {
    if (!file) return;
    setStage({ kind: 'uploading', percent: 0 });
    const up = uploadFile<ImportStartResponse>('/api/orgs/import', 'file', file, (percent) => {
      if (liveRef.current) setStage({ kind: 'uploading', percent });
    });
    abortRef.current = up.abort;
    try {
      const r = await up.promise;
      abortRef.current = null;
      if (!liveRef.current) return;
      setStage({ kind: 'job', job: { status: 'validating', total: 0, done: 0, created: 0, errors: [] } });
      poll(r.jobId);
    } catch (e) {
      if (isAbort(e)) return;
      setStage({ kind: 'error', message: errorMessage(e) });
    }
  };

  const busy = stage.kind === 'uploading' || (stage.kind === 'job' && (stage.job.status === 'validating' || stage.job.status === 'writing'));
  const job = stage.kind === 'job' ? stage.job : null;
  const jobPercent = job ? (job.status === 'done' ? 100 : job.total > 0 ? Math.round((job.done / job.total) * 100) : 0) : 0;
  const finished = job && (job.status === 'done' || job.status === 'failed');

  return (
    <Modal
      open={open}
      title={t('orgs.importTitle')}
      onCancel={onClose}
      footer={
        finished ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <Flex gap={8} justify="end">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" disabled={!file || busy} loading={busy} onClick={() => void start()}>
              {t('orgs.startImport')}
            </Button>
          </Flex>
        )
      }
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('orgs.importHint')}</Typography.Paragraph>
      <Flex gap={12} wrap className="mb-16">
        <Button icon={<DownloadOutlined />} href={`/api/orgs/import/template?lang=${encodeURIComponent(languageHeader())}`} download>
          {t('orgs.downloadTemplate')}
        </Button>
        <Upload
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          maxCount={1}
          disabled={busy}
          beforeUpload={(f) => {
            setFile(f);
            setStage({ kind: 'idle' });
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setStage({ kind: 'idle' });
          }}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} disabled={busy}>
            {finished ? t('orgs.importAgain') : t('orgs.chooseFile')}
          </Button>
        </Upload>
      </Flex>

      {stage.kind === 'uploading' && (
        <div aria-live="polite">
          <Typography.Text>{t('orgs.uploading')}</Typography.Text>
          <Progress percent={stage.percent} aria-label={t('orgs.uploading')} />
        </div>
      )}
      {stage.kind === 'error' && <Alert type="error" showIcon title={stage.message} role="alert" />}
      {job && (
        <div aria-live="polite">
          <Typography.Text strong>{t(`orgs.importStatus.${job.status}`)}</Typography.Text>
          <Progress
            percent={jobPercent}
            status={job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active'}
            aria-label={t(`orgs.importStatus.${job.status}`)}
          />
          <Typography.Paragraph type="secondary">
            {t('orgs.importSummary', { total: job.total, done: job.done, created: job.created })}
          </Typography.Paragraph>
          {job.status === 'failed' && job.message && <Alert type="error" showIcon title={job.message} className="mb-16" />}
          {job.errors.length > 0 && (
            <>
              <Typography.Title level={3} className="section-title">
                {t('orgs.importErrors')}
              </Typography.Title>
              <Table<ImportRowError>
                size="small"
                rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
                dataSource={job.errors}
                pagination={job.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                columns={[
                  { title: t('orgs.errRow'), dataIndex: 'row', width: 60 },
                  { title: t('orgs.errField'), dataIndex: 'field', width: 96 },
                  { title: t('orgs.errMessage'), dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
