// Change the organizations left out of a campaign (each with its whole subtree).
import { useEffect } from 'react';
import { Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../shared/useSubmit';
import type { Campaign, Id } from '../../shared/api-types';
import { campaignApi } from './campaignApi';
import { OrgMultiSelect } from './OrgMultiSelect';

export function ExclusionsModal({ campaign, open, onClose, onSaved }: { campaign: Campaign; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ orgIds: Id[] }>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({ orgIds: campaign.exclusions.map((e) => e.id) });
  }, [open, campaign, form]);

  const submit = async ({ orgIds }: { orgIds: Id[] }) => {
    await run(async () => {
      await campaignApi.setExclusions(campaign.id, { orgIds: orgIds ?? [] });
      onSaved();
    });
  };

  return (
    <Modal
      open={open}
      title={t('campaignAdmin.exclusionsTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="campaign-exclusions" onFinish={(v) => void submit(v)}>
        <Form.Item name="orgIds" label={t('campaigns.exclusions')} extra={t('campaignForm.exclusionsHelp', { org: campaign.org.name })}>
          <OrgMultiSelect initial={campaign.exclusions} withinName={campaign.org.name} placeholder={t('campaignForm.exclusionsPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
