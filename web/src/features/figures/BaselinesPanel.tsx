import { useState } from 'react';
import { Alert, App, Button, Checkbox, Empty, Flex, Input, InputNumber, Popconfirm, Select, Table, Typography } from 'antd';
import { errorMessage } from '../../shared/api';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format';
import { intlLocale } from '../../i18n';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { indicatorUnit, useIndicatorName } from './CataloguePanel';
import { MAX_VALUE, figuresApi, type Indicator } from './figuresApi';

// Baselines (活动前基数) of the unit on screen: the value before the campaign beside the rolled-up
// value now and the change, for every indicator of the catalogue. The office edits them in
// place and saves the changed ones in one request, or clears a saved one (after a confirmation);
// whether it may comes from the API (can.edit). Archived indicators are listed only while a
// baseline of theirs remains, so that it can be seen and cleared.

const fmt = (v: number) => v.toLocaleString(intlLocale(), { maximumFractionDigits: 2 });

function change(now: number, before: number | undefined): string {
  if (before === undefined) return '—';
  if (before === 0) return now === 0 ? '0%' : '—';
  const p = Math.round(((now - before) / before) * 1000) / 10;
  return `${p > 0 ? '+' : ''}${p}%`;
}

interface Unit { id: string; name: string }

export function BaselinesPanel({ campaignId, org, ancestors, children, onUnit }: { campaignId: string; org: Unit; ancestors: Unit[]; children: Unit[]; onUnit: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useIndicatorName();
  const data = useRequest(async (signal) => {
    const [baselines, catalogue] = await Promise.all([figuresApi.baselines(campaignId, org.id, signal), figuresApi.indicators(campaignId, signal)]);
    const codes = catalogue.items.map((i) => i.code);
    const now: Record<string, number> = {};
    for (let i = 0; i < codes.length; i += 100) Object.assign(now, (await figuresApi.rollups(campaignId, org.id, codes.slice(i, i + 100), signal)).values);
    return { baselines, indicators: catalogue.items, now };
  }, [campaignId, org.id]);
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  const [q, setQ] = useState('');
  const [onlySet, setOnlySet] = useState(false);
  const [invalid, setInvalid] = useState<string[]>([]);
  const { busy, error, run } = useSubmit();
  if (data.error) return <ErrorState error={data.error} onRetry={data.reload} />;
  const d = data.data;
  const saved = new Map((d?.baselines.items ?? []).map((b) => [b.indicator, b]));
  const canEdit = d?.baselines.can.edit ?? false;
  const problem = (v: number | null | undefined, label: string): string | null => {
    if (v === null || v === undefined) return null;
    if (v < 0) return t('figures.form.notNegative', { field: label });
    if (v > MAX_VALUE) return t('figures.form.tooLarge', { field: label, max: MAX_VALUE.toLocaleString(intlLocale()) });
    return null;
  };
  const changed = Object.entries(draft).filter(([code, v]) => v !== null && v !== undefined && v !== saved.get(code)?.value) as [string, number][];
  const needle = q.trim().toLowerCase();
  const rows = (d?.indicators ?? []).filter((i) => (!i.archived || saved.has(i.code)) && (!onlySet || saved.has(i.code) || draft[i.code] != null) && (!needle || [i.zh, i.zhTW, i.en, i.code].some((s) => s.toLowerCase().includes(needle))));

  const save = () => run(async () => {
    const byCode = new Map((d?.indicators ?? []).map((i) => [i.code, i]));
    const bad = changed.map(([code, v]) => problem(v, name(byCode.get(code)!))).filter((x): x is string => !!x);
    setInvalid(bad);
    if (bad.length) return;
    if (!changed.length) {
      message.info(t('figures.baselines.nothingChanged'));
      return;
    }
    await figuresApi.setBaselines(campaignId, org.id, changed.map(([indicator, value]) => ({ indicator, value })));
    message.success(t('figures.baselines.saved', { count: changed.length }));
    setDraft({});
    data.reload();
  });

  const clear = async (i: Indicator) => {
    try {
      await figuresApi.clearBaseline(campaignId, org.id, i.code);
      message.success(t('figures.baselines.cleared', { name: name(i) }));
      setDraft((s) => {
        const { [i.code]: _dropped, ...rest } = s;
        return rest;
      });
      data.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const unitOptions = [
    ...ancestors.map((a) => ({ value: a.id, label: `${t('figures.baselines.parent')}：${a.name}` })),
    { value: org.id, label: org.name },
    ...children.map((c) => ({ value: c.id, label: `${t('figures.baselines.child')}：${c.name}` })),
  ];
  const valueCell = (i: Indicator) => {
    const v = draft[i.code] !== undefined ? draft[i.code] : saved.get(i.code)?.value ?? null;
    const label = `${name(i)} · ${t('figures.baselines.baseline')}`;
    return (
      <Flex gap={2} align="center">
        <InputNumber
          aria-label={label}
          data-code={i.code}
          value={v}
          disabled={!canEdit || i.archived}
          placeholder={t('figures.baselines.unset')}
          status={problem(v, label) ? 'error' : undefined}
          onChange={(x) => setDraft((s) => ({ ...s, [i.code]: x === null || x === undefined ? null : Number(x) }))}
          suffix={<span className="figures-input-unit">{indicatorUnit(i)}</span>}
          className="figures-baseline-input"
        />
        {canEdit && saved.has(i.code) ? (
          <Popconfirm
            title={t('figures.baselines.clearConfirm', { name: name(i) })}
            description={<div className="figures-confirm">{t('figures.baselines.clearHelp')}</div>}
            okText={t('figures.baselines.clear')}
            okButtonProps={{ danger: true }}
            cancelText={t('figures.form.cancel')}
            onConfirm={() => clear(i)}
          >
            <Button autoInsertSpace={false} type="link" size="small" danger className="figures-baseline-clear" aria-label={`${t('figures.baselines.clear')}：${name(i)}`}>{t('figures.baselines.clear')}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
    );
  };

  return (
    <div className="figures-settings figures-baselines">
      <Typography.Paragraph type="secondary" className="figures-note">{t('figures.baselines.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" className="figures-toolbar">
        <label className="figures-inline-label" htmlFor="baseline-unit">{t('figures.baselines.unit')}</label>
        <Select id="baseline-unit" value={org.id} options={unitOptions} onChange={onUnit} className="figures-unit-select" showSearch={{ optionFilterProp: 'label' }} />
        <Input.Search allowClear placeholder={t('figures.baselines.search')} aria-label={t('figures.baselines.search')} value={q} onChange={(e) => setQ(e.target.value)} className="figures-search" />
        <Checkbox checked={onlySet} onChange={(e) => setOnlySet(e.target.checked)}>{t('figures.baselines.onlySet')}</Checkbox>
      </Flex>
      {d && !canEdit ? <Alert type="info" showIcon title={t('figures.baselines.readOnly')} className="figures-alert" /> : null}
      {error ? <Alert type="error" showIcon role="alert" title={error} className="figures-alert" /> : null}
      {invalid.length ? <Alert type="error" showIcon role="alert" title={invalid.join('；')} className="figures-alert" /> : null}
      <Table<Indicator>
        size="small"
        rowKey="code"
        loading={data.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('figures.noData')} /> }}
        columns={[
          {
            title: t('figures.baselines.indicator'),
            render: (_, i) => (
              <div className="figures-cell-main">
                <div>{name(i)}</div>
                <div className="figures-sub figures-xs-only">
                  {t('figures.baselines.current')} {fmt(d?.now[i.code] ?? 0)}{indicatorUnit(i)} · {t('figures.baselines.change')} {change(d?.now[i.code] ?? 0, saved.get(i.code)?.value)}
                </div>
                {saved.get(i.code) ? <div className="figures-sub">{formatDate(saved.get(i.code)!.updatedAt.slice(0, 10))}</div> : null}
              </div>
            ),
          },
          { title: t('figures.baselines.baseline'), width: 220, render: (_, i) => valueCell(i) },
          { title: t('figures.baselines.current'), width: 120, responsive: ['sm'], align: 'right', render: (_, i) => <span data-now={i.code}>{fmt(d?.now[i.code] ?? 0)}{indicatorUnit(i)}</span> },
          { title: t('figures.baselines.change'), width: 100, responsive: ['sm'], align: 'right', render: (_, i) => change(d?.now[i.code] ?? 0, saved.get(i.code)?.value) },
        ]}
      />
      {canEdit ? (
        <Flex gap={8} align="center" wrap className="figures-savebar">
          <Button type="primary" loading={busy} onClick={save} disabled={!changed.length}>{t('figures.baselines.save')}</Button>
          {changed.length ? <Typography.Text type="secondary">{t('figures.baselines.changed', { count: changed.length })}</Typography.Text> : null}
        </Flex>
      ) : null}
    </div>
  );
}
