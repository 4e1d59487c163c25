import { useEffect } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../shared/useSubmit';
import { ORG_TYPES, type OrgDetail, type OrgNode, type OrgType } from '../../shared/api-types';
import { orgApi } from './orgApi';

interface Values {
  code: string;
  name: string;
  type: OrgType;
  aliases: string[];
  sortOrder: number | null;
}

type Mode = { kind: 'create'; parent: OrgNode } | { kind: 'edit'; org: OrgNode };

export function OrgFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: Mode | null;
  onClose: () => void;
  onSaved: (org: OrgDetail, kind: 'create' | 'edit') => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();

  const modeKey = !mode ? '' : mode.kind === 'edit' ? `edit:${mode.org.id}` : `create:${mode.parent.id}`;
  useEffect(() => {
    if (!mode) return;
    setError(null);
    if (mode.kind === 'edit') {
      const o = mode.org;
      form.setFieldsValue({ code: o.code, name: o.name, type: o.type, aliases: o.aliases, sortOrder: o.sortOrder });
    } else {
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modeKey, form]);

  const submit = async () => {
    if (!mode) return;
    const v = await form.validateFields();
    await run(async () => {
      const aliases = (v.aliases ?? []).map((a) => a.trim()).filter(Boolean);
      const sortOrder = v.sortOrder ?? undefined;
      const r =
        mode.kind === 'create'
          ? await orgApi.create({ parentId: mode.parent.id, code: v.code.trim(), name: v.name.trim(), type: v.type, aliases, sortOrder })
          : await orgApi.update(mode.org.id, { code: v.code.trim(), name: v.name.trim(), type: v.type, aliases, sortOrder });
      onSaved(r.org, mode.kind);
    });
  };

  const title = !mode
    ? ''
    : mode.kind === 'create'
      ? t('orgs.addChildTitle', { name: mode.parent.name })
      : t('orgs.editTitle', { name: mode.org.name });

  return (
    <Modal
      open={!!mode}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="org-form" requiredMark="optional">
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('orgs.name') }) }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('orgs.code')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('orgs.code') }) }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="type"
          label={t('orgs.type')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('orgs.type') }) }]}
        >
          <Select options={ORG_TYPES.map((ty) => ({ value: ty, label: t(`orgType.${ty}`) }))} />
        </Form.Item>
        <Form.Item name="aliases" label={t('orgs.aliases')} extra={t('orgs.aliasesHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('orgs.sortOrder')}>
          <InputNumber min={0} max={99999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
