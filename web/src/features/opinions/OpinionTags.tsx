import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpinionStatus } from '../../shared/api-types';

export function StatusTag({ status }: { status: OpinionStatus }) {
  const { t } = useTranslation();
  return <Tag className={`op-status op-status-${status}`}>{t(`opinionStatus.${status}`)}</Tag>;
}

export function IdentityTag({ anonymous }: { anonymous: boolean }) {
  const { t } = useTranslation();
  return <Tag className={anonymous ? 'op-anon' : 'op-named'}>{anonymous ? t('opinions.anonymous') : t('opinions.named')}</Tag>;
}
