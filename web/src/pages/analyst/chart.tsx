import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../i18n';

// Only the parts of ECharts the insights draw; this file is in the analyst chunk, loaded on demand.
echarts.use([BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphics). */
export const PALETTE = ['#0b5cab', '#1b6e3a', '#b3261e', '#7a4b00', '#6a3d9a', '#00695c', '#ad1457'];

/**
 * One chart: the canvas (hidden from screen readers, which get `summary` as its name) and, for
 * everyone, the same numbers as a table in a disclosure. The chart is drawn again when `option` changes.
 */
export function Chart({ option, summary, table }: { option: ChartOption; summary: string; table: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // Drawn before the browser paints the page (a layout effect), not a frame later: no empty boxes first.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({ color: PALETTE, animation: false, tooltip: { trigger: 'axis' }, ...option });
    const resize = () => chart.resize();
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="chart-figure">
      <div ref={ref} className="chart" role="img" aria-label={summary} />
      <details>
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  );
}
