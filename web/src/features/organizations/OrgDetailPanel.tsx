import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { DragOutlined, EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import type { Id, OrgDetail } from '../../shared/api-types';
import { formatDateTime } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal } from './OrgFormModal';
import { orgApi } from './orgApi';

interface Props {
  id: Id | null;
  /** The child count the tree knows (from the children listing), preferred for display. */
  knownChildCount?: number;
  reloadKey: number;
  onSelect: (id: Id) => void;
  onChanged: (org: OrgDetail) => void;
  onCreated: (org: OrgDetail) => void;
  onMoved: (org: OrgDetail, oldParentId: Id | null) => void;
  onStateChanged: (org: OrgDetail) => void;
}

export function OrgDetailPanel(props: Props) {
  const { t } = useTranslation();
  if (!props.id) {
    return (
      <Card title={<h2 className="card-title">{t('orgs.detail')}</h2>}>
        <Empty description={t('orgs.selectHint')} />
      </Card>
    );
  }
  return <Detail {...props} id={props.id} />;
}

function Detail({ id, knownChildCount, reloadKey, onSelect, onChanged, onCreated, onMoved, onStateChanged }: Props & { id: Id }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const req = useRequest((signal) => orgApi.get(id, signal), [id, reloadKey]);
  const [form, setForm] = useState<null | 'create' | 'edit'>(null);
  const [moving, setMoving] = useState(false);
  const [busy, setBusy] = useState(false);

  const title = <h2 className="card-title">{t('orgs.detail')}</h2>;
  if (req.loading && !req.data) {
    return (
      <Card title={title}>
        <Loading />
      </Card>
    );
  }
  if (req.error || !req.data) {
    return (
      <Card title={title}>
        <ErrorState error={req.error} onRetry={req.reload} />
      </Card>
    );
  }
  const { org, subtreeCount } = req.data;
  // the path above this org (the server may include the org itself: drop it)
  const ancestors = req.data.ancestors.filter((a) => a.id !== org.id);
  const manage = org.can.manage;

  const toggleActive = async () => {
    setBusy(true);
    try {
      const r = org.active ? await orgApi.deactivate(org.id) : await orgApi.reactivate(org.id);
      message.success(t(org.active ? 'orgs.deactivated' : 'orgs.reactivated', { count: r.changed }));
      onStateChanged(r.org);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const crumbs = [
    ...ancestors.map((a) => ({
      key: a.id,
      title: (
        <a
          href={`#org-${a.id}`}
          onClick={(e) => {
            e.preventDefault();
            onSelect(a.id);
          }}
        >
          {a.name}
        </a>
      ),
    })),
    { key: org.id, title: <span aria-current="page">{org.name}</span> },
  ];

  return (
    <Card
      title={title}
      className="detail-card"
      aria-busy={req.loading}
      extra={req.loading ? <span className="loading-text">{t('common.loading')}</span> : undefined}
    >
      <nav aria-label={t('orgs.tree')} className="mb-12">
        <Breadcrumb items={crumbs} />
      </nav>
      <Flex align="center" gap={8} wrap className="mb-12">
        <Typography.Title level={3} className={org.active ? 'org-detail-name' : 'org-detail-name org-inactive-text'}>
          {org.name}
        </Typography.Title>
        <Tag color="red" variant="outlined">
          {t(`orgType.${org.type}`)}
        </Tag>
        <Tag>{t(`level.${org.level}`)}</Tag>
        {!org.active && <Tag color="default">{t('orgs.inactiveTag')}</Tag>}
      </Flex>
      {manage && (
        <Flex gap={8} wrap className="mb-16 detail-actions">
          <Button icon={<PlusOutlined />} type="primary" disabled={!org.active} onClick={() => setForm('create')}>
            {t('orgs.addChild')}
          </Button>
          <Button icon={<EditOutlined />} onClick={() => setForm('edit')}>
            {t('orgs.edit')}
          </Button>
          <Button icon={<DragOutlined />} onClick={() => setMoving(true)} disabled={!org.parentId}>
            {t('orgs.move')}
          </Button>
          <Popconfirm
            title={t(org.active ? 'orgs.deactivateConfirm' : 'orgs.reactivateConfirm', { name: org.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: org.active }}
            onConfirm={() => toggleActive()}
          >
            <Button icon={org.active ? <StopOutlined /> : <UndoOutlined />} danger={org.active} loading={busy}>
              {org.active ? t('orgs.deactivate') : t('orgs.reactivate')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 1, xl: 2 }}
        items={[
          { key: 'code', label: t('orgs.code'), children: <span className="mono">{org.code}</span> },
          { key: 'status', label: t('orgs.status'), children: org.active ? t('common.active') : t('orgs.inactiveTag') },
          { key: 'aliases', label: t('orgs.aliases'), children: org.aliases.length ? org.aliases.join('、') : t('common.none') },
          { key: 'sortOrder', label: t('orgs.sortOrder'), children: org.sortOrder },
          { key: 'childCount', label: t('orgs.childCount'), children: knownChildCount ?? org.childCount },
          { key: 'subtree', label: t('orgs.subtreeCount'), children: subtreeCount },
          { key: 'createdAt', label: t('orgs.createdAt'), children: formatDateTime(org.createdAt) },
          { key: 'updatedAt', label: t('orgs.updatedAt'), children: formatDateTime(org.updatedAt) },
          ...(org.deactivatedAt
            ? [{ key: 'deactivatedAt', label: t('orgs.deactivatedAt'), children: formatDateTime(org.deactivatedAt) }]
            : []),
        ]}
      />
      <OrgFormModal
        mode={form === 'create' ? { kind: 'create', parent: org } : form === 'edit' ? { kind: 'edit', org } : null}
        onClose={() => setForm(null)}
        onSaved={(saved, kind) => {
          setForm(null);
          if (kind === 'create') {
            message.success(t('orgs.created', { name: saved.name }));
            onCreated(saved);
          } else {
            message.success(t('orgs.updated'));
            onChanged(saved);
            req.reload();
          }
        }}
      />
      <MoveOrgModal
        org={moving ? org : null}
        onClose={() => setMoving(false)}
        onMoved={(r) => {
          setMoving(false);
          message.success(t('orgs.moved', { count: r.moved }));
          onMoved(r.org, org.parentId);
        }}
      />
    </Card>
  );
}
