import { useMemo, useState } from 'react';
import { App, AutoComplete, Button, Empty, Flex, Form, Input, Popconfirm, Radio, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../shared/api';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../i18n';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { useSubmit } from '../../shared/useSubmit';
import { FormDrawer } from './FormDrawer';
import { AGGREGATIONS, CODE_PATTERN, figuresApi, type Aggregation, type Indicator, type NewIndicator } from './figuresApi';

// The indicator catalogue: the standard indicators and the campaign's own, searchable; the office
// at the campaign's top adds its own (reported; a rate names two summed indicators as its parts).
// Whether the caller may add comes from the API (can.add), never from the roles here; so do
// edit / delete / restore per item (can.*). Deleting one that already has figures archives it
// (the server decides and says which); archived ones stay listed, greyed, with a restore action.

// Units offered when adding or editing an indicator (any other may be typed), in the script of
// the console's Chinese; English uses the Simplified ones, as the catalogue does.
const UNITS_SIMPLIFIED = ['件', '次', '场', '人', '人次', '户', '条', '项', '个', '篇', '万元', '平方米', '辆', '小时', '%'];
const UNITS_TRADITIONAL = ['件', '次', '場', '人', '人次', '戶', '條', '項', '個', '篇', '萬元', '平方米', '輛', '小時', '%'];
const unitOptions = () => (currentLanguage() === 'zh-TW' ? UNITS_TRADITIONAL : UNITS_SIMPLIFIED).map((u) => ({ value: u }));

/** An indicator's name in the console's language (zh-TW: the server's Traditional form). */
export function indicatorName(i: Pick<Indicator, 'zh' | 'en'> & { zhTW?: string }, lang: Language = currentLanguage()): string {
  if (lang === 'en') return i.en || i.zh;
  return lang === 'zh-TW' ? i.zhTW || i.zh : i.zh;
}

/** An indicator's unit (件, 人次, 万元 …, Chinese in every language; Traditional in zh-TW). */
export function indicatorUnit(i: Pick<Indicator, 'unit'> & { unitTW?: string }, lang: Language = currentLanguage()): string {
  return lang === 'zh-TW' ? i.unitTW || i.unit : i.unit;
}

export function useIndicatorName() {
  const { i18n } = useTranslation();
  void i18n.language; // re-render on change
  return (i: Pick<Indicator, 'zh' | 'en'> & { zhTW?: string }) => indicatorName(i);
}

function suggestCode(taken: Set<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`custom_${n}`)) return `custom_${n}`;
}

function NewIndicatorDrawer({ open, onClose, onDone, campaignId, catalogue }: { open: boolean; onClose: () => void; onDone: (i: Indicator) => void; campaignId: string; catalogue: Indicator[] }) {
  const { t } = useTranslation();
  const name = useIndicatorName();
  const [form] = Form.useForm<NewIndicator>();
  const { busy, error, run, setError } = useSubmit();
  const aggregation = Form.useWatch('aggregation', form) as Aggregation | undefined;
  const taken = useMemo(() => new Set(catalogue.map((i) => i.code)), [catalogue]);
  const summed = catalogue.filter((i) => i.aggregation === 'sum' && !i.archived).map((i) => ({ value: i.code, label: `${name(i)}（${indicatorUnit(i)}）` }));
  const req = (field: string) => ({ required: true, whitespace: true, message: t('figures.form.required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('figures.form.tooLong', { field, max: n }) });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      onOpen={() => { setError(null); form.setFieldsValue({ code: suggestCode(taken), aggregation: 'sum' }); }}
      title={t('figures.catalogue.add')}
      submitLabel={t('figures.form.create')}
      busy={busy}
      error={error}
      onSubmit={() => form.submit()}
    >
      <Form<NewIndicator>
        form={form}
        layout="vertical"
        preserve={false}
        className="figures-form"
        onFinish={(v) => run(async () => {
          const body: NewIndicator = { code: v.code.trim(), zh: v.zh.trim(), en: v.en?.trim() || undefined, unit: v.unit.trim(), aggregation: v.aggregation };
          if (v.aggregation === 'rate') Object.assign(body, { numerator: v.numerator, denominator: v.denominator });
          const { indicator } = await figuresApi.addIndicator(campaignId, body);
          onDone(indicator);
        })}
      >
        <Form.Item name="zh" label={t('figures.catalogue.name')} rules={[req(t('figures.catalogue.name')), max(t('figures.catalogue.name'), 60)]}>
          <Input maxLength={60} showCount autoComplete="off" />
        </Form.Item>
        <Form.Item name="en" label={t('figures.catalogue.nameEn')} rules={[max(t('figures.catalogue.nameEn'), 100)]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('figures.catalogue.code')}
          extra={t('figures.catalogue.codeHelp')}
          rules={[
            req(t('figures.catalogue.code')),
            { pattern: CODE_PATTERN, message: t('figures.catalogue.codeInvalid') },
            { validator: (_, v: string | undefined) => (v && taken.has(v.trim()) ? Promise.reject(new Error(t('figures.catalogue.codeTaken', { code: v.trim() }))) : Promise.resolve()) },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} className="figures-code-input" />
        </Form.Item>
        <Form.Item name="aggregation" label={t('figures.catalogue.aggregation')} extra={aggregation ? t(`figures.catalogue.aggregationHelp.${aggregation}`) : undefined} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.catalogue.aggregation') }) }]}>
          <Radio.Group
            optionType="button"
            options={AGGREGATIONS.map((a) => ({ value: a, label: t(`figures.catalogue.aggregations.${a}`) }))}
            onChange={(e) => { if (e.target.value === 'rate' && !form.getFieldValue('unit')) form.setFieldValue('unit', '%'); }}
          />
        </Form.Item>
        {aggregation === 'rate' && (
          <>
            <Form.Item name="numerator" label={t('figures.catalogue.numerator')} rules={[{ required: true, message: t('figures.form.select', { field: t('figures.catalogue.numerator') }) }]}>
              <Select options={summed} showSearch={{ optionFilterProp: 'label' }} aria-label={t('figures.catalogue.numerator')} />
            </Form.Item>
            <Form.Item
              name="denominator"
              label={t('figures.catalogue.denominator')}
              dependencies={['numerator']}
              rules={[
                { required: true, message: t('figures.form.select', { field: t('figures.catalogue.denominator') }) },
                ({ getFieldValue }) => ({ validator: (_, v) => (v && v === getFieldValue('numerator') ? Promise.reject(new Error(t('figures.catalogue.partsSame'))) : Promise.resolve()) }),
              ]}
            >
              <Select options={summed} showSearch={{ optionFilterProp: 'label' }} aria-label={t('figures.catalogue.denominator')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="unit" label={t('figures.catalogue.unit')} extra={t('figures.catalogue.unitHelp')} rules={[req(t('figures.catalogue.unit')), max(t('figures.catalogue.unit'), 10)]}>
          <AutoComplete options={unitOptions()} maxLength={10} aria-label={t('figures.catalogue.unit')} />
        </Form.Item>
        <Typography.Paragraph type="secondary" className="figures-note">
          {t('figures.catalogue.source')}：{t(`figures.catalogue.sources.${aggregation === 'rate' ? 'computed' : 'reported'}`)}。{t('figures.catalogue.sourceNote')}
        </Typography.Paragraph>
      </Form>
    </FormDrawer>
  );
}

interface EditValues { zh: string; en?: string; unit: string }

function EditIndicatorDrawer({ open, item, onClose, onDone, campaignId }: { open: boolean; item: Indicator | null; onClose: () => void; onDone: (i: Indicator) => void; campaignId: string }) {
  const { t } = useTranslation();
  const name = useIndicatorName();
  const [form] = Form.useForm<EditValues>();
  const { busy, error, run, setError } = useSubmit();
  const req = (field: string) => ({ required: true, whitespace: true, message: t('figures.form.required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('figures.form.tooLong', { field, max: n }) });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      onOpen={() => { setError(null); }}
      title={item ? t('figures.catalogue.editTitle', { name: name(item) }) : ''}
      submitLabel={t('figures.form.save')}
      busy={busy}
      error={error}
      onSubmit={() => form.submit()}
    >
      {item && (
        <Form<EditValues>
          form={form}
          layout="vertical"
          preserve={false}
          className="figures-form"
          initialValues={{ zh: item.zh, en: item.en === item.zh ? '' : item.en, unit: item.unit }}
          onFinish={(v) => run(async () => {
            const { indicator } = await figuresApi.updateIndicator(campaignId, item.code, { zh: v.zh.trim(), en: v.en?.trim() ?? '', unit: v.unit.trim() });
            onDone(indicator);
          })}
        >
          <Typography.Paragraph type="secondary" className="figures-note">
            {t('figures.catalogue.fixed', { code: item.code, aggregation: t(`figures.catalogue.aggregations.${item.aggregation}`) })}
          </Typography.Paragraph>
          <Form.Item name="zh" label={t('figures.catalogue.name')} rules={[req(t('figures.catalogue.name')), max(t('figures.catalogue.name'), 60)]}>
            <Input maxLength={60} showCount autoComplete="off" />
          </Form.Item>
          <Form.Item name="en" label={t('figures.catalogue.nameEn')} rules={[max(t('figures.catalogue.nameEn'), 100)]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="unit" label={t('figures.catalogue.unit')} extra={t('figures.catalogue.unitHelp')} rules={[req(t('figures.catalogue.unit')), max(t('figures.catalogue.unit'), 10)]}>
            <AutoComplete options={unitOptions()} maxLength={10} aria-label={t('figures.catalogue.unit')} />
          </Form.Item>
        </Form>
      )}
    </FormDrawer>
  );
}

export function CataloguePanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const name = useIndicatorName();
  const list = useRequest((signal) => figuresApi.indicators(campaignId, signal), [campaignId]);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<'all' | 'own' | 'reported' | 'computed'>('all');
  const [adding, setAdding] = useState(false);
  const [fresh, setFresh] = useState<string | null>(null);
  // Kept while the drawer closes (so its content does not vanish mid-animation).
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  if (list.error) return <ErrorState error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  const byCode = new Map(items.map((i) => [i.code, i]));
  const needle = q.trim().toLowerCase();
  const shown = items.filter((i) =>
    (kind === 'all' || (kind === 'own' ? i.own : i.source === kind)) &&
    (!needle || [i.zh, i.zhTW, i.en, i.code, i.unit, i.unitTW].some((s) => s.toLowerCase().includes(needle))))
    // The campaign's own first (those are the office's), archived ones last.
    .sort((a, b) => Number(a.archived) - Number(b.archived) || Number(b.own) - Number(a.own));
  const act = async (i: Indicator, fn: () => Promise<string>) => {
    try {
      message.success(await fn());
      setFresh(i.code);
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const remove = (i: Indicator) => act(i, async () => {
    const { result } = await figuresApi.removeIndicator(campaignId, i.code);
    return t(result === 'archived' ? 'figures.catalogue.archivedDone' : 'figures.catalogue.removed', { name: name(i) });
  });
  const restore = (i: Indicator) => act(i, async () => {
    await figuresApi.updateIndicator(campaignId, i.code, { archived: false });
    return t('figures.catalogue.restored', { name: name(i) });
  });
  const label = (action: string, i: Indicator) => t('figures.catalogue.actionsOf', { action, name: name(i) });
  const actions = items.some((i) => i.can.edit || i.can.remove || i.can.restore);
  const partName = (code: string | null) => (code && byCode.get(code) ? name(byCode.get(code)!) : code ?? '');
  return (
    <div className="figures-settings figures-catalogue">
      <Flex gap={8} wrap align="center" className="figures-toolbar">
        <Input.Search allowClear placeholder={t('figures.catalogue.search')} aria-label={t('figures.catalogue.search')} value={q} onChange={(e) => setQ(e.target.value)} className="figures-search" />
        <Select
          value={kind}
          onChange={setKind}
          aria-label={t('figures.catalogue.kind')}
          className="figures-filter"
          options={[
            { value: 'all', label: t('figures.catalogue.all') },
            { value: 'own', label: t('figures.catalogue.own') },
            { value: 'reported', label: t('figures.catalogue.sources.reported') },
            { value: 'computed', label: t('figures.catalogue.sources.computed') },
          ]}
        />
        {list.data?.can.add ? <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>{t('figures.catalogue.add')}</Button> : null}
      </Flex>
      {list.data && !list.data.can.add ? <Typography.Paragraph type="secondary" className="figures-note">{t('figures.catalogue.noAdd')}</Typography.Paragraph> : null}
      {list.data ? (
        <Typography.Paragraph type="secondary" className="figures-note">
          {/* In use and archived apart: an archived indicator takes no new figures. */}
          {t('figures.catalogue.count', { count: items.filter((i) => !i.archived).length, own: items.filter((i) => i.own && !i.archived).length })}
          {items.some((i) => i.archived) ? t('figures.catalogue.countArchived', { count: items.filter((i) => i.archived).length }) : null}
        </Typography.Paragraph>
      ) : null}
      <Table<Indicator>
        size="small"
        rowKey="code"
        loading={list.loading}
        dataSource={shown}
        pagination={false}
        rowClassName={(i) => [i.code === fresh ? 'figures-row-fresh' : '', i.archived ? 'figures-row-archived' : ''].join(' ')}
        locale={{ emptyText: <Empty description={t('figures.noData')} /> }}
        columns={[
          {
            title: t('figures.catalogue.name'),
            render: (_, i) => (
              <div className="figures-cell-main" data-code={i.code}>
                <div>
                  {name(i)} {i.own ? <Tag color="red" className="figures-tag">{t('figures.catalogue.own')}</Tag> : null}
                  {i.archived ? <Tag className="figures-tag">{t('figures.catalogue.archived')}</Tag> : null}
                </div>
                <Typography.Text type="secondary" className="figures-code">{i.code}</Typography.Text>
                {i.aggregation === 'rate' && i.numerator ? <div className="figures-sub">{t('figures.catalogue.rateOf', { numerator: partName(i.numerator), denominator: partName(i.denominator) })}</div> : null}
                <div className="figures-sub figures-xs-only">{indicatorUnit(i)} · {t(`figures.catalogue.aggregations.${i.aggregation}`)} · {t(`figures.catalogue.sources.${i.source}`)}</div>
              </div>
            ),
          },
          { title: t('figures.catalogue.unit'), key: 'unit', width: 90, responsive: ['sm'], render: (_, i) => indicatorUnit(i) },
          { title: t('figures.catalogue.aggregation'), width: 110, responsive: ['sm'], render: (_, i) => t(`figures.catalogue.aggregations.${i.aggregation}`) },
          { title: t('figures.catalogue.source'), width: 130, responsive: ['sm'], render: (_, i) => t(`figures.catalogue.sources.${i.source}`) },
          ...(actions ? [{
            title: t('common.actions'),
            width: 130,
            render: (_: unknown, i: Indicator) => (
              <Flex gap={4} wrap>
                {i.can.edit ? <Button autoInsertSpace={false} size="small" onClick={() => { setEditing(i); setEditOpen(true); }} aria-label={label(t('figures.catalogue.edit'), i)}>{t('figures.catalogue.edit')}</Button> : null}
                {i.can.remove ? (
                  <Popconfirm
                    title={t('figures.catalogue.removeConfirm', { name: name(i) })}
                    description={<div className="figures-confirm">{t('figures.catalogue.removeHelp')}</div>}
                    okText={t('figures.catalogue.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('figures.form.cancel')}
                    onConfirm={() => remove(i)}
                  >
                    <Button autoInsertSpace={false} size="small" danger aria-label={label(t('figures.catalogue.remove'), i)}>{t('figures.catalogue.remove')}</Button>
                  </Popconfirm>
                ) : null}
                {i.can.restore ? <Button autoInsertSpace={false} size="small" onClick={() => restore(i)} aria-label={label(t('figures.catalogue.restore'), i)}>{t('figures.catalogue.restore')}</Button> : null}
              </Flex>
            ),
          }] : []),
        ]}
      />
      <NewIndicatorDrawer
        open={adding}
        campaignId={campaignId}
        catalogue={items}
        onClose={() => setAdding(false)}
        onDone={(i) => {
          setAdding(false);
          setFresh(i.code);
          setQ('');
          setKind('own');
          message.success(t('figures.catalogue.created', { name: name(i) }));
          list.reload();
        }}
      />
      <EditIndicatorDrawer
        open={editOpen}
        item={editing}
        campaignId={campaignId}
        onClose={() => setEditOpen(false)}
        onDone={(i) => {
          setEditOpen(false);
          setFresh(i.code);
          message.success(t('figures.catalogue.updated', { name: name(i) }));
          list.reload();
        }}
      />
    </div>
  );
}
