import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import { useSubmit } from '../../shared/useSubmit';
import type { CampaignAction, Id, Phase } from '../../shared/api-types';
import { campaignApi } from './campaignApi';

interface Values {
  title: string;
  required: boolean;
  dueOn: string;
}

export type ActionModalMode = { kind: 'create'; phase: Phase } | { kind: 'edit'; phase: Phase; action: CampaignAction };

export function ActionModal({
  campaignId,
  mode,
  onClose,
  onSaved,
}: {
  campaignId: Id;
  mode: ActionModalMode | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (!mode) return;
    setError(null);
    if (mode.kind === 'edit') {
      form.setFieldsValue({ title: mode.action.title, required: mode.action.required, dueOn: mode.action.dueOn ?? '' });
    } else {
      form.setFieldsValue({ title: '', required: true, dueOn: '' });
    }
  }, [mode, form]);

  const submit = async () => {
    if (!mode) return;
    const v = await form.validateFields();
    await run(async () => {
      const dueOn = v.dueOn ? v.dueOn : null;
      if (mode.kind === 'create') {
        await campaignApi.addAction(campaignId, { phase: mode.phase, title: v.title.trim(), required: v.required, dueOn });
      } else {
        await campaignApi.updateAction(campaignId, mode.action.id, { title: v.title.trim(), required: v.required, dueOn });
      }
      onSaved();
    });
  };

  return (
    <Modal
      open={!!mode}
      title={mode?.kind === 'edit' ? t('campaigns.editAction') : t('campaigns.addAction')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="campaign-action" requiredMark="optional">
        {mode && (
          <Form.Item label={t('campaigns.actionPhase')}>
            <span>
              {t(`phaseNo.${mode.phase}`)} · {t(`phase.${mode.phase}`)}
            </span>
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('campaigns.actionTitle')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('campaigns.actionTitle') }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
        </Form.Item>
        <Form.Item name="required" label={t('campaigns.actionKind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('campaigns.required') },
              { value: false, label: t('campaigns.optional') },
            ]}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('campaigns.dueOn')}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
