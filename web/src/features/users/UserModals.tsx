import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../shared/useSubmit';
import { ROLES, type Id, type Role, type User } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { userApi } from './userApi';

const MOBILE = /^1\d{10}$/;

interface CreateValues {
  username: string;
  name: string;
  mobile?: string;
  orgId: Id;
  position?: string;
  password: string;
}

export function CreateUserModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      await userApi.create({
        username: v.username.trim(),
        name: v.name.trim(),
        mobile: v.mobile?.trim() || undefined,
        orgId: v.orgId,
        position: v.position?.trim() || undefined,
        password: v.password,
      });
      onSaved(v.name.trim());
    });
  };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="create-user" requiredMark="optional" autoComplete="off">
        <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.name') }) }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.username') }) }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label={t('users.mobile')} rules={[{ pattern: MOBILE, message: t('users.mobileInvalid') }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.org')} rules={[{ required: true, message: t('common.selectRequired', { field: t('users.org') }) }]}>
          <OrgSelect activeOnly style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="position" label={t('users.position')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          rules={[
            { required: true, message: t('common.required', { field: t('users.password') }) },
            { min: 8, message: t('auth.passwordWeak', { min: 8 }) },
            { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: t('auth.passwordWeak', { min: 8 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EditValues {
  name: string;
  mobile: string;
  position: string;
  active: boolean;
}

export function EditUserModal({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (user) {
      form.setFieldsValue({ name: user.name, mobile: user.mobile ?? '', position: user.position ?? '', active: user.active });
      setError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const v = await form.validateFields();
    await run(async () => {
      await userApi.update(user.id, { name: v.name.trim(), mobile: v.mobile.trim(), position: v.position.trim(), active: v.active });
      onSaved();
    });
  };

  return (
    <Modal
      open={!!user}
      title={user ? t('users.editTitle', { name: user.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="edit-user" requiredMark="optional">
        <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('users.name') }) }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="mobile" label={t('users.mobile')} rules={[{ pattern: MOBILE, message: t('users.mobileInvalid') }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item name="position" label={t('users.position')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="active" label={t('users.activeSwitch')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RoleValues {
  role: Role;
  orgId: Id;
  supervisionGroupId?: string;
}

export function AddRoleModal({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RoleValues>();
  const role = Form.useWatch('role', form);
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    if (user) {
      form.resetFields();
      setError(null);
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    const v = await form.validateFields();
    await run(async () => {
      await userApi.addRole(user.id, {
        role: v.role,
        orgId: v.orgId,
        supervisionGroupId: v.role === 'supervision_group_member' && v.supervisionGroupId?.trim() ? v.supervisionGroupId.trim() : undefined,
      });
      onSaved();
    });
  };

  return (
    <Modal
      open={!!user}
      title={user ? t('users.addRoleTitle', { name: user.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="add-role" requiredMark="optional">
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('common.selectRequired', { field: t('users.role') }) }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.roleOrg')} rules={[{ required: true, message: t('common.selectRequired', { field: t('users.roleOrg') }) }]}>
          <OrgSelect activeOnly style={{ width: '100%' }} />
        </Form.Item>
        {role === 'supervision_group_member' && (
          <Form.Item name="supervisionGroupId" label={t('users.supervisionGroupId')}>
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
