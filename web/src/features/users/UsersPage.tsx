import { useEffect, useState } from 'react';
import { App, Button, Col, Empty, Flex, Input, Popconfirm, Row, Table, Tag } from 'antd';
import { CloseOutlined, EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import type { Id, User, UserRole } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useMe } from '../auth/AuthContext';
import { AddRoleModal, CreateUserModal, EditUserModal } from './UserModals';
import { userApi } from './userApi';

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<Id | undefined>();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const req = useRequest((signal) => userApi.list(orgId, q, signal), [orgId, q]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [addingRole, setAddingRole] = useState<User | null>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const removeRole = async (u: User, r: UserRole) => {
    try {
      await userApi.removeRole(u.id, r.id);
      message.success(t('users.roleRemoved'));
      req.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <div className="page">
      <PageTitle
        title={t('users.title')}
        extra={
          me.can.manageUsers ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={[12, 12]} className="mb-16" role="search">
        <Col xs={24} md={12} lg={8}>
          <label htmlFor="users-org" className="field-label">
            {t('users.filterOrg')}
          </label>
          <OrgSelect id="users-org" value={orgId} onChange={(v) => setOrgId(v)} style={{ width: '100%' }} />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <label htmlFor="users-q" className="field-label">
            {t('users.searchLabel')}
          </label>
          <Input id="users-q" allowClear placeholder={t('users.searchPlaceholder')} value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Col>
      </Row>
      {req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : (
        <Table<User>
          rowKey="id"
          loading={req.loading}
          dataSource={req.data?.items ?? []}
          scroll={{ x: 980 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('users.empty')} /> }}
          rowClassName={(u) => (u.active ? '' : 'row-inactive')}
          columns={[
            {
              title: t('users.name'),
              dataIndex: 'name',
              fixed: 'start',
              width: 110,
              render: (_, u) => (
                <span>
                  {u.name}
                  {!u.active && <Tag className="ml-8">{t('common.inactive')}</Tag>}
                </span>
              ),
            },
            { title: t('users.username'), dataIndex: 'username', width: 130 },
            { title: t('users.mobile'), dataIndex: 'mobile', width: 130, render: (v: string | null) => v || '—' },
            { title: t('users.org'), dataIndex: ['org', 'name'], width: 170 },
            { title: t('users.position'), dataIndex: 'position', width: 120, render: (v: string | null) => v || '—' },
            {
              title: t('users.roles'),
              key: 'roles',
              width: 280,
              render: (_, u) => (
                <Flex gap={4} wrap>
                  {u.roles.map((r) => (
                    <Tag key={r.id} color="red" variant="outlined" className="role-tag">
                      {t(`role.${r.role}`)} · {r.orgName}
                      {u.can.manage && (
                        <Popconfirm
                          title={t('users.removeRoleConfirm', { name: u.name, org: r.orgName, role: t(`role.${r.role}`) })}
                          okText={t('common.ok')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => removeRole(u, r)}
                        >
                          <button
                            type="button"
                            className="tag-remove"
                            aria-label={t('users.removeRole', { role: t(`role.${r.role}`), org: r.orgName })}
                          >
                            <CloseOutlined aria-hidden />
                          </button>
                        </Popconfirm>
                      )}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 190,
              render: (_, u) =>
                u.can.manage ? (
                  <Flex gap={4} wrap>
                    <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)}>
                      {t('common.edit')}
                    </Button>
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingRole(u)}>
                      {t('users.addRole')}
                    </Button>
                  </Flex>
                ) : null,
            },
          ]}
        />
      )}
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(name) => {
          setCreating(false);
          message.success(t('users.created', { name }));
          req.reload();
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          message.success(t('users.updated'));
          req.reload();
        }}
      />
      <AddRoleModal
        user={addingRole}
        onClose={() => setAddingRole(null)}
        onSaved={() => {
          setAddingRole(null);
          message.success(t('users.roleAdded'));
          req.reload();
        }}
      />
    </div>
  );
}
