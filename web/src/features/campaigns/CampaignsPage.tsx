import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../shared/api-types';
import { formatRange } from '../../shared/format';
import { Link } from '../../shared/router';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from './campaignApi';
import { batchLabel, PHASE_COLORS } from './labels';

export default function CampaignsPage() {
  const { t } = useTranslation();
  const req = useRequest((signal) => campaignApi.list(signal), []);

  return (
    <div className="page">
      <PageTitle title={t('campaigns.title')} />
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
    </div>
  );
}
