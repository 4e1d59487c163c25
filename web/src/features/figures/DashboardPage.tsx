import { useMemo, useRef, useState } from 'react';
import { Breadcrumb, Button, Tabs, Card, Col, DatePicker, Empty, Flex, Grid, Progress, Row, Select, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, withQuery } from '../../shared/api';
import { currentLanguage, intlLocale } from '../../i18n';
import { Link, navigate, useLocation } from '../../shared/router';
import { ErrorState, Loading, PageTitle } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { EChart, type ChartOption, type EChartHandle } from './EChart';
import { ReportsPanel } from './ReportsPanel';
import { FormsPanel } from './FormsPanel';
import { CataloguePanel, indicatorName, indicatorUnit } from './CataloguePanel';
import { BaselinesPanel } from './BaselinesPanel';
import { BulletinsPanel } from './BulletinsPanel';
import './figures.css';

// The figures dashboard of one unit: key figures (rolled up over the unit's whole subtree),
// phase progress, opinions by the four winds, the sub-units compared (click a bar to drill
// down), the monthly trend; a Word briefing and PNG export of each chart. The other tabs hold the
// reports, the report forms, the indicator catalogue, the unit's baselines and bulletin items.

interface Figure { code: string; zh: string; zhTW: string; en: string; unit: string; unitTW: string; value: number; baseline: number | null }
interface Dashboard {
  campaign: { id: string; name: string };
  org: { id: string; name: string; childCount: number };
  ancestors: { id: string; name: string }[];
  keyFigures: Figure[];
  phases: { phase: string; startsOn: string; endsOn: string; percent: number; current: boolean }[];
  winds: { wind: string; value: number }[];
  children: { id: string; name: string; childCount: number; values: Record<string, number> }[];
  compare: { code: string; zh: string; zhTW: string; en: string; unit: string; unitTW: string }[];
  trend: { months: string[]; series: { code: string; zh: string; zhTW: string; en: string; values: number[] }[] };
  overdueMeasures: number | null;
  can: { report: boolean; manage: boolean };
}

const TABS = ['dashboard', 'reports', 'forms', 'catalogue', 'baselines', 'bulletins'] as const;
type Tab = (typeof TABS)[number];
type Wind = 'formalism' | 'bureaucratism' | 'hedonism' | 'extravagance' | 'other';
type Phase = 'listen' | 'examine' | 'rectify';
const WIND_COLORS: Record<string, string> = { formalism: '#c0392b', bureaucratism: '#d35400', hedonism: '#8e44ad', extravagance: '#b7950b', other: '#7f8c8d' };
const fmt = (v: number) => v.toLocaleString(intlLocale(), { maximumFractionDigits: 1 });

function download(url: string, name: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export default function DashboardPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const { search, pathname } = useLocation();
  const orgId = search.get('orgId') ?? undefined;
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  const tab = (TABS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as Tab) : 'dashboard';
  const [compareCode, setCompareCode] = useState('opinions_solicited');
  const narrow = Grid.useBreakpoint().sm === false;
  const req = useRequest((signal) => api.get<Dashboard>(`/api/campaigns/${encodeURIComponent(id)}/dashboard`, { orgId, from, to }, signal), [id, orgId, from, to, tab === 'dashboard']); // back on the dashboard: fresh figures (baselines may have changed)
  const charts = { winds: useRef<EChartHandle>(null), children: useRef<EChartHandle>(null), trend: useRef<EChartHandle>(null) };
  const go = (q: { orgId?: string; from?: string; to?: string; tab?: string }) => navigate(withQuery(pathname, { orgId, from, to, tab: tab === 'dashboard' ? undefined : tab, ...q }));
  const d = req.data;
  const name = (x: { zh: string; zhTW: string; en: string }) => indicatorName(x, lang);

  const windOption = useMemo<ChartOption | null>(() => !d ? null : {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{
      type: 'pie', radius: ['35%', '70%'], center: ['50%', '45%'], label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
      data: d.winds.map((w) => ({ name: t(`figures.wind.${w.wind as Wind}`), value: w.value, itemStyle: { color: WIND_COLORS[w.wind] } })),
    }],
  }, [d, t]);
  const compareMeta = d?.compare.find((c) => c.code === compareCode) ?? d?.compare[0];
  const childOption = useMemo<ChartOption | null>(() => d && compareMeta ? {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: d.children.map((c) => c.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', name: name(compareMeta), data: d.children.map((c) => c.values[compareMeta.code] ?? 0), itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'right' }, cursor: 'pointer' }],
  } : null, [d, compareMeta, lang]);
  const trendOption = useMemo<ChartOption | null>(() => !d ? null : {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: d.trend.months },
    yAxis: { type: 'value' },
    series: d.trend.series.map((s) => ({ type: 'line', name: name(s), data: s.values })),
  }, [d, lang]);

  const back = (
    <Link to={`/campaigns/${encodeURIComponent(id)}`} className="back-link">
      <ArrowLeftOutlined aria-hidden /> {t('figures.back')}
    </Link>
  );
  if (req.loading && !d) return <Loading />;
  if (req.error || !d) return <div className="page">{back}<ErrorState error={req.error} onRetry={req.reload} /></div>;

  const exportPng = (key: keyof typeof charts, label: string) => {
    const url = charts[key].current?.png();
    if (url) download(url, `${d.org.name}-${label}.png`);
  };
  const pngButton = (key: keyof typeof charts, label: string) => (
    <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={() => exportPng(key, label)} aria-label={`${t('figures.exportPng')}：${label}`}>
      <span className="figures-btn-text">{t('figures.exportPng')}</span>
    </Button>
  );
  const briefingUrl = withQuery(`/api/campaigns/${encodeURIComponent(id)}/briefing.docx`, { orgId: d.org.id, from, to });

  return (
    <div className="page figures-page">
      {back}
      <PageTitle
        title={tab === 'dashboard' ? t('figures.dashboardOf', { name: d.org.name }) : t('figures.sectionOf', { name: d.org.name, section: t(`figures.tabs.${tab}`) })}
        extra={
          <Flex gap={8} wrap align="center">
            <DatePicker.RangePicker
              picker="month"
              aria-label={t('figures.range')}
              placeholder={[t('figures.allTime'), t('figures.allTime')]}
              value={from && to ? [dayjs(`${from}-01`), dayjs(`${to}-01`)] : null}
              onChange={(v) => go({ from: v?.[0] ? (v[0] as Dayjs).format('YYYY-MM') : undefined, to: v?.[1] ? (v[1] as Dayjs).format('YYYY-MM') : undefined })}
            />
            <Button icon={<FileWordOutlined aria-hidden />} href={briefingUrl}>{t('figures.briefing')}</Button>
          </Flex>
        }
      />
      <Breadcrumb
        className="figures-crumbs"
        items={[...d.ancestors, { id: d.org.id, name: d.org.name }].map((a, i, all) => ({
          title: i === all.length - 1 ? <span aria-current="page">{a.name}</span> : <a href={withQuery(pathname, { orgId: a.id, from, to })} onClick={(e) => { e.preventDefault(); go({ orgId: a.id }); }}>{a.name}</a>,
        }))}
      />
      {d.overdueMeasures ? <span className="figures-status figures-status-returned figures-overdue">{t('figures.overdue', { count: d.overdueMeasures })}</span> : null}
      {narrow ? (
        // Six tabs do not fit a phone: antd would fold some into a "more" menu inside the tablist
        // (an ARIA error), so a phone gets the sections as links that wrap.
        <nav className="figures-subnav" aria-label={t('figures.title')}>
          <ul>
            {TABS.map((k) => (
              <li key={k}>
                <a
                  href={withQuery(pathname, { orgId, from, to, tab: k === 'dashboard' ? undefined : k })}
                  aria-current={k === tab ? 'page' : undefined}
                  onClick={(e) => { e.preventDefault(); go({ tab: k === 'dashboard' ? undefined : k }); }}
                >
                  {t(`figures.tabs.${k}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <Tabs activeKey={tab} onChange={(k) => go({ tab: k === 'dashboard' ? undefined : k })} items={TABS.map((k) => ({ key: k, label: t(`figures.tabs.${k}`) }))} className="figures-tabs" />
      )}
      {tab === 'reports' && <ReportsPanel campaignId={id} org={d.org} canReport={d.can.report} />}
      {tab === 'forms' && <FormsPanel campaignId={id} org={d.org} canManage={d.can.manage} />}
      {tab === 'catalogue' && <CataloguePanel campaignId={id} />}
      {tab === 'baselines' && <BaselinesPanel key={d.org.id} campaignId={id} org={d.org} ancestors={d.ancestors} children={d.children} onUnit={(orgId) => go({ orgId })} />}
      {tab === 'bulletins' && <BulletinsPanel campaignId={id} org={d.org} canReport={d.can.report} />}
      {tab === 'dashboard' && <>

      <Typography.Title level={2} className="figures-h2">{t('figures.keyFigures')}</Typography.Title>
      <Row gutter={[12, 12]} className="figures-cards">
        {d.keyFigures.map((k) => (
          <Col key={k.code} xs={12} sm={8} md={6} xl={4}>
            <Card size="small" className="figure-card" data-code={k.code}>
              <Statistic title={name(k)} value={k.value} formatter={(v) => <span className="figure-value">{fmt(Number(v))}</span>} suffix={<span className="figure-unit">{indicatorUnit(k)}</span>} />
              {k.baseline !== null && <div className="figure-baseline">{t('figures.baseline', { value: `${fmt(k.baseline)}${indicatorUnit(k)}` })}</div>}
            </Card>
          </Col>
        ))}
      </Row>

      <Row gutter={[12, 12]} className="figures-row">
        <Col xs={24} lg={10}>
          <Card title={<h2 className="figures-card-title">{t('figures.winds')}</h2>} size="small" extra={pngButton('winds', t('figures.winds'))}>
            {d.winds.some((w) => w.value > 0) ? <EChart ref={charts.winds} option={windOption!} height={300} label={t('figures.winds')} /> : <Empty description={t('figures.noData')} />}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<h2 className="figures-card-title">{t('figures.phases')}</h2>} size="small">
            {d.phases.map((p) => (
              <div key={p.phase} className="figures-phase">
                <Flex justify="space-between" wrap gap={4}>
                  <span>{t(`figures.phase.${p.phase as Phase}`)} {p.current && <span className="figures-current">{t('figures.current')}</span>}</span>
                  <Typography.Text type="secondary">{p.startsOn} ~ {p.endsOn}</Typography.Text>
                </Flex>
                <Progress percent={p.percent} size="small" aria-label={t(`figures.phase.${p.phase as Phase}`)} />
              </div>
            ))}
          </Card>
        </Col>
      </Row>

      <Card
        className="figures-row"
        size="small"
        title={<h2 className="figures-card-title">{t('figures.children')}</h2>}
        extra={
          <Flex gap={8} wrap>
            <Select size="small" value={compareMeta?.code} onChange={setCompareCode} aria-label={t('figures.indicator')} style={{ minWidth: 140 }} options={d.compare.map((c) => ({ value: c.code, label: name(c) }))} />
            {pngButton('children', t('figures.children'))}
          </Flex>
        }
      >
        {d.children.length ? (
          <>
            <Typography.Text type="secondary">{t('figures.childrenHint')}</Typography.Text>
            <EChart ref={charts.children} option={childOption!} height={Math.max(200, d.children.length * 32 + 40)} label={t('figures.children')} onClick={({ dataIndex }) => go({ orgId: d.children[dataIndex].id })} />
            <ul className="figures-child-links">
              {d.children.map((c) => (
                <li key={c.id}>
                  <a href={withQuery(pathname, { orgId: c.id, from, to })} onClick={(e) => { e.preventDefault(); go({ orgId: c.id }); }}>{c.name}</a>{' '}
                  <span className="figure-child-value">{fmt(c.values[compareMeta?.code ?? ''] ?? 0)}{compareMeta ? indicatorUnit(compareMeta) : ''}</span>
                </li>
              ))}
            </ul>
          </>
        ) : <Empty description={t('figures.noChildren')} />}
      </Card>

      <Card className="figures-row" size="small" title={<h2 className="figures-card-title">{t('figures.trend')}</h2>} extra={pngButton('trend', t('figures.trend'))}>
        <EChart ref={charts.trend} option={trendOption!} height={280} label={t('figures.trend')} />
      </Card>
      </>}
    </div>
  );
}
