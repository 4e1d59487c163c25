import { useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Flex, Form, Input, Modal, Popconfirm, Segmented, Switch, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/api';
import { formatDate } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { FormDrawer } from './FormDrawer';
import { figuresApi, type Bulletin } from './figuresApi';

// Bulletin items (简报信息) sent upward and whether the level above adopted them: the count and
// adoption rate, the list, recording a new item (adopted already or not) and marking adoption
// later; correcting an item's title, date or recipient, and deleting one recorded by mistake.
// Who may do each comes from the API per item (can.adopt, can.edit, can.remove).

interface NewValues { orgId: string; title: string; sentOn: Dayjs; sentTo: string; adopted: boolean; adoptedBy?: string; adoptedOn?: Dayjs | null }
interface AdoptValues { adoptedBy?: string; adoptedOn: Dayjs }
interface EditValues { title: string; sentOn: Dayjs; sentTo: string }

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

function NewBulletinDrawer({ open, onClose, onDone, campaignId, org }: { open: boolean; onClose: () => void; onDone: () => void; campaignId: string; org: { id: string; name: string } }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewValues>();
  const adopted = Form.useWatch('adopted', form);
  const { busy, error, run, setError } = useSubmit();
  const req = (field: string) => ({ required: true, whitespace: true, message: t('figures.form.required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('figures.form.tooLong', { field, max: n }) });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      onOpen={() => { setError(null); }}
      title={t('figures.bulletins.add')}
      submitLabel={t('figures.form.save')}
      busy={busy}
      error={error}
      onSubmit={() => form.submit()}
    >
      <Form<NewValues>
        form={form}
        layout="vertical"
        preserve={false}
        className="figures-form"
        initialValues={{ orgId: org.id, sentOn: dayjs(), adopted: false }}
        onFinish={(v) => run(async () => {
          await figuresApi.addBulletin(campaignId, {
            orgId: v.orgId, title: v.title.trim(), sentOn: day(v.sentOn), sentTo: v.sentTo.trim(), adopted: v.adopted,
            ...(v.adopted ? { adoptedBy: v.adoptedBy?.trim() ?? '', adoptedOn: v.adoptedOn ? day(v.adoptedOn) : null } : {}),
          });
          onDone();
        })}
      >
        <Form.Item name="orgId" label={t('figures.bulletins.unit')} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.bulletins.unit') }) }]}>
          <OrgSelect initial={org} allowClear={false} aria-label={t('figures.bulletins.unit')} />
        </Form.Item>
        <Form.Item name="title" label={t('figures.bulletins.title')} rules={[req(t('figures.bulletins.title')), max(t('figures.bulletins.title'), 200)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="sentOn" label={t('figures.bulletins.sentOn')} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.bulletins.sentOn') }) }]} className="figures-grow">
            <DatePicker className="figures-full" aria-label={t('figures.bulletins.sentOn')} />
          </Form.Item>
          <Form.Item name="sentTo" label={t('figures.bulletins.sentTo')} rules={[req(t('figures.bulletins.sentTo')), max(t('figures.bulletins.sentTo'), 100)]} className="figures-grow">
            <Input maxLength={100} placeholder={t('figures.bulletins.sentToPlaceholder')} autoComplete="off" />
          </Form.Item>
        </Flex>
        <Form.Item name="adopted" label={t('figures.bulletins.adopted')} valuePropName="checked">
          <Switch aria-label={t('figures.bulletins.adopted')} />
        </Form.Item>
        {adopted && (
          <Flex gap={12} wrap>
            <Form.Item name="adoptedBy" label={t('figures.bulletins.adoptedBy')} rules={[max(t('figures.bulletins.adoptedBy'), 100)]} className="figures-grow">
              <Input maxLength={100} placeholder={t('figures.bulletins.adoptedByPlaceholder')} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="adoptedOn"
              label={t('figures.bulletins.adoptedOn')}
              dependencies={['sentOn']}
              className="figures-grow"
              rules={[({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null | undefined) => {
                  const sent = getFieldValue('sentOn') as Dayjs | undefined;
                  return v && sent && day(v) < day(sent) ? Promise.reject(new Error(t('figures.bulletins.adoptedBefore'))) : Promise.resolve();
                },
              })]}
            >
              <DatePicker className="figures-full" aria-label={t('figures.bulletins.adoptedOn')} />
            </Form.Item>
          </Flex>
        )}
      </Form>
    </FormDrawer>
  );
}

function AdoptModal({ item, onClose, onDone }: { item: Bulletin | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AdoptValues>();
  const { busy, error, run } = useSubmit();
  return (
    <Modal
      open={!!item}
      title={item ? t('figures.bulletins.adoptTitle', { title: item.title }) : ''}
      onCancel={onClose}
      okText={t('figures.form.save')}
      cancelText={t('figures.form.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} className="figures-alert" /> : null}
      {item && (
        <Form<AdoptValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ adoptedOn: dayjs().isBefore(dayjs(item.sentOn)) ? dayjs(item.sentOn) : dayjs() }}
          onFinish={(v) => run(async () => {
            await figuresApi.setAdoption(item.id, { adopted: true, adoptedBy: v.adoptedBy?.trim() ?? '', adoptedOn: day(v.adoptedOn) });
            onDone();
          })}
        >
          <Form.Item name="adoptedBy" label={t('figures.bulletins.adoptedBy')} rules={[{ max: 100, message: t('figures.form.tooLong', { field: t('figures.bulletins.adoptedBy'), max: 100 }) }]}>
            <Input maxLength={100} placeholder={t('figures.bulletins.adoptedByPlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="adoptedOn"
            label={t('figures.bulletins.adoptedOn')}
            rules={[
              { required: true, message: t('figures.form.select', { field: t('figures.bulletins.adoptedOn') }) },
              { validator: (_, v: Dayjs | undefined) => (v && day(v) < item.sentOn ? Promise.reject(new Error(t('figures.bulletins.adoptedBefore'))) : Promise.resolve()) },
            ]}
          >
            <DatePicker className="figures-full" aria-label={t('figures.bulletins.adoptedOn')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function EditModal({ item, open, onClose, onDone }: { item: Bulletin | null; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const { busy, error, run } = useSubmit();
  const req = (field: string) => ({ required: true, whitespace: true, message: t('figures.form.required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('figures.form.tooLong', { field, max: n }) });
  return (
    <Modal
      open={open}
      title={t('figures.bulletins.editTitle')}
      onCancel={onClose}
      okText={t('figures.form.save')}
      cancelText={t('figures.form.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} className="figures-alert" /> : null}
      {item && (
        <Form<EditValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ title: item.title, sentOn: dayjs(item.sentOn), sentTo: item.sentTo }}
          onFinish={(v) => run(async () => {
            await figuresApi.updateBulletin(item.id, { title: v.title.trim(), sentOn: day(v.sentOn), sentTo: v.sentTo.trim() });
            onDone();
          })}
        >
          <Form.Item name="title" label={t('figures.bulletins.title')} rules={[req(t('figures.bulletins.title')), max(t('figures.bulletins.title'), 200)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
          </Form.Item>
          <Form.Item
            name="sentOn"
            label={t('figures.bulletins.sentOn')}
            rules={[
              { required: true, message: t('figures.form.select', { field: t('figures.bulletins.sentOn') }) },
              { validator: (_, v: Dayjs | undefined) => (v && item.adopted && item.adoptedOn && item.adoptedOn < day(v) ? Promise.reject(new Error(t('figures.bulletins.adoptedBefore'))) : Promise.resolve()) },
            ]}
          >
            <DatePicker className="figures-full" aria-label={t('figures.bulletins.sentOn')} />
          </Form.Item>
          <Form.Item name="sentTo" label={t('figures.bulletins.sentTo')} rules={[req(t('figures.bulletins.sentTo')), max(t('figures.bulletins.sentTo'), 100)]}>
            <Input maxLength={100} placeholder={t('figures.bulletins.sentToPlaceholder')} autoComplete="off" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

export function BulletinsPanel({ campaignId, org, canReport }: { campaignId: string; org: { id: string; name: string }; canReport: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useRequest((signal) => figuresApi.bulletins(campaignId, signal), [campaignId]);
  const [adding, setAdding] = useState(false);
  const [adopting, setAdopting] = useState<Bulletin | null>(null);
  const [editing, setEditing] = useState<Bulletin | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const [filter, setFilter] = useState<'all' | 'yes' | 'no'>('all');
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  const d = list.data;
  const rate = d && d.sent ? `${Math.round((d.adopted / d.sent) * 1000) / 10}%` : '—';
  const items = (d?.items ?? []).filter((b) => filter === 'all' || (filter === 'yes') === b.adopted);
  const unmark = (b: Bulletin) => modal.confirm({
    title: t('figures.bulletins.unmark'),
    content: b.title,
    okText: t('figures.bulletins.unmark'),
    cancelText: t('figures.form.cancel'),
    onOk: async () => {
      try {
        await figuresApi.setAdoption(b.id, { adopted: false });
        message.success(t('figures.bulletins.updated'));
        list.reload();
      } catch (e) {
        message.error(errorMessage(e));
      }
    },
  });
  const remove = async (b: Bulletin) => {
    try {
      await figuresApi.removeBulletin(b.id);
      message.success(t('figures.bulletins.removed'));
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const status = (b: Bulletin) => (b.adopted
    ? <span className="figures-status figures-status-approved">{t('figures.bulletins.yes')}</span>
    : <span className="figures-status">{t('figures.bulletins.no')}</span>);
  return (
    <div className="figures-settings figures-bulletins">
      <Flex gap={8} wrap align="center" justify="space-between" className="figures-toolbar">
        <Typography.Text className="figures-bulletin-stats" data-sent={d?.sent ?? 0} data-adopted={d?.adopted ?? 0}>
          {d ? t('figures.bulletins.stats', { sent: d.sent, adopted: d.adopted, rate }) : ''}
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            aria-label={t('figures.bulletins.filter')}
            options={[{ value: 'all', label: t('figures.catalogue.all') }, { value: 'yes', label: t('figures.bulletins.yes') }, { value: 'no', label: t('figures.bulletins.no') }]}
          />
          {canReport ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('figures.bulletins.add')}</Button> : null}
        </Flex>
      </Flex>
      {d && !canReport ? <Typography.Paragraph type="secondary" className="figures-note">{t('figures.bulletins.noAdd')}</Typography.Paragraph> : null}
      <Table<Bulletin>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('figures.bulletins.empty')} /> }}
        onRow={(b) => ({ 'data-bulletin': b.id } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          {
            title: t('figures.bulletins.title'),
            render: (_, b) => (
              <div className="figures-cell-main">
                <div className="figures-bulletin-title">{b.title}</div>
                <div className="figures-sub">{b.org.name} → {b.sentTo}</div>
                <div className="figures-sub figures-xs-only">{formatDate(b.sentOn)} {status(b)}</div>
                {b.adopted && (b.adoptedBy || b.adoptedOn) ? <div className="figures-sub">{t('figures.bulletins.adoptedInfo', { by: b.adoptedBy || t('figures.bulletins.yes'), on: formatDate(b.adoptedOn) })}</div> : null}
              </div>
            ),
          },
          { title: t('figures.bulletins.sentOn'), width: 120, responsive: ['sm'], render: (_, b) => formatDate(b.sentOn) },
          { title: t('figures.bulletins.status'), width: 100, responsive: ['sm'], render: (_, b) => status(b) },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, b) => (
              <Flex gap={4} wrap>
                {b.can.adopt
                  ? (b.adopted
                    ? <Button autoInsertSpace={false} size="small" onClick={() => unmark(b)} aria-label={`${t('figures.bulletins.unmark')}：${b.title}`}>{t('figures.bulletins.unmark')}</Button>
                    : <Button autoInsertSpace={false} size="small" type="primary" ghost onClick={() => setAdopting(b)} aria-label={`${t('figures.bulletins.markAdopted')}：${b.title}`}>{t('figures.bulletins.markAdopted')}</Button>)
                  : null}
                {b.can.edit ? <Button autoInsertSpace={false} size="small" onClick={() => { setEditing(b); setEditOpen(true); }} aria-label={`${t('figures.bulletins.edit')}：${b.title}`}>{t('figures.bulletins.edit')}</Button> : null}
                {b.can.remove ? (
                  <Popconfirm
                    title={t('figures.bulletins.removeConfirm')}
                    description={<div className="figures-confirm">{b.title}<br />{t('figures.bulletins.removeHelp')}</div>}
                    okText={t('figures.bulletins.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('figures.form.cancel')}
                    onConfirm={() => remove(b)}
                  >
                    <Button autoInsertSpace={false} size="small" danger aria-label={`${t('figures.bulletins.remove')}：${b.title}`}>{t('figures.bulletins.remove')}</Button>
                  </Popconfirm>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
      <NewBulletinDrawer
        open={adding}
        campaignId={campaignId}
        org={org}
        onClose={() => setAdding(false)}
        onDone={() => {
          setAdding(false);
          message.success(t('figures.bulletins.created'));
          list.reload();
        }}
      />
      <EditModal
        item={editing}
        open={editOpen}
        onClose={() => setEditOpen(false)}
        onDone={() => {
          setEditOpen(false);
          message.success(t('figures.bulletins.saved'));
          list.reload();
        }}
      />
      <AdoptModal
        item={adopting}
        onClose={() => setAdopting(null)}
        onDone={() => {
          setAdopting(null);
          message.success(t('figures.bulletins.updated'));
          list.reload();
        }}
      />
    </div>
  );
}
