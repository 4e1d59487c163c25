import { useState } from 'react';
import { Alert, App, Button, Empty, Flex, Form, Input, Popconfirm, Radio, Select, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../shared/api';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { FormDrawer } from './FormDrawer';
import { indicatorUnit, useIndicatorName } from './CataloguePanel';
import { CYCLES, figuresApi, isReportable, type Cycle, type Indicator, type ReportForm } from './figuresApi';

// Report forms: which reported indicators a unit and every unit below it fill in, and how often
// (weekly, monthly, per phase). Units then start reports on a form under 报表填报. The same drawer
// edits a form; once units have reported on it the server keeps the cycle and the indicators
// already reported (the drawer says so up front). Deleting a used form archives it (the server
// decides): it stays listed, greyed, and can be restored. What the caller may do comes per form.

interface FormValues { name: string; cycle: Cycle; orgId: string; indicators: string[] }

function NewFormDrawer({ open, onClose, onDone, campaignId, org, catalogue, editing }: {
  open: boolean; onClose: () => void; onDone: (f: ReportForm) => void; campaignId: string; org: { id: string; name: string }; catalogue: Indicator[];
  /** The form being edited; none = a new one. */
  editing?: ReportForm | null;
}) {
  const { t } = useTranslation();
  const name = useIndicatorName();
  const [form] = Form.useForm<FormValues>();
  const { busy, error, run, setError } = useSubmit();
  const used = editing ? editing.reports : 0;
  const options = catalogue.filter((i) => isReportable(i) || editing?.indicators.includes(i.code))
    .map((i) => ({ value: i.code, label: `${name(i)}（${indicatorUnit(i)}）${i.own ? ` · ${t('figures.catalogue.own')}` : ''}` }));
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      onOpen={() => { setError(null); }}
      title={editing ? t('figures.forms.editTitle', { name: editing.name }) : t('figures.forms.create')}
      submitLabel={editing ? t('figures.form.save') : t('figures.form.create')}
      busy={busy}
      error={error}
      onSubmit={() => form.submit()}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        preserve={false}
        className="figures-form"
        initialValues={editing ? { name: editing.name, cycle: editing.cycle, orgId: editing.org.id, indicators: editing.indicators } : { cycle: 'month', orgId: org.id, indicators: [] }}
        onFinish={(v) => run(async () => {
          if (editing) {
            const { form: updated } = await figuresApi.updateForm(editing.id, { name: v.name.trim(), indicators: v.indicators, ...(v.cycle !== editing.cycle ? { cycle: v.cycle } : {}) });
            onDone(updated);
            return;
          }
          const { form: created } = await figuresApi.createForm(campaignId, { orgId: v.orgId, name: v.name.trim(), cycle: v.cycle, indicators: v.indicators });
          onDone(created);
        })}
      >
        {used ? <Alert type="info" showIcon title={t('figures.forms.usedNote', { count: used })} className="figures-alert" /> : null}
        <Form.Item name="name" label={t('figures.forms.name')} rules={[{ required: true, whitespace: true, message: t('figures.form.required', { field: t('figures.forms.name') }) }, { max: 100, message: t('figures.form.tooLong', { field: t('figures.forms.name'), max: 100 }) }]}>
          <Input maxLength={100} placeholder={t('figures.forms.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="cycle" label={t('figures.forms.cycle')} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.forms.cycle') }) }]}>
          <Radio.Group optionType="button" disabled={used > 0} options={CYCLES.map((c) => ({ value: c, label: t(`figures.forms.cycles.${c}`) }))} />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('figures.forms.unit')}><Typography.Text>{editing.org.name}</Typography.Text></Form.Item>
        ) : (
          <Form.Item name="orgId" label={t('figures.forms.unit')} extra={t('figures.forms.unitHelp')} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.forms.unit') }) }]}>
            <OrgSelect initial={org} allowClear={false} aria-label={t('figures.forms.unit')} />
          </Form.Item>
        )}
        <Form.Item name="indicators" label={t('figures.forms.indicators')} extra={t('figures.forms.indicatorsHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('figures.forms.pickOne') }]}>
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} aria-label={t('figures.forms.indicators')} maxCount={100} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

export function FormsPanel({ campaignId, org, canManage }: { campaignId: string; org: { id: string; name: string }; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useIndicatorName();
  const data = useRequest(async (signal) => {
    const [forms, indicators] = await Promise.all([figuresApi.forms(campaignId, signal), figuresApi.indicators(campaignId, signal)]);
    return { forms: forms.items, indicators: indicators.items };
  }, [campaignId]);
  const [creating, setCreating] = useState(false);
  // The form being edited stays set while its drawer closes, so the drawer does not flip to "new".
  const [editing, setEditing] = useState<ReportForm | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  if (data.error) return <ErrorState error={data.error} onRetry={data.reload} />;
  const byCode = new Map((data.data?.indicators ?? []).map((i) => [i.code, i]));
  const act = async (fn: () => Promise<string>) => {
    try {
      message.success(await fn());
      data.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const remove = (f: ReportForm) => act(async () => {
    const { result } = await figuresApi.removeForm(f.id);
    return t(result === 'archived' ? 'figures.forms.archivedDone' : 'figures.forms.removed', { name: f.name });
  });
  const restore = (f: ReportForm) => act(async () => {
    await figuresApi.updateForm(f.id, { archived: false });
    return t('figures.forms.restored', { name: f.name });
  });
  const forms = [...(data.data?.forms ?? [])].sort((a, b) => Number(a.archived) - Number(b.archived));
  return (
    <div className="figures-settings figures-forms">
      <Flex gap={8} wrap align="center" className="figures-toolbar">
        {canManage ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} disabled={!data.data}>{t('figures.forms.create')}</Button> : <Typography.Text type="secondary">{t('figures.forms.noManage')}</Typography.Text>}
      </Flex>
      <Spin spinning={data.loading}>
        {data.data && !data.data.forms.length ? <Empty description={t('figures.forms.empty')} /> : null}
        <ul className="figures-form-list">
          {forms.map((f) => (
            <li key={f.id} className={`figures-form-item${f.archived ? ' figures-archived' : ''}`} data-form={f.id}>
              <div className="figures-form-head">
                <Typography.Text strong className="figures-form-name">{f.name}</Typography.Text>
                <Tag color="blue" className="figures-tag">{t(`figures.forms.cycles.${f.cycle}`)}</Tag>
                {f.archived ? <Tag className="figures-tag">{t('figures.forms.archived')}</Tag> : null}
                <Flex gap={4} wrap className="figures-form-actions">
                  {f.can.edit ? <Button autoInsertSpace={false} size="small" onClick={() => { setEditing(f); setEditOpen(true); }} aria-label={`${t('figures.forms.edit')}：${f.name}`}>{t('figures.forms.edit')}</Button> : null}
                  {f.can.remove ? (
                    <Popconfirm
                      title={t('figures.forms.removeConfirm', { name: f.name })}
                      description={<div className="figures-confirm">{f.reports ? t('figures.forms.removeUsed', { count: f.reports }) : t('figures.forms.removeUnused')}</div>}
                      okText={t('figures.forms.remove')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('figures.form.cancel')}
                      onConfirm={() => remove(f)}
                    >
                      <Button autoInsertSpace={false} size="small" danger aria-label={`${t('figures.forms.remove')}：${f.name}`}>{t('figures.forms.remove')}</Button>
                    </Popconfirm>
                  ) : null}
                  {f.can.restore ? <Button autoInsertSpace={false} size="small" onClick={() => restore(f)} aria-label={`${t('figures.forms.restore')}：${f.name}`}>{t('figures.forms.restore')}</Button> : null}
                </Flex>
              </div>
              <Typography.Text type="secondary" className="figures-sub">
                {t('figures.forms.unit')}：{f.org.name} · {t('figures.forms.indicatorCount', { count: f.indicators.length })}{f.reports ? ` · ${t('figures.forms.reportCount', { count: f.reports })}` : ''}
              </Typography.Text>
              <ul className="figures-chips" aria-label={`${f.name}：${t('figures.forms.indicators')}`}>
                {f.indicators.map((c) => {
                  const i = byCode.get(c);
                  return <li key={c} data-code={c}>{i ? `${name(i)}（${indicatorUnit(i)}）` : c}</li>;
                })}
              </ul>
            </li>
          ))}
        </ul>
      </Spin>
      {data.data && (
        <NewFormDrawer
          open={creating}
          campaignId={campaignId}
          org={org}
          catalogue={data.data.indicators}
          onClose={() => setCreating(false)}
          onDone={(f) => {
            setCreating(false);
            message.success(t('figures.forms.created', { name: f.name }));
            data.reload();
          }}
        />
      )}
      {data.data && (
        <NewFormDrawer
          open={editOpen}
          editing={editing}
          campaignId={campaignId}
          org={org}
          catalogue={data.data.indicators}
          onClose={() => setEditOpen(false)}
          onDone={(f) => {
            setEditOpen(false);
            message.success(t('figures.forms.updated', { name: f.name }));
            data.reload();
          }}
        />
      )}
    </div>
  );
}
