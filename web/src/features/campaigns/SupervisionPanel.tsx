// Supervision groups (督导组) of a campaign: who sends them and which units each one covers.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Popconfirm, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import type { Campaign, Id, IdName, SupervisionGroup } from '../../shared/api-types';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState, Loading } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { supervisionApi } from './campaignApi';
import { OrgMultiSelect } from './OrgMultiSelect';
import './campaigns.css';

type GroupModalMode = { kind: 'create' } | { kind: 'units'; group: SupervisionGroup };

export function SupervisionPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const req = useRequest((signal) => supervisionApi.list(campaign.id, signal), [campaign.id]);
  const [mode, setMode] = useState<GroupModalMode | null>(null);
  const groups = req.data?.items ?? [];

  const remove = async (g: SupervisionGroup) => {
    try {
      await supervisionApi.remove(g.id);
      message.success(t('supervision.deleted', { name: g.name }));
      req.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      className="mb-16 supervision-card"
      title={<h2 className="card-title">{t('supervision.title')}</h2>}
      extra={
        campaign.can.manage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create' })}>
            {t('supervision.create')}
          </Button>
        ) : undefined
      }
    >
      {req.error ? (
        <ErrorState error={req.error} onRetry={req.reload} />
      ) : req.loading && !req.data ? (
        <Loading />
      ) : groups.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.empty')} />
      ) : (
        <ul className="supervision-list" aria-label={t('supervision.title')}>
          {groups.map((g) => (
            <li key={g.id} className="supervision-group">
              <Flex justify="space-between" align="center" gap={8} wrap className="supervision-group-head">
                <h3 id={`sg-${g.id}`} className="supervision-group-name">
                  {g.name}
                </h3>
                {g.can.manage && (
                  <Flex gap={4} wrap>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('supervision.editUnitsOf', { name: g.name })}
                      onClick={() => setMode({ kind: 'units', group: g })}
                    >
                      {t('supervision.editUnits')}
                    </Button>
                    <Popconfirm
                      title={t('supervision.deleteConfirm', { name: g.name })}
                      okText={t('supervision.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(g)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('supervision.deleteOf', { name: g.name })}>
                        {t('supervision.delete')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                )}
              </Flex>
              <div className="supervision-group-meta">
                <span>{t('supervision.senderIs', { org: g.org.name })}</span>
                <span>{t('supervision.membersN', { count: g.members })}</span>
              </div>
              <div className="supervision-units-label" id={`sg-units-${g.id}`}>
                {t('supervision.unitsN', { count: g.units.length })}
              </div>
              {g.units.length ? (
                <ul className="tag-list supervision-units" aria-labelledby={`sg-units-${g.id}`}>
                  {g.units.map((u) => (
                    <li key={u.id}>
                      <Tag>{u.name}</Tag>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{t('supervision.noUnits')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <GroupModal
        campaign={campaign}
        mode={mode}
        onClose={() => setMode(null)}
        onSaved={(text) => {
          setMode(null);
          message.success(text);
          req.reload();
        }}
      />
    </Card>
  );
}

interface GroupValues {
  name: string;
  orgId: Id;
  unitIds: Id[];
}

function GroupModal({
  campaign,
  mode,
  onClose,
  onSaved,
}: {
  campaign: Campaign;
  mode: GroupModalMode | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sender, setSender] = useState<IdName>(campaign.org);
  const group = mode?.kind === 'units' ? mode.group : null;

  useEffect(() => {
    if (!mode) return;
    setError(null);
    form.resetFields();
    if (mode.kind === 'units') {
      setSender(mode.group.org);
      form.setFieldsValue({ unitIds: mode.group.units.map((u) => u.id) });
    } else {
      setSender(campaign.org);
      form.setFieldsValue({ name: '', orgId: campaign.org.id, unitIds: [] });
    }
  }, [mode, form, campaign.org]);

  const submit = async (v: GroupValues) => {
    setBusy(true);
    setError(null);
    try {
      if (group) {
        await supervisionApi.setUnits(group.id, { unitIds: v.unitIds ?? [] });
        onSaved(t('supervision.unitsSaved'));
      } else {
        await supervisionApi.create(campaign.id, { name: v.name.trim(), orgId: v.orgId, unitIds: v.unitIds ?? [] });
        onSaved(t('supervision.created', { name: v.name.trim() }));
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!mode}
      title={group ? t('supervision.editUnitsTitle', { name: group.name }) : t('supervision.createTitle')}
      okText={group ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon role="alert" title={error} className="mb-16" />}
      <Form form={form} layout="vertical" name="supervision-group" requiredMark="optional" autoComplete="off" onFinish={(v) => void submit(v)}>
        {group ? (
          <Form.Item label={t('supervision.sender')}>
            <span>{group.org.name}</span>
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="name"
              label={t('supervision.name')}
              rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('supervision.name') }) }]}
            >
              <Input maxLength={100} placeholder={t('supervision.namePlaceholder')} />
            </Form.Item>
            <Form.Item
              name="orgId"
              label={t('supervision.sender')}
              extra={t('supervision.senderHelp', { org: campaign.org.name })}
              rules={[{ required: true, message: t('common.selectRequired', { field: t('supervision.sender') }) }]}
            >
              <OrgSelect
                activeOnly
                allowClear={false}
                initial={sender}
                style={{ width: '100%' }}
                onChange={(id, o) => {
                  if (id && o) setSender({ id, name: o.name });
                  form.setFieldValue('unitIds', []);
                }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="unitIds" label={t('supervision.units')} extra={t('supervision.unitsHelp', { org: sender.name })}>
          <OrgMultiSelect initial={group?.units} withinName={sender.name} placeholder={t('supervision.unitsPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
