// Small building blocks shared by the pages: page titles, loading / error states.
import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './api';

export function PageTitle({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation();
  const text = typeof title === 'string' ? title : null;
  useEffect(() => {
    document.title = text ? `${text} - ${t('app.title')}` : t('app.title');
  }, [text, t]);
  return (
    <Flex className="page-title" justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={1} className="page-title-text">
        {title}
      </Typography.Title>
      {extra && <div className="page-title-extra">{extra}</div>}
    </Flex>
  );
}

export function Loading({ tip }: { tip?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-box" role="status" aria-live="polite">
      <Spin />
      <span className="loading-text">{tip ?? t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.loadFailed')}
      description={errorMessage(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
