import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

// Only the parts of ECharts this page draws; the page itself is a chunk loaded on demand.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const Comparison = graphql(`
  query AnalystCohortComparison {
    analytics {
      cohortComparison {
        cohortId
        programName
        year
        enrolled
        graduated
        withdrawn
      }
    }
  }
`);

/** Analyst: the cohort comparison as a chart, with its data as CSV (the server's /exports). */
export default function AnalystPage() {
  const { t, lang } = useI18n();
  const [result] = useQuery({ query: Comparison });
  const rows = useMemo(() => result.data?.analytics?.cohortComparison ?? [], [result.data]);
  const chartRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!chartRef.current || !rows.length) return;
    const chart = echarts.init(chartRef.current);
    const labels = lang === 'ja' ? ['参加', '修了', '辞退'] : ['Enrolled', 'Graduated', 'Withdrawn'];
    chart.setOption({
      aria: { enabled: true },
      tooltip: {},
      legend: {},
      grid: { containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => `${r.programName} ${r.year}`) },
      yAxis: { type: 'value' },
      series: [
        { name: labels[0], type: 'bar', data: rows.map((r) => r.enrolled) },
        { name: labels[1], type: 'bar', data: rows.map((r) => r.graduated) },
        { name: labels[2], type: 'bar', data: rows.map((r) => r.withdrawn) },
      ],
    });
    const resize = () => chart.resize();
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, lang]);

  return (
    <div>
      <h1>{t('analyst')}</h1>
      <section aria-labelledby="comparison-title">
        <h2 id="comparison-title">{t('cohortComparison')}</h2>
        <a className="button" href="/exports/cohort-comparison.csv" download>
          {t('downloadCsv')}
        </a>
        {result.fetching && !result.data ? <p role="status">{t('loading')}</p> : null}
        {result.error ? <p role="alert">{result.error.message}</p> : null}
        {rows.length ? <div ref={chartRef} className="chart" role="img" aria-label={t('cohortComparison')} /> : null}
        {!result.fetching && !rows.length ? <p className="empty">{t('noCohorts')}</p> : null}
      </section>
    </div>
  );
}
