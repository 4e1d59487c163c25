// The header's bell: the signed-in person's notices (new measures, deadlines, verification
// results), unread count as a badge, mark one or all read, open the measure's problem.
import { useEffect, useState } from 'react';
import { Button, Empty, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format';
import { navigate } from '../../shared/router';
import { useRequest } from '../../shared/useRequest';
import { measurePath, problemPath, rectifyApi, type Notice } from './rectifyApi';
import './rectify.css';

async function openTarget(n: Notice) {
  if (n.targetType === 'measure') {
    navigate(measurePath(n.targetId));
  } else if (n.targetType === 'problem') {
    const p = await rectifyApi.problem(n.targetId);
    navigate(problemPath(p.problem.campaignId, p.problem.id));
  }
}

export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const req = useRequest((signal) => rectifyApi.notifications(signal).catch(() => ({ items: [] as Notice[], unread: 0, email: null })), [open]);
  useEffect(() => {
    const timer = window.setInterval(req.reload, 60_000);
    return () => window.clearInterval(timer);
  }, [req.reload]);
  const unread = req.data?.unread ?? 0;
  const items = req.data?.items ?? [];

  const read = async (n: Notice) => {
    if (!n.readAt) await rectifyApi.markRead(n.id).catch(() => undefined);
    req.reload();
  };

  const content = (
    <div className="rx-bell">
      <div className="rx-card-head" style={{ justifyContent: 'space-between' }}>
        <Typography.Text strong>{t('rectify.notifications')}</Typography.Text>
        {unread ? (
          <Button size="small" type="link" onClick={() => void rectifyApi.markAllRead().then(req.reload)}>
            {t('rectify.markAllRead')}
          </Button>
        ) : null}
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rectify.noNotifications')} />
      ) : (
        <ul className="rx-bell-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? '' : 'unread'}>
              <div className="rx-bell-title">{n.title}</div>
              <div className="rx-bell-body">{n.body}</div>
              <div className="rx-card-meta">
                {formatDateTime(n.createdAt)}
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    setOpen(false);
                    void read(n).then(() => openTarget(n)).catch(() => undefined);
                  }}
                >
                  {t('rectify.openTarget')}
                </Button>
                {!n.readAt ? (
                  <Button size="small" type="link" onClick={() => void read(n)}>
                    {t('rectify.markRead')}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} content={content}>
      <Button type="text" className="header-icon-btn rx-bell-btn" aria-expanded={open} data-testid="notifications">
        <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        <span className="sr-only">{t('rectify.notifications')}</span>
        {unread ? (
          <>
            <span className="rx-bell-count">{unread > 99 ? '99+' : unread}</span>
            <span className="sr-only">{t('rectify.unreadSuffix')}</span>
          </>
        ) : null}
      </Button>
    </Popover>
  );
}
