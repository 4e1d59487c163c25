import { useCallback, useEffect, useState } from 'react';
import { Button, Col, Empty, Flex, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, isAbort } from '../../shared/api';
import type { AuditCursor, AuditEntry, AuditResponse } from '../../shared/api-types';
import { formatDateTime } from '../../shared/format';
import { ErrorState, PageTitle } from '../../shared/ui';

const PAGE = 50;

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  /** Translated name of a server code, or the code itself when there is none. */
  const label = (key: string, fallback: string): string => {
    const v: unknown = i18n.getResource(i18n.resolvedLanguage ?? i18n.language, 'translation', key);
    return typeof v === 'string' ? v : fallback;
  };
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<AuditCursor | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const load = useCallback(async (before: AuditCursor | null, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const r = await api.get<AuditResponse>('/api/audit', { limit: PAGE, before }, signal);
      setItems((prev) => (before === null ? r.items : [...prev, ...r.items]));
      setNext(r.next);
      setDone(r.next === null);
    } catch (e) {
      if (isAbort(e)) return;
      setError(e);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const ctrl = new AbortController();
    void load(null, ctrl.signal);
    return () => ctrl.abort();
  }, [load]);

  return (
    <div className="page">
      <PageTitle title={t('audit.title')} />
      {error ? <ErrorState error={error} onRetry={() => void load(next)} /> : null}
      <Table<AuditEntry>
        rowKey={(e) => `${e.regionId}:${e.seq}`}
        loading={loading && items.length === 0}
        dataSource={items}
        pagination={false}
        scroll={{ x: 760 }}
        size="middle"
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        expandable={{
          expandedRowRender: (e) => (
            <Row gutter={[16, 8]}>
              <Col xs={24} md={12}>
                <h3 className="json-title">{t('audit.before')}</h3>
                <Json value={e.before} />
              </Col>
              <Col xs={24} md={12}>
                <h3 className="json-title">{t('audit.after')}</h3>
                <Json value={e.after} />
              </Col>
            </Row>
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v) },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (v: string | null) => (!v || v === 'system' ? t('audit.system') : v) },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 200,
            render: (v: string) => (
              <span>
                {label(`auditAction.${v}`, v)}
                <span className="mono audit-code">{v}</span>
              </span>
            ),
          },
          {
            title: t('audit.target'),
            key: 'target',
            render: (_, e) => (
              <span>
                {label(`targetType.${e.targetType}`, e.targetType)}
                {e.targetId ? <span className="mono"> · {e.targetId}</span> : null}
              </span>
            ),
          },
        ]}
      />
      <Flex justify="center" className="mt-16">
        {done ? (
          items.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
        ) : (
          <Button onClick={() => void load(next)} loading={loading && items.length > 0} disabled={next === null}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </div>
  );
}
