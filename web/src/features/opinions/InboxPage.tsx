// The campaign office's inbox of opinions (意见建议): filters, a table (cards on phones), paging,
// and the detail drawer, the staff entry drawer and the import dialog.
import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Col, Empty, Flex, Form, Grid, Input, Pagination, Row, Select, Spin, Table, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FilterOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { CHANNELS, OPINION_STATUSES, type Channel, type Id, type Opinion, type OpinionListQuery, type OpinionStatus } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect, type OrgOption } from '../../shared/OrgSelect';
import { Link, navigate, useLocation } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from '../campaigns/campaignApi';
import { triageApi, triagePath } from '../triage/triageApi';
import { EntryDrawer } from './EntryDrawer';
import { ImportOpinionsModal } from './ImportOpinionsModal';
import { OpinionDrawer } from './OpinionDrawer';
import { IdentityTag, StatusTag } from './OpinionTags';
import { opinionApi } from './opinionApi';
import './opinions.css';

interface Filters {
  solicitationId?: Id;
  channel?: Channel;
  status?: OpinionStatus;
  orgId?: Id;
  from?: string;
  to?: string;
  q?: string;
  identity?: 'anonymous' | 'named';
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setV(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return v;
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export default function InboxPage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const isPhone = !(Grid.useBreakpoint().md ?? true);
  const [form] = Form.useForm<Filters>();
  const initial = useMemo<Filters>(
    () => ({
      channel: pick(search.get('channel'), CHANNELS),
      status: pick(search.get('status'), OPINION_STATUSES),
      orgId: search.get('orgId') ?? undefined,
    }),
    // read once: later filter changes live in the form
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const initialOrg: OrgOption | null = initial.orgId ? { id: initial.orgId, name: search.get('orgName') ?? initial.orgId } : null;
  const [filters, setFilters] = useState<Filters>(initial);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<Id | null>(null);
  const [entryOpen, setEntryOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const q = useDebounced(filters.q?.trim() ?? '', 300);

  const campaign = useRequest((signal) => campaignApi.get(id, signal), [id]);
  const solicitations = useRequest((signal) => opinionApi.solicitations(id, signal).catch(() => ({ items: [] })), [id]);

  const query: OpinionListQuery = {
    solicitationId: filters.solicitationId,
    channel: filters.channel,
    status: filters.status,
    orgId: filters.orgId,
    from: filters.from || undefined,
    to: filters.to || undefined,
    q: q || undefined,
    anonymous: filters.identity === undefined ? undefined : filters.identity === 'anonymous',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
  const list = useRequest((signal) => opinionApi.list(id, query, signal), [id, JSON.stringify(query)]);
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  // The triage queue's untriaged figure, refreshed with the list.
  const triage = useRequest((signal) => triageApi.queue(id, { limit: 1 }, signal).catch(() => null), [id, list.data]);
  const untriaged = triage.data?.counts.untriaged;

  const campaignName = campaign.data?.campaign.name;
  const title = t('opinions.title');

  const reset = () => {
    form.resetFields();
    form.setFieldsValue({ channel: undefined, status: undefined, orgId: undefined });
    setFilters({});
    setPage(1);
  };

  const filtersForm = (
    <Card className="mb-16" size="small">
      <h2 className="sr-only">{t('opinions.filters')}</h2>
      <Form<Filters>
        form={form}
        name="inbox-filters"
        layout="vertical"
        className="op-filters"
        initialValues={initial}
        onValuesChange={(_, all) => {
          setFilters({ ...all });
          setPage(1);
        }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="solicitationId" label={t('opinions.solicitation')}>
              <Select
                allowClear
                placeholder={t('opinions.all')}
                options={(solicitations.data?.items ?? []).map((s) => ({ value: s.id, label: s.title }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={4}>
            <Form.Item name="channel" label={t('opinions.channel')}>
              <Select allowClear placeholder={t('opinions.all')} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={4}>
            <Form.Item name="status" label={t('opinions.status')}>
              <Select
                allowClear
                placeholder={t('opinions.all')}
                options={OPINION_STATUSES.map((s) => ({ value: s, label: t(`opinionStatus.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="orgId" label={t('opinions.unit')}>
              <OrgSelect initial={initialOrg} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={4}>
            <Form.Item name="identity" label={t('opinions.identity')}>
              <Select
                allowClear
                placeholder={t('opinions.all')}
                options={[
                  { value: 'anonymous', label: t('opinions.anonymous') },
                  { value: 'named', label: t('opinions.named') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={5}>
            <Form.Item name="from" label={t('opinions.from')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={5}>
            <Form.Item name="to" label={t('opinions.to')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12} sm={12} lg={8}>
            <Form.Item name="q" label={t('opinions.q')}>
              <Input allowClear maxLength={50} placeholder={t('opinions.qPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <div className="op-filters-actions">
              <Button onClick={reset}>{t('opinions.reset')}</Button>
            </div>
          </Col>
        </Row>
      </Form>
    </Card>
  );

  const viewButton = (o: Opinion) => (
    <>
      <Button size="small" onClick={() => setOpenId(o.id)}>
        {t('opinions.view')}
        <span className="sr-only">{t('opinions.viewOf', { text: o.body.slice(0, 20) })}</span>
      </Button>
      {campaign.data?.campaign.can.manage && o.can.handle ? (
        <Link to={`/campaigns/${encodeURIComponent(id)}/rectify?opinions=${o.id}`} className="op-to-problem">
          {t('rectify.fromOpinions')}
          <span className="sr-only">{t('opinions.viewOf', { text: o.body.slice(0, 20) })}</span>
        </Link>
      ) : null}
    </>
  );

  const text = (o: Opinion) => (
    <Typography.Paragraph
      className="op-text"
      ellipsis={{ rows: 2, expandable: 'collapsible', symbol: (expanded: boolean) => (expanded ? t('opinions.collapse') : t('opinions.expand')) }}
    >
      {o.body}
    </Typography.Paragraph>
  );

  const target = (o: Opinion) => (
    <span>
      {t(`targetKind.${o.targetKind}`)}
      {o.targetLabel ? `：${o.targetLabel}` : ''}
    </span>
  );

  const tableView = (
    <Table<Opinion>
      className="op-table"
      rowKey="id"
      size="middle"
      loading={list.loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: <Empty description={t('opinions.empty')} /> }}
      columns={[
        { title: t('opinions.received'), dataIndex: 'receivedOn', width: 112, render: (v: string) => formatDate(v) },
        { title: t('opinions.unit'), key: 'unit', width: 150, render: (_, o) => o.org.name },
        { title: t('opinions.channel'), dataIndex: 'channel', width: 110, render: (c: Channel) => t(`channel.${c}`) },
        { title: t('opinions.target'), key: 'target', width: 140, render: (_, o) => target(o) },
        { title: t('opinions.text'), key: 'body', render: (_, o) => text(o) },
        {
          title: t('opinions.status'),
          key: 'status',
          width: 150,
          render: (_, o) => (
            <span className="op-tags">
              <StatusTag status={o.status} />
              <IdentityTag anonymous={o.anonymous} />
            </span>
          ),
        },
        { title: t('common.actions'), key: 'actions', width: 96, render: (_, o) => viewButton(o) },
      ]}
    />
  );

  const cardsView = (
    <Spin spinning={list.loading}>
      {items.length === 0 && !list.loading ? (
        <Empty description={t('opinions.empty')} />
      ) : (
        <ul className="op-cards" aria-label={title}>
          {items.map((o) => (
            <li key={o.id}>
              <Card className="op-card" size="small">
                <div className="op-card-head">
                  <span>{formatDate(o.receivedOn)}</span>
                  <span className="op-card-unit">{o.org.name}</span>
                  <span>{t(`channel.${o.channel}`)}</span>
                </div>
                <div className="op-card-head">{target(o)}</div>
                {text(o)}
                <div className="op-card-foot">
                  <span className="op-tags">
                    <StatusTag status={o.status} />
                    <IdentityTag anonymous={o.anonymous} />
                  </span>
                  {viewButton(o)}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Spin>
  );

  return (
    <div className="page inbox-page">
      <Link to={`/campaigns/${encodeURIComponent(id)}`} className="back-link">
        <ArrowLeftOutlined aria-hidden /> {campaignName ?? t('opinions.backToCampaign')}
      </Link>
      <PageTitle
        title={title}
        extra={
          <Flex gap={8} wrap>
            <Button
              href={triagePath(id)}
              icon={<FilterOutlined aria-hidden />}
              onClick={(e) => {
                e.preventDefault();
                navigate(triagePath(id));
              }}
            >
              {t('triage.openQueue')}
            </Button>
            {campaign.data?.campaign.can.enterOpinions ? (
              <>
                <Button type="primary" icon={<EditOutlined />} onClick={() => setEntryOpen(true)}>
                  {t('opinions.enter')}
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
                  {t('opinions.import')}
                </Button>
              </>
            ) : null}
          </Flex>
        }
      />
      {filtersForm}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      <Card size="small">
        <div className="muted mb-8" aria-live="polite">
          {t('opinions.total', { count: total })}
          {untriaged !== undefined ? (
            <>
              {' · '}
              <Link to={triagePath(id)} className="op-untriaged" style={{ textDecoration: 'underline' }}>
                {t('triage.inboxUntriaged', { count: untriaged })}
              </Link>
            </>
          ) : null}
        </div>
        {isPhone ? cardsView : tableView}
        <div className="op-pager">
          <Pagination
            current={page}
            pageSize={pageSize}
            total={total}
            simple={isPhone}
            showSizeChanger={!isPhone}
            pageSizeOptions={[20, 50, 100, 200]}
            onChange={(p, size) => {
              if (size !== pageSize) {
                setPageSize(size);
                setPage(1);
              } else setPage(p);
            }}
          />
        </div>
      </Card>
      <OpinionDrawer
        campaignId={id}
        opinionId={openId}
        onClose={() => setOpenId(null)}
        onChanged={list.reload}
      />
      <EntryDrawer campaignId={id} open={entryOpen} onClose={() => setEntryOpen(false)} onCreated={list.reload} />
      <ImportOpinionsModal campaignId={id} open={importOpen} onClose={() => setImportOpen(false)} onDone={list.reload} />
    </div>
  );
}
