// The campaign overview's opinions card: totals per channel and per unit, and a way into the inbox.
import { Card, Empty } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Id } from '../../shared/api-types';
import { Link } from '../../shared/router';
import { ErrorState, Loading } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { inboxPath, opinionApi } from './opinionApi';
import './opinions.css';

export function OpinionCountsCard({ campaignId }: { campaignId: Id }) {
  const { t } = useTranslation();
  const req = useRequest((signal) => opinionApi.counts(campaignId, signal), [campaignId]);
  const d = req.data;
  const channels = d ? CHANNELS.filter((c) => (d.byChannel[c] ?? 0) > 0) : [];
  const units = d ? [...d.units].filter((u) => u.count > 0).sort((a, b) => b.count - a.count).slice(0, 10) : [];
  const link = (
    <Link to={inboxPath(campaignId)} className="op-inbox-link">
      <InboxOutlined aria-hidden /> {t('opinions.openInbox')}
    </Link>
  );
  return (
    <Card className="mb-16 op-counts-card" title={<h2 className="card-title">{t('opinions.counts')}</h2>} extra={link}>
      {req.loading && !d ? (
        <Loading />
      ) : req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : d && d.total > 0 ? (
        <>
          <div className="op-counts-total">{t('opinions.countsTotal', { count: d.total })}</div>
          <h3 className="op-counts-label">{t('opinions.byChannel')}</h3>
          <ul className="op-counts-channels">
            {channels.map((c) => (
              <li key={c}>
                <Link to={`${inboxPath(campaignId)}?channel=${c}`}>
                  {t(`channel.${c}`)}
                  <b>{d.byChannel[c]}</b>
                </Link>
              </li>
            ))}
          </ul>
          <h3 className="op-counts-label">{t('opinions.byUnit')}</h3>
          <ul className="op-counts-units">
            {units.map((u) => (
              <li key={u.org.id}>
                <Link to={`${inboxPath(campaignId)}?orgId=${encodeURIComponent(u.org.id)}&orgName=${encodeURIComponent(u.org.name)}`}>{u.org.name}</Link>
                <span>{u.count}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinions.noOpinions')} />
      )}
    </Card>
  );
}
