import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Flex, List, Popconfirm, Row, Steps, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, BarChartOutlined, DeleteOutlined, EditOutlined, PlusOutlined, ToolOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import { PHASES, type Campaign, type CampaignAction, type CampaignPhase, type Id } from '../../shared/api-types';
import { formatDate, formatRange } from '../../shared/format';
import { Link, navigate } from '../../shared/router';
import { ErrorState, Loading, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { ActionModal, type ActionModalMode } from './ActionModal';
import { CampaignFormDrawer, type CampaignFormMode } from './CampaignFormDrawer';
import { ExclusionsModal } from './ExclusionsModal';
import { SupervisionPanel } from './SupervisionPanel';
import { campaignApi } from './campaignApi';
import { batchLabel, PHASE_COLORS } from './labels';
import { ProgressMatrix } from './ProgressMatrix';
import { OpinionCountsCard } from '../opinions/OpinionCountsCard';

export default function CampaignPage({ id }: { id: Id }) {
  const { t } = useTranslation();
  const req = useRequest((signal) => campaignApi.get(id, signal), [id]);
  const [matrixTick, setMatrixTick] = useState(0);
  const [editing, setEditing] = useState(false);
  const [excluding, setExcluding] = useState(false);
  const { message } = App.useApp();
  const campaign = req.data?.campaign;
  const editMode = useMemo<CampaignFormMode | null>(() => (editing && campaign ? { kind: 'edit', campaign } : null), [editing, campaign]);
  const refresh = () => {
    req.reload();
    setMatrixTick((x) => x + 1);
  };

  const back = (
    <Link to="/campaigns" className="back-link">
      <ArrowLeftOutlined aria-hidden /> {t('campaigns.backToList')}
    </Link>
  );

  if (req.loading && !req.data) return <Loading />;
  if (req.error || !req.data) {
    return (
      <div className="page">
        {back}
        <ErrorState error={req.error} onRetry={req.reload} />
      </div>
    );
  }
  const c = req.data.campaign;

  return (
    <div className="page campaign-page">
      {back}
      <PageTitle
        title={c.name}
        extra={
          <Flex gap={8} wrap>
            <Button icon={<ToolOutlined aria-hidden />} href={`/campaigns/${encodeURIComponent(c.id)}/rectify`} onClick={(e) => { e.preventDefault(); navigate(`/campaigns/${encodeURIComponent(c.id)}/rectify`); }}>
              {t('rectify.open')}
            </Button>
            <Button icon={<BarChartOutlined aria-hidden />} href={`/campaigns/${encodeURIComponent(c.id)}/figures`} onClick={(e) => { e.preventDefault(); navigate(`/campaigns/${encodeURIComponent(c.id)}/figures`); }}>{t('figures.open')}</Button>
            {c.can.manage ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('campaignAdmin.edit')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card className="mb-16">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'batch', label: t('campaigns.batch'), children: batchLabel(t, c.batch) },
            { key: 'org', label: t('campaigns.org'), children: c.org.name },
            { key: 'dates', label: t('campaigns.dates'), children: formatRange(c.startsOn, c.endsOn) },
            {
              key: 'phase',
              label: t('campaigns.currentPhase'),
              children: c.currentPhase ? (
                <Tag color={PHASE_COLORS[c.currentPhase]}>{t(`phase.${c.currentPhase}`)}</Tag>
              ) : (
                t('campaigns.noCurrentPhase')
              ),
            },
            { key: 'count', label: t('campaigns.participatingCount'), children: t('campaigns.participatingN', { count: c.participatingCount }) },
            {
              key: 'excl',
              label: t('campaigns.exclusions'),
              children: (
                <div className="exclusions-field">
                  {c.exclusions.length ? (
                    <ul className="tag-list exclusions-list" aria-label={t('campaigns.exclusions')}>
                      {c.exclusions.map((e) => (
                        <li key={e.id}>
                          <Tag>{e.name}</Tag>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span>{t('common.none')}</span>
                  )}
                  {c.can.manage && (
                    <Button size="small" type="link" className="exclusions-edit" onClick={() => setExcluding(true)}>
                      {t('campaignAdmin.editExclusions')}
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
      </Card>
      <PhasesCard campaign={c} onChanged={refresh} />
      <OpinionCountsCard campaignId={c.id} />
      <SupervisionPanel campaign={c} />
      <ProgressMatrix campaignId={c.id} reloadKey={matrixTick} />
      {c.can.manage && (
        <>
          {editMode && (
            <CampaignFormDrawer
              mode={editMode}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                message.success(t('common.saved'));
                refresh();
              }}
            />
          )}
          <ExclusionsModal
            campaign={c}
            open={excluding}
            onClose={() => setExcluding(false)}
            onSaved={() => {
              setExcluding(false);
              message.success(t('campaignAdmin.exclusionsSaved'));
              refresh();
            }}
          />
        </>
      )}
    </div>
  );
}

function PhasesCard({ campaign: c, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mode, setMode] = useState<ActionModalMode | null>(null);
  const phases = PHASES.map((p) => c.phases.find((x) => x.phase === p)).filter((x): x is CampaignPhase => !!x);
  const currentIndex = c.currentPhase ? phases.findIndex((p) => p.phase === c.currentPhase) : -1;

  const remove = async (a: CampaignAction) => {
    try {
      await campaignApi.deleteAction(c.id, a.id);
      message.success(t('campaigns.actionDeleted'));
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card className="mb-16" title={<h2 className="card-title">{t('campaigns.phases')}</h2>}>
      <Steps
        className="mb-16 phase-steps"
        current={currentIndex >= 0 ? currentIndex : undefined}
        items={phases.map((p) => ({
          key: p.phase,
          title: t(`phaseNo.${p.phase}`),
          subTitle: undefined,
          content: (
            <div className="phase-step-content">
              <div>{t(`phase.${p.phase}`)}</div>
              <div className="muted">{formatRange(p.startsOn, p.endsOn)}</div>
            </div>
          ),
        }))}
      />
      <Row gutter={[16, 16]}>
        {phases.map((p) => (
          <Col xs={24} lg={8} key={p.phase}>
            <section className="phase-section" aria-labelledby={`phase-${p.phase}`}>
              <Flex justify="space-between" align="center" gap={8} wrap className="phase-head">
                <h3 id={`phase-${p.phase}`} className="phase-title">
                  <Tag color={PHASE_COLORS[p.phase]}>{t(`phaseNo.${p.phase}`)}</Tag>
                  {t(`phase.${p.phase}`)}
                </h3>
                {c.can.manage && (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create', phase: p.phase })}>
                    {t('campaigns.addAction')}
                  </Button>
                )}
              </Flex>
              <List<CampaignAction>
                size="small"
                bordered
                dataSource={[...p.actions].sort((a, b) => a.position - b.position)}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.noActions')} /> }}
                renderItem={(a) => (
                  <List.Item
                    className="action-item"
                    actions={
                      c.can.manage
                        ? [
                            <Button
                              key="edit"
                              size="small"
                              type="text"
                              icon={<EditOutlined />}
                              aria-label={`${t('campaigns.editAction')}：${a.title}`}
                              onClick={() => setMode({ kind: 'edit', phase: p.phase, action: a })}
                            />,
                            <Popconfirm
                              key="del"
                              title={t('campaigns.deleteActionConfirm', { title: a.title })}
                              okText={t('common.delete')}
                              cancelText={t('common.cancel')}
                              okButtonProps={{ danger: true }}
                              onConfirm={() => remove(a)}
                            >
                              <Button
                                size="small"
                                type="text"
                                danger
                                icon={<DeleteOutlined />}
                                aria-label={`${t('campaigns.deleteAction')}：${a.title}`}
                              />
                            </Popconfirm>,
                          ]
                        : undefined
                    }
                  >
                    <div className="action-body">
                      <Tag color={a.required ? 'red' : 'default'} className="action-kind">
                        {a.required ? t('campaigns.required') : t('campaigns.optional')}
                      </Tag>
                      <span className="action-title">{a.title}</span>
                      {a.dueOn && (
                        <Typography.Text type="secondary" className="action-due">
                          {t('campaigns.dueOn')}：{formatDate(a.dueOn)}
                        </Typography.Text>
                      )}
                    </div>
                  </List.Item>
                )}
              />
            </section>
          </Col>
        ))}
      </Row>
      <ActionModal
        campaignId={c.id}
        mode={mode}
        onClose={() => setMode(null)}
        onSaved={() => {
          setMode(null);
          message.success(t('campaigns.actionSaved'));
          onChanged();
        }}
      />
    </Card>
  );
}
