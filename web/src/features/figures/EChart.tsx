import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { currentLanguage } from '../../i18n';

// Only the charts and components the dashboard uses are registered, to keep the bundle small.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface EChartHandle {
  /** The chart as a PNG data URL (white background). */
  png(): string | null;
}

// Traditional (TC) faces first when the console is in zh-TW.
const FONT_SC = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
const FONT_TC = '"PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", "WenQuanYi Zen Hei", sans-serif';
const font = () => (currentLanguage() === 'zh-TW' ? FONT_TC : FONT_SC);

export const EChart = forwardRef<EChartHandle, { option: ChartOption; height: number; label: string; onClick?: (params: { dataIndex: number }) => void }>(
  function EChart({ option, height, label, onClick }, ref) {
    const el = useRef<HTMLDivElement>(null);
    const chart = useRef<echarts.ECharts | null>(null);
    const clickRef = useRef(onClick);
    clickRef.current = onClick;
    useImperativeHandle(ref, () => ({ png: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null }));
    useEffect(() => {
      if (!el.current) return;
      const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
      chart.current = c;
      c.on('click', (p) => clickRef.current?.({ dataIndex: (p as { dataIndex: number }).dataIndex }));
      const ro = new ResizeObserver(() => c.resize());
      ro.observe(el.current);
      return () => {
        ro.disconnect();
        c.dispose();
        chart.current = null;
      };
    }, []);
    useEffect(() => {
      chart.current?.setOption({ textStyle: { fontFamily: font() }, animation: false, ...option }, true);
    }, [option]);
    return <div ref={el} style={{ width: '100%', height }} role="img" aria-label={label} />;
  },
);
