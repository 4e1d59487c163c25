import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useSubmit } from '../../shared/useSubmit';
import type { ChangePasswordRequest } from '../../shared/api-types';

interface Values extends ChangePasswordRequest {
  confirm: string;
}

const MIN_LENGTH = 8;

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      await api.post('/api/auth/password', { current: v.current, next: v.next });
      message.success(t('auth.passwordChanged'));
      form.resetFields();
      onClose();
    });
  };

  return (
    <Modal
      open={open}
      title={t('header.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={busy}
      onCancel={() => {
        form.resetFields();
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="change-password" requiredMark={false}>
        <Form.Item
          name="current"
          label={t('auth.currentPassword')}
          rules={[{ required: true, message: t('common.required', { field: t('auth.currentPassword') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="next"
          label={t('auth.newPassword')}
          rules={[
            { required: true, message: t('common.required', { field: t('auth.newPassword') }) },
            { min: MIN_LENGTH, message: t('auth.passwordWeak', { min: MIN_LENGTH }) },
            { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: t('auth.passwordWeak', { min: MIN_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['next']}
          rules={[
            { required: true, message: t('common.required', { field: t('auth.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || getFieldValue('next') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
