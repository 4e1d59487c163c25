// Import opinions collected offline from an xlsx / csv file: every row is checked, and if any row
// is wrong nothing is written and the server's row errors are shown as a table.
import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Flex, Modal, Progress, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage, isAbort } from '../../shared/api';
import type { Id, ImportRowError } from '../../shared/api-types';
import { opinionApi } from './opinionApi';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'error'; message: string; rows: ImportRowError[] };

function rowErrors(e: unknown): ImportRowError[] {
  if (!(e instanceof ApiError) || e.code !== 'import.rows_invalid') return [];
  const d = e.details as { errors?: unknown } | undefined;
  return Array.isArray(d?.errors) ? (d.errors as ImportRowError[]) : [];
}

export function ImportOpinionsModal({ campaignId, open, onClose, onDone }: { campaignId: Id; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abortRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!open) {
      abortRef.current?.();
      abortRef.current = null;
      setFile(null);
      setStage({ kind: 'idle' });
    }
  }, [open]);

  const start = async () => {
    if (!file) return;
    setStage({ kind: 'uploading', percent: 0 });
    const up = opinionApi.importFile(campaignId, file, (percent) => setStage({ kind: 'uploading', percent }));
    abortRef.current = up.abort;
    try {
      const r = await up.promise;
      abortRef.current = null;
      message.success(t('opinions.imported', { count: r.created }));
      onDone();
      onClose();
    } catch (e) {
      if (isAbort(e)) return;
      setStage({ kind: 'error', message: errorMessage(e), rows: rowErrors(e) });
    }
  };

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('opinions.importTitle')}
      width={720}
      okText={t('opinions.startImport')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !file, loading: stage.kind === 'uploading' }}
      onOk={() => void start()}
    >
      <p>{t('opinions.importHint')}</p>
      <Flex gap={8} wrap className="mb-16">
        <Button icon={<DownloadOutlined />} href={opinionApi.templateUrl()} download>
          {t('opinions.template')}
        </Button>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            setStage({ kind: 'idle' });
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'f', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />}>{t('opinions.chooseFile')}</Button>
        </Upload>
      </Flex>
      {stage.kind === 'uploading' && <Progress percent={stage.percent} />}
      {stage.kind === 'error' && (
        <>
          <Alert type="error" showIcon role="alert" title={stage.message} description={stage.rows.length ? t('opinions.importErrors') : undefined} className="mb-16" />
          {stage.rows.length > 0 && (
            <Table<ImportRowError>
              size="small"
              rowKey={(r, i) => `${r.row}-${r.field}-${i ?? 0}`}
              dataSource={stage.rows}
              pagination={stage.rows.length > 20 ? { pageSize: 20 } : false}
              scroll={{ x: 480 }}
              columns={[
                { title: t('opinions.row'), dataIndex: 'row', width: 70 },
                { title: t('opinions.field'), dataIndex: 'field', width: 140 },
                { title: t('opinions.error'), dataIndex: 'message' },
              ]}
            />
          )}
        </>
      )}
    </Modal>
  );
}
