import { useState } from 'react';
import { App, Button, DatePicker, Drawer, Empty, Flex, Input, InputNumber, Modal, Select, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError, api, errorMessage, uploadFile } from '../../shared/api';
import { useRequest } from '../../shared/useRequest';
import { indicatorName, indicatorUnit } from './CataloguePanel';

// Reporting for the unit on screen: its reports (draft → submitted → approved | returned),
// entering values (an outlier asks for confirmation), submitting, approval or return by the
// level above; and a narrative report upload whose extracted figures a person maps to
// catalogue indicators — the confirmed ones land in a draft report, never approved here.

interface Indicator { code: string; zh: string; en: string; unit: string; aggregation: string; source: string; archived: boolean }
interface Form { id: string; name: string; cycle: string; indicators: string[]; archived: boolean }
interface Report {
  id: string; formId: string | null; formName: string | null; org: { id: string; name: string }; period: string; status: string; note: string;
  values: { indicator: string; value: number }[]; can: { edit: boolean; approve: boolean };
}
interface Proposal { id: string; quote: string; value: number; unit: string; proposed: string | null; confidence: number; status: string }

type Status = 'draft' | 'submitted' | 'approved' | 'returned';

export function ReportsPanel({ campaignId, org, canReport }: { campaignId: string; org: { id: string; name: string }; canReport: boolean }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  void i18n.language; // re-render on change
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}`;
  const data = useRequest(async (signal) => {
    const [reports, forms, indicators] = await Promise.all([
      api.get<{ items: Report[] }>(`${base}/reports`, undefined, signal),
      api.get<{ items: Form[] }>(`${base}/report-forms`, undefined, signal),
      api.get<{ items: Indicator[] }>(`${base}/indicators`, undefined, signal),
    ]);
    return { reports: reports.items, forms: forms.items, indicators: indicators.items };
  }, [campaignId]);
  const [open, setOpen] = useState<Report | null>(null);
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const [formId, setFormId] = useState<string | undefined>();
  const [period, setPeriod] = useState<Dayjs | null>(null);
  const [proposals, setProposals] = useState<{ id: string; items: Proposal[]; map: Record<string, string | null> } | null>(null);
  const [returnNote, setReturnNote] = useState('');
  if (!data.data) return null;
  const { reports, forms, indicators } = data.data;
  const ind = new Map(indicators.map((i) => [i.code, i]));
  const label = (code: string) => {
    const i = ind.get(code);
    return i ? `${indicatorName(i)}（${indicatorUnit(i)}）` : code;
  };
  // Archived indicators and forms keep their reports but are not offered for new ones.
  const reportable = indicators.filter((i) => i.source === 'reported' && i.aggregation !== 'rate' && !i.archived);

  const show = (r: Report) => {
    setOpen(r);
    setReturnNote('');
    setDraft(Object.fromEntries(r.values.map((v) => [v.indicator, v.value])));
  };
  const act = async (fn: () => Promise<{ report: Report }>) => {
    try {
      const { report } = await fn();
      show(report);
      data.reload();
      message.success(t('figures.reports.saved'));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const save = async (confirm = false): Promise<void> => {
    if (!open) return;
    const values = Object.entries(draft).filter(([, v]) => v !== null && v !== undefined).map(([indicator, value]) => ({ indicator, value: Number(value) }));
    try {
      const { report } = await api.put<{ report: Report }>(`/api/figure-reports/${open.id}/values`, { values, confirm });
      show(report);
      data.reload();
      message.success(t('figures.reports.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'figures.value_outlier') {
        modal.confirm({ title: t('figures.reports.checkValue'), content: e.message, okText: t('figures.reports.confirmValue'), onOk: () => save(true) });
      } else message.error(errorMessage(e));
    }
  };
  const create = () => act(() => api.post(`${base}/reports`, { formId: formId ?? null, orgId: org.id, period: period!.format('YYYY-MM') }));
  const codesOf = (r: Report) => {
    const f = forms.find((x) => x.id === r.formId);
    return f ? f.indicators : [...new Set([...r.values.map((v) => v.indicator), ...Object.keys(draft)])];
  };

  return (
    <div className="figures-reports">
      {canReport && (
        <Flex gap={8} wrap align="center" className="figures-row">
          <Select allowClear placeholder={t('figures.reports.form')} aria-label={t('figures.reports.form')} value={formId} onChange={setFormId} style={{ minWidth: 200 }} options={forms.filter((f) => !f.archived).map((f) => ({ value: f.id, label: f.name }))} />
          <DatePicker picker="month" value={period} onChange={setPeriod} placeholder={t('figures.reports.period')} aria-label={t('figures.reports.period')} />
          <Button type="primary" disabled={!period} onClick={create}>{t('figures.reports.create', { name: org.name })}</Button>
          <Upload
            accept=".txt,.docx,.html,.htm"
            showUploadList={false}
            customRequest={({ file }) => {
              if (!period) {
                message.warning(t('figures.reports.periodFirst'));
                return;
              }
              const q = `?orgId=${encodeURIComponent(org.id)}&period=${period.format('YYYY-MM')}`;
              uploadFile<{ id: string }>(`${base}/narratives${q}`, 'file', file as File, () => undefined).promise.then(async ({ id }) => {
                const n = await api.get<{ proposals: Proposal[] }>(`/api/narratives/${id}`);
                setProposals({ id, items: n.proposals, map: Object.fromEntries(n.proposals.map((p) => [p.id, p.proposed && !ind.get(p.proposed)?.archived && ind.get(p.proposed)?.source === 'reported' && ind.get(p.proposed)?.aggregation !== 'rate' ? p.proposed : null])) });
              }, (e: unknown) => message.error(errorMessage(e)));
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('figures.reports.narrative')}</Button>
          </Upload>
        </Flex>
      )}
      <Table<Report>
        className="figures-row"
        size="small"
        rowKey="id"
        dataSource={reports}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={t('figures.noData')} /> }}
        columns={[
          { title: t('figures.reports.unit'), render: (_, r) => r.org.name },
          { title: t('figures.reports.form'), render: (_, r) => r.formName ?? t('figures.reports.free') },
          { title: t('figures.reports.period'), dataIndex: 'period' },
          { title: t('figures.reports.status'), render: (_, r) => <span className={`figures-status figures-status-${r.status}`}>{t(`figures.reports.statuses.${r.status as Status}`)}</span> },
          { title: '', render: (_, r) => <Button size="small" onClick={() => show(r)}>{t('figures.reports.open')}</Button> },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title={open ? `${open.org.name} · ${open.period}` : ''} size="large">
        {open && (
          <Flex vertical gap={12}>
            <div><span className={`figures-status figures-status-${open.status}`}>{t(`figures.reports.statuses.${open.status as Status}`)}</span>{open.formName}</div>
            {open.status === 'returned' && open.note && <Typography.Text type="danger">{t('figures.reports.returnedNote', { note: open.note })}</Typography.Text>}
            {codesOf(open).map((code) => (
              <Flex key={code} justify="space-between" align="center" gap={8}>
                <label htmlFor={`v-${code}`}>{label(code)}</label>
                <InputNumber id={`v-${code}`} min={0} disabled={!open.can.edit} value={draft[code] ?? null} onChange={(v) => setDraft((d) => ({ ...d, [code]: v }))} />
              </Flex>
            ))}
            {open.can.edit && !open.formId && (
              <Select placeholder={t('figures.reports.addIndicator')} aria-label={t('figures.reports.addIndicator')} value={null} onChange={(c: string) => setDraft((d) => ({ ...d, [c]: d[c] ?? 0 }))} options={reportable.map((i) => ({ value: i.code, label: label(i.code) }))} showSearch={{ optionFilterProp: 'label' }} />
            )}
            <Flex gap={8} wrap>
              {open.can.edit && <Button onClick={() => save()}>{t('figures.reports.save')}</Button>}
              {open.can.edit && <Button type="primary" onClick={() => act(() => api.post(`/api/figure-reports/${open.id}/submit`))}>{t('figures.reports.submit')}</Button>}
              {open.can.approve && <Button type="primary" onClick={() => act(() => api.post(`/api/figure-reports/${open.id}/approve`))}>{t('figures.reports.approve')}</Button>}
            </Flex>
            {open.can.approve && (
              <Flex gap={8}>
                <Input value={returnNote} onChange={(e) => setReturnNote(e.target.value)} placeholder={t('figures.reports.note')} aria-label={t('figures.reports.note')} />
                <Button danger disabled={!returnNote.trim()} onClick={() => act(() => api.post(`/api/figure-reports/${open.id}/return`, { note: returnNote }))}>{t('figures.reports.return')}</Button>
              </Flex>
            )}
          </Flex>
        )}
      </Drawer>
      <Modal
        open={!!proposals}
        width={760}
        title={t('figures.reports.proposals')}
        onCancel={() => setProposals(null)}
        okText={t('figures.reports.confirmMapping')}
        onOk={async () => {
          if (!proposals) return;
          try {
            const { report } = await api.post<{ report: Report }>(`/api/narratives/${proposals.id}/confirm`, { items: proposals.items.map((p) => ({ proposalId: p.id, indicator: proposals.map[p.id] ?? null })) });
            setProposals(null);
            data.reload();
            show(report);
          } catch (e) {
            message.error(errorMessage(e));
          }
        }}
      >
        <Table<Proposal>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ y: 400 }}
          dataSource={proposals?.items ?? []}
          columns={[
            { title: t('figures.reports.quote'), dataIndex: 'quote' },
            { title: t('figures.reports.value'), render: (_, p) => `${p.value}${p.unit}` },
            {
              title: t('figures.indicator'),
              render: (_, p) => (
                <Select
                  allowClear
                  style={{ width: 200 }}
                  aria-label={t('figures.indicator')}
                  value={proposals?.map[p.id] ?? null}
                  onChange={(v: string | undefined) => setProposals((s) => (s ? { ...s, map: { ...s.map, [p.id]: v ?? null } } : s))}
                  options={reportable.map((i) => ({ value: i.code, label: label(i.code) }))}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              ),
            },
          ]}
        />
      </Modal>
    </div>
  );
}
