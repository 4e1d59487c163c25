import { useMemo, useState } from 'react';
import { Breadcrumb, Card, Empty, Flex, Grid, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHASES, type Id, type MatrixAction, type MatrixCell, type MatrixRow } from '../../shared/api-types';
import { formatPercent } from '../../shared/format';
import { OrgSelect } from '../../shared/OrgSelect';
import { ErrorState } from '../../shared/ui';
import { useRequest } from '../../shared/useRequest';
import { campaignApi } from './campaignApi';
import { percentBand, PHASE_COLORS } from './labels';
import { UnitItemsDrawer } from './UnitItemsDrawer';

interface Line {
  key: string;
  isTotals: boolean;
  org: { id: Id; name: string; childCount: number };
  units: number;
  cells: Map<Id, MatrixCell>;
}

export function ProgressMatrix({ campaignId, reloadKey }: { campaignId: Id; reloadKey: number }) {
  const { t } = useTranslation();
  const [orgId, setOrgId] = useState<Id | null>(null);
  const [tick, setTick] = useState(0);
  const req = useRequest((signal) => campaignApi.matrix(campaignId, orgId, signal), [campaignId, orgId, reloadKey, tick]);
  const [unit, setUnit] = useState<{ org: { id: Id; name: string }; actionId: Id } | null>(null);
  const data = req.data;
  const wide = Grid.useBreakpoint().md ?? true;

  const lines: Line[] = useMemo(() => {
    if (!data) return [];
    const toMap = (cells: MatrixCell[]) => new Map(cells.map((c) => [c.actionId, c]));
    const own: Line = {
      key: `totals:${data.org.id}`,
      isTotals: true,
      org: { id: data.org.id, name: data.org.name, childCount: data.rows.length },
      units: data.rows.reduce((s, r) => s + r.units, 0),
      cells: toMap(data.totals),
    };
    return [
      own,
      ...data.rows.map((r: MatrixRow) => ({
        key: r.org.id,
        isTotals: false,
        org: r.org,
        units: r.units,
        cells: toMap(r.cells),
      })),
    ];
  }, [data]);

  const columns: TableColumnsType<Line> = useMemo(() => {
    if (!data) return [];
    const cellColumn = (a: MatrixAction) => ({
      key: a.id,
      title: (
        <span className="matrix-action-title" title={a.title}>
          {a.title}
          {!a.required && <span className="matrix-optional">（{t('campaigns.optional')}）</span>}
        </span>
      ),
      width: wide ? 112 : 92,
      align: 'center' as const,
      render: (_: unknown, line: Line) => {
        const cell = line.cells.get(a.id);
        if (!cell) return <span className="muted">—</span>;
        const band = percentBand(cell.percent);
        const tip = t('matrix.cellTooltip', { done: cell.done, inProgress: cell.inProgress, total: cell.total });
        const chip = (
          <span className={`pct pct-${band}`}>
            <span className="pct-value">{formatPercent(cell.percent)}</span>
            <span className="pct-count">
              {cell.done}/{cell.total}
            </span>
          </span>
        );
        const leaf = !line.isTotals && line.org.childCount === 0;
        if (leaf) {
          return (
            <Tooltip title={tip}>
              <button type="button" className="pct-button" onClick={() => setUnit({ org: line.org, actionId: a.id })}>
                {chip}
                <span className="sr-only">{t('matrix.openItem', { org: line.org.name, action: a.title })}</span>
              </button>
            </Tooltip>
          );
        }
        return (
          <Tooltip title={tip}>
            <span>
              {chip}
              <span className="sr-only">{tip}</span>
            </span>
          </Tooltip>
        );
      },
    });

    const groups = PHASES.map((p) => ({ phase: p, actions: data.actions.filter((a) => a.phase === p) })).filter(
      (g) => g.actions.length > 0,
    );

    return [
      {
        key: 'org',
        title: t('matrix.unit'),
        fixed: 'start',
        width: wide ? 170 : 116,
        className: 'matrix-org-col',
        render: (_: unknown, line: Line) => (
          <div className="matrix-org">
            {line.isTotals ? (
              <span className="matrix-org-name">
                <strong>{line.org.name}</strong>
                <span className="matrix-totals-label">{t('matrix.totals')}</span>
              </span>
            ) : line.org.childCount > 0 ? (
              <button
                type="button"
                className="link-button matrix-org-name"
                aria-label={t('matrix.drillDown', { name: line.org.name })}
                onClick={() => setOrgId(line.org.id)}
              >
                {line.org.name}
              </button>
            ) : (
              <span className="matrix-org-name">
                {line.org.name}
                {data && line.org.id === data.org.id && <span className="matrix-totals-label">{t('matrix.self')}</span>}
              </span>
            )}
            <span className="matrix-units">
              {t('matrix.units')} {line.units}
            </span>
          </div>
        ),
      },
      ...groups.map((g) => ({
        key: g.phase,
        align: 'left' as const,
        title: (
          <span className="matrix-phase-head" style={{ left: (wide ? 170 : 116) + 8 }}>
            <Tag color={PHASE_COLORS[g.phase]} className="matrix-phase-tag">
              {t(`phaseNo.${g.phase}`)}
            </Tag>
            <span className="matrix-phase-name">{t(`phase.${g.phase}`)}</span>
          </span>
        ),
        children: g.actions.map(cellColumn),
      })),
    ];
  }, [data, t, wide]);

  const crumbs = data
    ? [
        ...data.ancestors.filter((a) => a.id !== data.org.id).map((a) => ({
          key: a.id,
          title: (
            <a
              href={`#matrix-${a.id}`}
              onClick={(e) => {
                e.preventDefault();
                setOrgId(a.id);
              }}
            >
              {a.name}
            </a>
          ),
        })),
        { key: data.org.id, title: <span aria-current="location">{data.org.name}</span> },
      ]
    : [];

  return (
    <Card className="matrix-card" title={<h2 className="card-title">{t('matrix.title')}</h2>}>
      <Typography.Paragraph type="secondary" className="matrix-hint">
        {t('matrix.hint')}
      </Typography.Paragraph>
      <Flex gap={12} wrap align="center" justify="space-between" className="mb-12">
        <nav aria-label={t('matrix.title')} className="matrix-breadcrumb">
          <Breadcrumb items={crumbs} />
        </nav>
        <div className="matrix-locate">
          <label htmlFor="matrix-locate" className="sr-only">
            {t('matrix.locate')}
          </label>
          <OrgSelect
            id="matrix-locate"
            placeholder={t('matrix.locate')}
            value={null}
            onChange={(v) => v && setOrgId(v)}
            style={{ width: '100%' }}
          />
        </div>
      </Flex>
      <div className="matrix-legend" aria-label={t('matrix.legend')}>
        <span className="pct pct-high legend-chip">{t('matrix.legendDone')}</span>
        <span className="pct pct-mid legend-chip">{t('matrix.legendMid')}</span>
        <span className="pct pct-low legend-chip">{t('matrix.legendLow')}</span>
      </div>
      {req.error ? (
        <ErrorState error={req.error} onRetry={() => setTick((x) => x + 1)} />
      ) : (
        <Table<Line>
          className="matrix-table"
          size="small"
          bordered
          rowKey="key"
          loading={req.loading}
          columns={columns}
          dataSource={lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(l) => (l.isTotals ? 'matrix-totals-row' : '')}
          locale={{ emptyText: <Empty description={t('matrix.noRows')} /> }}
        />
      )}
      <UnitItemsDrawer
        campaignId={campaignId}
        unit={unit}
        actions={data?.actions ?? []}
        onClose={() => setUnit(null)}
        onSaved={() => setTick((x) => x + 1)}
      />
    </Card>
  );
}
