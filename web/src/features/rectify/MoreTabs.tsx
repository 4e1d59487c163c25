// Special drives (counters, baseline vs current), rule review (废改立 counts) and public commitments.
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, InputNumber, Modal, Select, Space, Spin, Switch, Table, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../shared/DateInput';
import type { Id, IdName } from '../../shared/api-types';
import { formatDate } from '../../shared/format';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { COMMITMENT_STATUSES, COUNTER_KINDS, rectifyApi, RULE_DECISIONS, type CommitmentStatus, type Drive, type RollupCounter, type Rule } from './rectifyApi';


interface TabProps {
  campaignId: Id;
  org: IdName | null;
  canManage: boolean;
}

export function FormModal<V extends object>({ open, title, onClose, onSave, children, initial }: { open: boolean; title: string; onClose: () => void; onSave: (v: V) => Promise<void>; children: React.ReactNode; initial?: Partial<V> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { busy, error, run } = useSubmit();
  return (
    <Modal open={open} title={title} onCancel={onClose} okText={t('rectify.create')} cancelText={t('rectify.cancel')} confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden>
      {error ? <Alert type="error" showIcon role="alert" title={error} className="mb-16" /> : null}
      <Form<V> form={form} layout="vertical" preserve={false} initialValues={initial as never} onFinish={(v) => run(() => onSave(v))}>
        {children}
      </Form>
    </Modal>
  );
}

function change(c: RollupCounter) {
  if (c.changePercent === null) return '—';
  return `${c.changePercent > 0 ? '+' : ''}${c.changePercent}%`;
}

function DriveCard({ drive, canManage }: { drive: Drive; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const detail = useRequest((signal) => rectifyApi.drive(drive.id, signal), [drive.id]);
  const [adding, setAdding] = useState(false);
  return (
    <Card size="small" className="mb-16" title={<h3 className="rx-h3">{drive.name}</h3>} extra={canManage || drive.can.manage ? <Button size="small" onClick={() => setAdding(true)}>{t('rectify.addFigure')}</Button> : null}>
      <p className="muted">
        {drive.org.name}
        {drive.description ? ` · ${drive.description}` : ''}
      </p>
      {detail.error ? <ErrorState error={detail.error} onRetry={detail.reload} /> : null}
      <Spin spinning={detail.loading}>
        <ul className="rx-drive">
          {(detail.data?.counters ?? []).map((c) => {
            const max = Math.max(c.value, c.baseline, 1);
            return (
              <li key={c.id}>
                <div className="rx-drive-label">
                  {c.label || t(`rectify.counterKinds.${c.kind}`)} <span className="muted">（{c.unit}）</span>
                </div>
                <div className="rx-drive-bars" aria-hidden>
                  <span className="rx-drive-base" style={{ width: `${(c.baseline / max) * 100}%` }} />
                  <span className="rx-drive-cur" style={{ width: `${(c.value / max) * 100}%` }} />
                </div>
                <div className="rx-drive-nums">
                  {t('rectify.baseline')} <b>{c.baseline}</b> · {t('rectify.current')} <b>{c.value}</b> · {t('rectify.change')} <b>{change(c)}</b>
                </div>
              </li>
            );
          })}
        </ul>
      </Spin>
      <FormModal<{ counterId: Id; value: number }>
        open={adding}
        title={`${t('rectify.addFigure')}：${drive.name}`}
        onClose={() => setAdding(false)}
        onSave={async (v) => {
          await rectifyApi.driveEntry(drive.id, { orgId: drive.org.id, counterId: v.counterId, value: v.value });
          message.success(t('rectify.saved'));
          setAdding(false);
          detail.reload();
        }}
      >
        <Form.Item name="counterId" label={t('rectify.counterKind')} rules={[{ required: true, message: t('rectify.required', { field: t('rectify.counterKind') }) }]}>
          <Select options={drive.counters.map((c) => ({ value: c.id, label: c.label || t(`rectify.counterKinds.${c.kind}`) }))} />
        </Form.Item>
        <Form.Item name="value" label={t('rectify.figureValue')} rules={[{ required: true, message: t('rectify.required', { field: t('rectify.figureValue') }) }]}>
          <InputNumber min={0} className="rx-full" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

export function DrivesTab({ campaignId, org, canManage }: TabProps) {
  const { t } = useTranslation();
  const list = useRequest((signal) => rectifyApi.drives(campaignId, signal), [campaignId]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canManage && org ? (
        <Button icon={<PlusOutlined aria-hidden />} className="mb-16" onClick={() => setCreating(true)}>
          {t('rectify.newDrive')}
        </Button>
      ) : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.data && !list.data.items.length ? <Empty description={t('rectify.drivesEmpty')} /> : null}
      {(list.data?.items ?? []).map((d) => (
        <DriveCard key={d.id} drive={d} canManage={canManage} />
      ))}
      {org ? (
        <FormModal<{ name: string; description?: string; counters: { kind: (typeof COUNTER_KINDS)[number]; label?: string; unit?: string; baseline?: number }[] }>
          open={creating}
          title={t('rectify.newDrive')}
          initial={{ counters: [{ kind: 'meetings_cut' }] }}
          onClose={() => setCreating(false)}
          onSave={async (v) => {
            await rectifyApi.createDrive(campaignId, { orgId: org.id, name: v.name, description: v.description, counters: v.counters });
            setCreating(false);
            list.reload();
          }}
        >
          <Form.Item name="name" label={t('rectify.driveName')} rules={[{ required: true, whitespace: true, message: t('rectify.required', { field: t('rectify.driveName') }) }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="description" label={t('rectify.driveDescription')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
          <Form.List name="counters">
            {(fields, { add, remove }) => (
              <fieldset className="rx-fieldset">
                <legend>{t('rectify.counters')}</legend>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="end" className="mb-8">
                    <Form.Item name={[field.name, 'kind']} label={t('rectify.counterKind')} className="rx-m0">
                      <Select className="rx-w160" options={COUNTER_KINDS.map((k) => ({ value: k, label: t(`rectify.counterKinds.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'label']} label={t('rectify.counterLabel')} className="rx-m0">
                      <Input className="rx-w120" maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'unit']} label={t('rectify.counterUnit')} className="rx-m0">
                      <Input className="rx-w80" maxLength={20} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'baseline']} label={t('rectify.baseline')} className="rx-m0">
                      <InputNumber min={0} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('rectify.removeMilestone')} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'custom' })}>
                  {t('rectify.addCounter')}
                </Button>
              </fieldset>
            )}
          </Form.List>
        </FormModal>
      ) : null}
    </>
  );
}

export function RulesTab({ campaignId, org, canManage }: TabProps) {
  const { t } = useTranslation();
  const list = useRequest((signal) => rectifyApi.rules(campaignId, signal), [campaignId]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <ul className="rx-counts mb-16" aria-label={t('rectify.decision')}>
        {RULE_DECISIONS.map((d) => (
          <li key={d}>
            <span>{t(`rectify.decisions.${d}`)}</span> <b>{list.data?.counts[d] ?? 0}</b>
          </li>
        ))}
      </ul>
      {canManage && org ? (
        <Button icon={<PlusOutlined aria-hidden />} className="mb-16" onClick={() => setCreating(true)}>
          {t('rectify.newRule')}
        </Button>
      ) : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      <Table
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description={t('rectify.rulesEmpty')} /> }}
        columns={[
          { title: t('rectify.ruleTitle'), dataIndex: 'title' },
          { title: t('rectify.decision'), dataIndex: 'decision', width: 80, render: (d: Rule['decision']) => <Tag>{t(`rectify.decisions.${d}`)}</Tag> },
          { title: t('rectify.unit'), key: 'org', width: 140, render: (_, r) => r.org.name },
          { title: t('rectify.ruleOwner'), dataIndex: 'owner', width: 120 },
          { title: t('rectify.dueOn'), dataIndex: 'dueOn', width: 110, render: (d: string | null) => formatDate(d) },
          {
            title: t('rectify.status'),
            key: 'status',
            width: 140,
            render: (_, r) =>
              r.status === 'done' || !r.can.manage ? (
                t(`rectify.ruleStatus.${r.status}`)
              ) : (
                <Button size="small" onClick={() => void rectifyApi.updateRule(r.id, { status: 'done' }).then(list.reload)}>
                  {t('rectify.markDone')}
                </Button>
              ),
          },
        ]}
      />
      {org ? (
        <FormModal<{ title: string; decision: string; owner?: string; dueOn?: string; note?: string }>
          open={creating}
          title={t('rectify.newRule')}
          initial={{ decision: 'create' }}
          onClose={() => setCreating(false)}
          onSave={async (v) => {
            await rectifyApi.createRule(campaignId, { orgId: org.id, title: v.title, decision: v.decision, owner: v.owner ?? '', dueOn: v.dueOn || null, note: v.note ?? '' });
            setCreating(false);
            list.reload();
          }}
        >
          <Form.Item name="title" label={t('rectify.ruleTitle')} rules={[{ required: true, whitespace: true, message: t('rectify.required', { field: t('rectify.ruleTitle') }) }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="decision" label={t('rectify.decision')}>
            <Select options={RULE_DECISIONS.map((d) => ({ value: d, label: t(`rectify.decisions.${d}`) }))} />
          </Form.Item>
          <Form.Item name="owner" label={t('rectify.ruleOwner')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('rectify.dueOn')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="note" label={t('rectify.note')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}

export function CommitmentsTab({ campaignId, org, canManage }: TabProps) {
  const { t } = useTranslation();
  const list = useRequest((signal) => rectifyApi.commitments(campaignId, signal), [campaignId]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canManage && org ? (
        <Button icon={<PlusOutlined aria-hidden />} className="mb-16" onClick={() => setCreating(true)}>
          {t('rectify.newCommitment')}
        </Button>
      ) : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.data && !list.data.items.length ? <Empty description={t('rectify.commitmentsEmpty')} /> : null}
      <ul className="rx-list">
        {(list.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <Card size="small">
              <div className="rx-card-head">
                <b>{c.personName}</b>
                {c.personTitle ? <span className="muted">{c.personTitle}</span> : null}
                <Tag>{t(`rectify.commitmentStatus.${c.status}`)}</Tag>
                <Tag className={c.published ? 'rx-disclosed' : undefined}>{c.published ? t('rectify.publicLabel') : t('rectify.privateLabel')}</Tag>
              </div>
              <p className="rx-pre">{c.text}</p>
              <Flex gap={8} wrap align="center" className="rx-card-meta">
                {c.org.name}
                {c.can.manage ? (
                  <Select
                    size="small"
                    aria-label={t('rectify.status')}
                    value={c.status}
                    className="rx-w120"
                    onChange={(v: CommitmentStatus) => void rectifyApi.updateCommitment(c.id, { status: v }).then(list.reload)}
                    options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`rectify.commitmentStatus.${s}`) }))}
                  />
                ) : null}
                {c.can.manage && !c.published ? (
                  <Button size="small" onClick={() => void rectifyApi.updateCommitment(c.id, { published: true }).then(list.reload)}>
                    {t('rectify.makePublic')}
                  </Button>
                ) : null}
              </Flex>
            </Card>
          </li>
        ))}
      </ul>
      {org ? (
        <FormModal<{ personName: string; personTitle?: string; text: string; published: boolean }>
          open={creating}
          title={t('rectify.newCommitment')}
          initial={{ published: true }}
          onClose={() => setCreating(false)}
          onSave={async (v) => {
            await rectifyApi.createCommitment(campaignId, { orgId: org.id, personName: v.personName, personTitle: v.personTitle ?? '', text: v.text, published: v.published });
            setCreating(false);
            list.reload();
          }}
        >
          <Form.Item name="personName" label={t('rectify.personName')} rules={[{ required: true, whitespace: true, message: t('rectify.required', { field: t('rectify.personName') }) }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="personTitle" label={t('rectify.personTitle')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="text" label={t('rectify.commitmentText')} rules={[{ required: true, whitespace: true, message: t('rectify.required', { field: t('rectify.commitmentText') }) }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="published" label={t('rectify.publishedFlag')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
