import { useEffect, useState } from 'react';
import { Alert, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../shared/useSubmit';
import type { Id, MoveOrgResponse, OrgNode } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { orgApi } from './orgApi';

export function MoveOrgModal({
  org,
  onClose,
  onMoved,
}: {
  org: OrgNode | null;
  onClose: () => void;
  onMoved: (r: MoveOrgResponse, newParentId: Id) => void;
}) {
  const { t } = useTranslation();
  const [parentId, setParentId] = useState<Id | undefined>();
  const { busy, error, setError, run } = useSubmit();
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    setParentId(undefined);
    setError(null);
    setTouched(false);
  }, [org]);

  const submit = async () => {
    setTouched(true);
    if (!org || !parentId) return;
    await run(async () => {
      const r = await orgApi.move(org.id, parentId);
      onMoved(r, parentId);
    });
  };

  return (
    <Modal
      open={!!org}
      title={org ? t('orgs.moveTitle', { name: org.name }) : ''}
      okText={t('orgs.move')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('orgs.moveHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form layout="vertical" name="move-org">
        <Form.Item
          label={t('orgs.newParent')}
          htmlFor="move-org-parent"
          required
          validateStatus={touched && !parentId ? 'error' : undefined}
          help={touched && !parentId ? t('common.selectRequired', { field: t('orgs.newParent') }) : undefined}
        >
          <OrgSelect
            id="move-org-parent"
            value={parentId}
            onChange={(v) => setParentId(v)}
            exclude={org ? [org.id] : []}
            activeOnly
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
