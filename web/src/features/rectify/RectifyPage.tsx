// 整改落实: the problem register (filters, counts), the timetable, the overdue list, special drives,
// rule review and public commitments of one campaign, with the ledger and task book downloads.
import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Col, Empty, Flex, Form, Input, Pagination, Row, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Id, IdName } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { Link, navigate, useLocation } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from '../campaigns/campaignApi';
import { CommitmentsTab, DrivesTab, FormModal, RulesTab } from './MoreTabs';
import { daysBetween, MeasureStatusTag, ProblemStatusTag, Timetable, WindTag } from './parts';
import { ProblemDrawer } from './ProblemDrawer';
import {
  chinaToday,
  ledgerUrl,
  measurePath,
  problemPath,
  PROBLEM_STATUSES,
  rectifyApi,
  rectifyPath,
  SOURCES,
  taskbookUrl,
  WINDS,
  type MeasureStatus,
  type ProblemQuery,
} from './rectifyApi';
import './rectify.css';

const TABS = ['problems', 'timetable', 'overdue', 'drives', 'rules', 'commitments'] as const;
type Tab = (typeof TABS)[number];

export default function RectifyPage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const tab: Tab = (TABS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as Tab) : 'problems';
  const fromOpinions = useMemo(() => (search.get('opinions') ?? '').split(',').filter((x) => /^[0-9a-v]{10}$/.test(x)), [search]);
  const [creating, setCreating] = useState(fromOpinions.length > 0);
  const campaign = useRequest((signal) => campaignApi.get(id, signal), [id]);
  const c = campaign.data?.campaign;

  const setTab = (k: string) => navigate(rectifyPath(id, k === 'problems' ? '' : `?tab=${k}`), { replace: true });

  return (
    <div className="page rx-page">
      <Link to={`/campaigns/${encodeURIComponent(id)}`} className="back-link">
        <ArrowLeftOutlined aria-hidden /> {c?.name ?? t('rectify.backToCampaign')}
      </Link>
      <PageTitle
        title={t('rectify.title')}
        extra={
          <Flex gap={8} wrap>
            {c?.can.manage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('rectify.newProblem')}
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined aria-hidden />} href={ledgerUrl(id)} download>
              {t('rectify.ledger')}
            </Button>
          </Flex>
        }
      />
      {campaign.error ? <ErrorState error={campaign.error} onRetry={campaign.reload} /> : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={TABS.map((k) => ({
          key: k,
          label: t(`rectify.tabs.${k}`),
          children:
            k === 'problems' ? (
              <ProblemsTab campaignId={id} org={c?.org ?? null} canManage={!!c?.can.manage} />
            ) : k === 'timetable' ? (
              <MeasuresTab campaignId={id} overdue={false} />
            ) : k === 'overdue' ? (
              <MeasuresTab campaignId={id} overdue />
            ) : k === 'drives' ? (
              <DrivesTab campaignId={id} org={c?.org ?? null} canManage={!!c?.can.manage} />
            ) : k === 'rules' ? (
              <RulesTab campaignId={id} org={c?.org ?? null} canManage={!!c?.can.manage} />
            ) : (
              <CommitmentsTab campaignId={id} org={c?.org ?? null} canManage={!!c?.can.manage} />
            ),
        }))}
      />
      {c ? (
        <ProblemDrawer
          campaignId={id}
          open={creating}
          org={c.org}
          initialOpinions={fromOpinions}
          onClose={() => setCreating(false)}
          onCreated={(p) => {
            setCreating(false);
            navigate(problemPath(id, p.id));
          }}
        />
      ) : null}
    </div>
  );
}

function ProblemsTab({ campaignId, org, canManage }: { campaignId: Id; org: IdName | null; canManage: boolean }) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(false);
  const [f, setF] = useState<ProblemQuery>({});
  const [page, setPage] = useState(1);
  const size = 20;
  const list = useRequest((signal) => rectifyApi.problems(campaignId, { ...f, limit: size, offset: (page - 1) * size }, signal), [campaignId, JSON.stringify(f), page]);
  const plans = useRequest((signal) => rectifyApi.plans(campaignId, signal), [campaignId]);
  const set = (patch: Partial<ProblemQuery>) => {
    setF((old) => ({ ...old, ...patch }));
    setPage(1);
  };
  const counts = list.data?.counts;
  const count = (label: string, n: number | undefined, key: string) => (
    <li key={key}>
      <span>{label}</span> <b>{n ?? 0}</b>
    </li>
  );

  return (
    <>
      <Card size="small" className="mb-16">
        <h2 className="sr-only">{t('rectify.filters')}</h2>
        <Row gutter={[12, 8]}>
          <Col xs={12} sm={8} lg={4}>
            <label className="rx-label" htmlFor="rx-f-wind">{t('rectify.wind')}</label>
            <Select id="rx-f-wind" className="rx-full" allowClear placeholder={t('rectify.all')} value={f.wind} onChange={(v) => set({ wind: v })} options={WINDS.map((w) => ({ value: w, label: t(`rectify.winds.${w}`) }))} />
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <label className="rx-label" htmlFor="rx-f-source">{t('rectify.source')}</label>
            <Select id="rx-f-source" className="rx-full" allowClear placeholder={t('rectify.all')} value={f.source} onChange={(v) => set({ source: v })} options={SOURCES.map((w) => ({ value: w, label: t(`rectify.sources.${w}`) }))} />
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <label className="rx-label" htmlFor="rx-f-status">{t('rectify.status')}</label>
            <Select id="rx-f-status" className="rx-full" allowClear placeholder={t('rectify.all')} value={f.status} onChange={(v) => set({ status: v })} options={PROBLEM_STATUSES.map((w) => ({ value: w, label: t(`rectify.problemStatus.${w}`) }))} />
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <label className="rx-label" htmlFor="rx-f-unit">{t('rectify.unit')}</label>
            <OrgSelect id="rx-f-unit" className="rx-full" value={f.orgId} onChange={(v) => set({ orgId: v })} />
          </Col>
          <Col xs={12} sm={12} lg={5} className="rx-f-check">
            <Checkbox checked={!!f.immediate} onChange={(e) => set({ immediate: e.target.checked || undefined })}>
              {t('rectify.immediateOnly')}
            </Checkbox>
          </Col>
        </Row>
      </Card>
      <section aria-label={t('rectify.countsTitle')} className="mb-16">
        <ul className="rx-counts">
          {count(t('rectify.countAll'), counts?.all, 'all')}
          {PROBLEM_STATUSES.map((s) => count(t(`rectify.problemStatus.${s}`), counts?.byStatus[s], s))}
          {WINDS.map((w) => count(t(`rectify.winds.${w}`), counts?.byWind[w], w))}
          {SOURCES.map((s) => count(t(`rectify.sources.${s}`), counts?.bySource[s], s))}
          {count(t('rectify.immediate'), counts?.immediate, 'immediate')}
        </ul>
      </section>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      <Spin spinning={list.loading}>
        <p className="muted" aria-live="polite">
          {t('rectify.total', { count: list.data?.total ?? 0 })}
        </p>
        {list.data && list.data.items.length === 0 ? (
          <Empty description={t('rectify.empty')} />
        ) : (
          <ul className="rx-list" aria-label={t('rectify.tabs.problems')}>
            {(list.data?.items ?? []).map((p) => (
              <li key={p.id}>
                <Card size="small" className="rx-card">
                  <div className="rx-card-head">
                    <WindTag wind={p.wind} />
                    <Tag>{t(`rectify.sources.${p.source}`)}</Tag>
                    <ProblemStatusTag status={p.status} />
                    {p.immediate ? <Tag className="rx-immediate">{t('rectify.immediate')}</Tag> : null}
                    {p.disclosedVersion ? <Tag className="rx-disclosed">{t('rectify.disclosedVersion', { version: p.disclosedVersion })}</Tag> : null}
                  </div>
                  <Link to={problemPath(campaignId, p.id)} className="rx-card-title">
                    {p.description}
                  </Link>
                  <div className="rx-card-meta">
                    {p.org.name} · {t(`rectify.targets.${p.targetKind}`)}
                    {p.targetLabel ? `：${p.targetLabel}` : ''} · {t(`rectify.severities.${p.severity}`)} · {t('rectify.opinionCount', { count: p.opinionCount })} ·{' '}
                    {t('rectify.measureCount', { count: p.measureCount })} · {formatDate(p.createdAt.slice(0, 10))}
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
        <div className="op-pager">
          <Pagination simple current={page} pageSize={size} total={list.data?.total ?? 0} onChange={setPage} hideOnSinglePage />
        </div>
      </Spin>
      <Card
        size="small"
        title={<h2 className="rx-h2">{t('rectify.taskbooks')}</h2>}
        className="mt-16"
        extra={canManage && org ? <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setPlanning(true)}>{t('rectify.newPlan')}</Button> : null}
      >
        {(plans.data?.items ?? []).length === 0 ? (
          <p className="muted">{t('rectify.noPlans')}</p>
        ) : (
          <ul className="rx-plain">
            {plans.data!.items.map((p) => (
              <li key={p.id}>
                <span>
                  {p.org.name} · {p.title || (p.kind === 'member' ? t('rectify.planMember', { name: p.memberName ?? '' }) : t('rectify.planLeadership'))}
                </span>
                <Button size="small" icon={<DownloadOutlined aria-hidden />} href={taskbookUrl(p.id)} download>
                  {t('rectify.taskbook')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {org ? (
        <FormModal<{ kind: 'leadership' | 'member'; memberName?: string; title?: string }>
          open={planning}
          title={t('rectify.newPlan')}
          initial={{ kind: 'leadership' }}
          onClose={() => setPlanning(false)}
          onSave={async (v) => {
            await rectifyApi.createPlan(campaignId, { orgId: org.id, kind: v.kind, memberName: v.kind === 'member' ? v.memberName ?? '' : null, title: v.title ?? '' });
            setPlanning(false);
            plans.reload();
          }}
        >
          <Form.Item name="kind" label={t('rectify.planKind')}>
            <Select options={(['leadership', 'member'] as const).map((k) => ({ value: k, label: t(`rectify.planKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="memberName" label={t('rectify.memberName')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="title" label={t('rectify.planTitle')}>
            <Input maxLength={200} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}

function MeasuresTab({ campaignId, overdue }: { campaignId: Id; overdue: boolean }) {
  const { t } = useTranslation();
  const list = useRequest((signal) => rectifyApi.measures(campaignId, { overdue: overdue || undefined, limit: 500 }, signal), [campaignId, overdue]);
  const items = list.data?.items ?? [];
  const today = chinaToday();
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.loading && !list.data) return <Spin />;
  if (!overdue) {
    const sorted = [...items].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.dueOn.localeCompare(b.dueOn));
    return (
      <Card size="small">
        <ul className="rx-counts mb-8">
          {(Object.entries(list.data?.counts.byStatus ?? {}) as [MeasureStatus, number][]).map(([s, n]) => (
            <li key={s}>
              <span>{t(`rectify.measureStatus.${s}`)}</span> <b>{n}</b>
            </li>
          ))}
          <li>
            <span>{t('rectify.overdueCount', { count: list.data?.counts.overdue ?? 0 })}</span>
          </li>
        </ul>
        <Timetable measures={sorted} />
      </Card>
    );
  }
  return (
    <Card size="small">
      <p className="muted" aria-live="polite">
        {t('rectify.overdueCount', { count: items.length })}
      </p>
      {items.length === 0 ? (
        <Empty description={t('rectify.overdueEmpty')} />
      ) : (
        <ul className="rx-list">
          {items.map((m) => (
            <li key={m.id} className="rx-overdue">
              <div className="rx-card-head">
                <MeasureStatusTag status={m.status} />
                <Typography.Text type="danger">{t('rectify.daysOverdue', { count: Math.max(0, daysBetween(m.dueOn, today)) })}</Typography.Text>
              </div>
              <Link to={measurePath(m.id)} className="rx-card-title">
                {m.text}
              </Link>
              <div className="rx-card-meta">
                {m.ownerOrg.name} · {m.ownerUser.name} · {t('rectify.dueOn')} {formatDate(m.dueOn)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
