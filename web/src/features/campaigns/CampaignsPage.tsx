import { useState } from 'react';
import { App, Button, Empty, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import type { CampaignSummary } from '../../shared/api-types';
import { formatRange } from '../../shared/format';
import { Link, navigate } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from './campaignApi';
import { CampaignFormDrawer, type CampaignFormMode } from './CampaignFormDrawer';
import { batchLabel, PHASE_COLORS } from './labels';

const CREATE: CampaignFormMode = { kind: 'create' };

export default function CampaignsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const req = useRequest((signal) => campaignApi.list(signal), []);
  const [creating, setCreating] = useState(false);

  return (
    <div className="page">
      <PageTitle
        title={t('campaigns.title')}
        extra={
          me.can.createCampaign ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('campaignForm.create')}
            </Button>
          ) : undefined
        }
      />
      {req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : (
        <Table<CampaignSummary>
          rowKey="id"
          loading={req.loading}
          dataSource={req.data?.items ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description={t('campaigns.empty')} /> }}
          columns={[
            {
              title: t('campaigns.name'),
              dataIndex: 'name',
              fixed: 'start',
              width: 220,
              render: (_, c) => (
                <Link to={`/campaigns/${encodeURIComponent(c.id)}`} className="campaign-link">
                  {c.name}
                </Link>
              ),
            },
            { title: t('campaigns.batch'), dataIndex: 'batch', width: 90, render: (_, c) => batchLabel(t, c.batch) },
            { title: t('campaigns.org'), dataIndex: ['org', 'name'], width: 160 },
            { title: t('campaigns.dates'), key: 'dates', width: 230, render: (_, c) => formatRange(c.startsOn, c.endsOn) },
            {
              title: t('campaigns.currentPhase'),
              dataIndex: 'currentPhase',
              width: 200,
              render: (_, c) =>
                c.currentPhase ? (
                  <Tag color={PHASE_COLORS[c.currentPhase]}>
                    {t(`phaseNo.${c.currentPhase}`)} · {t(`phase.${c.currentPhase}`)}
                  </Tag>
                ) : (
                  <Tag>{t('campaigns.noCurrentPhase')}</Tag>
                ),
            },
          ]}
        />
      )}
      {me.can.createCampaign && creating && (
        <CampaignFormDrawer
          mode={CREATE}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            message.success(t('campaignForm.created'));
            navigate(`/campaigns/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </div>
  );
}
