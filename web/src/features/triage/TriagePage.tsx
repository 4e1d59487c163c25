import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export default function TriagePage({ id }: { id: string }) {
  const { t } = useTranslation();
  return <Typography.Title level={3} data-campaign={id}>{t('triage.title')}</Typography.Title>;
}
