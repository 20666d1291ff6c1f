import { type ReactNode, useMemo } from 'react';
import { useQuery } from 'urql';
import type { AnalystInsightsQuery } from '../../gql/graphql';
import { type Key, useI18n } from '../../i18n';
import { Insights } from './analyst-queries';
import { Chart, type ChartOption } from './chart';
import { usePrefetched } from '../../prefetch';
import { insightsVariables } from './filter-values';
import { analyticsFilter, exportHref, type Filters, fiscalYears } from './filters';

type Analytics = NonNullable<AnalystInsightsQuery['analytics']>;

/** The four charts, all drawn from one request with the shared filters; each with its CSV and a table. */
export function InsightsCharts({ filters }: { filters: Filters }) {
  const { t } = useI18n();
  const filter = analyticsFilter(filters);
  const years = fiscalYears(filters);
  const variables = insightsVariables(filters);
  const [result] = useQuery({ query: Insights, variables, requestPolicy: usePrefetched(Insights, variables) });
  const data = result.data?.analytics;

  if (result.fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!data) return <p role="alert">{result.error?.message ?? t('error')}</p>;
  return (
    <>
      {result.error ? <p role="alert">{result.error.message}</p> : null}
      <Section
        id="cohort-comparison"
        title={t('cohortComparison')}
        csv={exportHref('cohort-comparison', { filter })}
        empty={!data.cohortComparison.length}
      >
        <CohortComparisonChart rows={data.cohortComparison} />
      </Section>
      <Section
        id="collaboration-funnel"
        title={t('collaborationFunnel')}
        csv={exportHref('collaboration-funnel', { filter, groupBy: 'NONE' })}
        empty={!data.collaborationFunnel.some((g) => g.collaborations > 0)}
      >
        <FunnelChartView group={data.collaborationFunnel[0]} />
      </Section>
      <Section
        id="pro-bono-impact"
        title={t('proBonoImpact')}
        csv={exportHref('pro-bono-impact', { groupBy: 'FISCAL_YEAR', ...years })}
        empty={!data.proBonoImpact.groups.length}
      >
        <ProBonoChart impact={data.proBonoImpact} />
      </Section>
      <Section
        id="outcome-series"
        title={t('outcomeSeries')}
        csv={
          filters.metricCode
            ? exportHref('outcome-series', { filter, metricCode: filters.metricCode, interval: 'FISCAL_YEAR', groupBy: 'COHORT' })
            : undefined
        }
        empty={!data.outcomeSeries?.some((s) => s.points.length)}
        emptyText={filters.metricCode ? undefined : t('noMetrics')}
      >
        <OutcomeChart series={data.outcomeSeries ?? []} />
      </Section>
    </>
  );
}

function Section({
  id,
  title,
  csv,
  empty,
  emptyText,
  children,
}: {
  id: string;
  title: string;
  csv: string | undefined;
  empty: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`${id}-title`} className="insight" id={id}>
      <div className="insight-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {csv ? (
          <a className="button secondary" href={csv} download>
            {t('downloadCsv')}
            <span className="visually-hidden"> ({title})</span>
          </a>
        ) : null}
      </div>
      {empty ? <p className="empty">{emptyText ?? t('noData')}</p> : children}
    </section>
  );
}

const useFormat = () => {
  const { locale } = useI18n();
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      n: (v: number | null | undefined) => (v == null ? '–' : number.format(v)),
      pct: (v: number | null | undefined) => (v == null ? '–' : percent.format(v)),
    };
  }, [locale]);
};

function CohortComparisonChart({ rows }: { rows: Analytics['cohortComparison'] }) {
  const { t } = useI18n();
  const { n, pct } = useFormat();
  const names = rows.map((r) => `${r.programName} ${r.year}${r.provisional ? '*' : ''}`);
  const option = useMemo<ChartOption>(
    () => ({
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 140, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['enrolled', 'graduated', 'withdrawn'] as const).map((k) => ({ name: t(k), type: 'bar', data: rows.map((r) => r[k]) })),
    }),
    // names follows rows
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, t],
  );
  const summary = `${t('cohortComparison')}: ${rows.map((r, i) => `${names[i]} ${t('enrolled')} ${r.enrolled}, ${t('graduated')} ${r.graduated}, ${t('withdrawn')} ${r.withdrawn}`).join('; ')}`;
  return (
    <Chart
      option={option}
      summary={summary}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cohort')}</th>
              <th scope="col">{t('fiscalYear')}</th>
              <th scope="col">{t('enrolled')}</th>
              <th scope="col">{t('graduated')}</th>
              <th scope="col">{t('withdrawn')}</th>
              <th scope="col">{t('graduationRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cohortId}>
                <th scope="row">
                  {r.programName} {r.year}
                  {r.provisional ? <span className="meta"> ({t('provisional')})</span> : null}
                </th>
                <td>{r.fiscalYear}</td>
                <td>{n(r.enrolled)}</td>
                <td>{n(r.graduated)}</td>
                <td>{n(r.withdrawn)}</td>
                <td>{pct(r.graduationRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function FunnelChartView({ group }: { group: Analytics['collaborationFunnel'][number] }) {
  const { t } = useI18n();
  const { n, pct } = useFormat();
  const stages = group.stages.filter((s) => s.stage !== 'ENDED');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '8%',
          label: { color: '#1a1f2b', position: 'right' },
          data: stages.map((s) => ({ name: t(s.stage as Key), value: s.reached })),
        },
      ],
    }),
    // stages follows group
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [group, t],
  );
  const summary = `${t('collaborationFunnel')}: ${stages.map((s) => `${t(s.stage as Key)} ${s.reached}`).join(', ')}`;
  return (
    <Chart
      option={option}
      summary={summary}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('stage')}</th>
              <th scope="col">{t('reached')}</th>
              <th scope="col">{t('conversion')}</th>
              <th scope="col">{t('medianDays')}</th>
            </tr>
          </thead>
          <tbody>
            {group.stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(s.stage as Key)}</th>
                <td>{n(s.reached)}</td>
                <td>{pct(s.conversionFromPrevious)}</td>
                <td>{n(s.medianDaysInStage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function ProBonoChart({ impact }: { impact: Analytics['proBonoImpact'] }) {
  const { t } = useI18n();
  const { n } = useFormat();
  const groups = impact.groups;
  const option = useMemo<ChartOption>(
    () => ({
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: groups.map((g) => g.label) },
      yAxis: [
        { type: 'value', name: t('hours') },
        { type: 'value', name: t('engagements'), minInterval: 1 },
      ],
      series: [
        { name: t('hours'), type: 'bar', data: groups.map((g) => g.hours) },
        { name: t('engagements'), type: 'line', yAxisIndex: 1, data: groups.map((g) => g.engagements) },
        { name: t('volunteers'), type: 'line', yAxisIndex: 1, data: groups.map((g) => g.volunteers) },
      ],
    }),
    [groups, t],
  );
  const summary = `${t('proBonoImpact')}: ${groups.map((g) => `${g.label} ${t('hours')} ${n(g.hours)}, ${t('engagements')} ${g.engagements}`).join('; ')}`;
  return (
    <Chart
      option={option}
      summary={summary}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('fiscalYear')}</th>
              <th scope="col">{t('engagements')}</th>
              <th scope="col">{t('volunteers')}</th>
              <th scope="col">{t('hours')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.label}</th>
                <td>{n(g.engagements)}</td>
                <td>{n(g.volunteers)}</td>
                <td>{n(g.hours)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('total')}</th>
              <td>{n(impact.engagements)}</td>
              <td>{n(impact.volunteers)}</td>
              <td>{n(impact.hours)}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}

function OutcomeChart({ series }: { series: NonNullable<Analytics['outcomeSeries']> }) {
  const { t } = useI18n();
  const { n } = useFormat();
  const name = (s: (typeof series)[number]) => (s.currency ? `${s.label} (${s.currency})` : s.label);
  const periods = useMemo(() => [...new Set(series.flatMap((s) => s.points.map((p) => p.label)))].sort(), [series]);
  const option = useMemo<ChartOption>(
    () => ({
      legend: { type: 'scroll' },
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value' },
      series: series.map((s) => ({
        name: name(s),
        type: 'line',
        connectNulls: true,
        data: periods.map((p) => s.points.find((x) => x.label === p)?.value ?? null),
      })),
    }),
    // name is pure
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, periods],
  );
  const summary = `${t('outcomeSeries')}: ${series.map((s) => `${name(s)}: ${s.points.map((p) => `${p.label} ${n(p.value)}`).join(', ')}`).join('; ')}`;
  return (
    <Chart
      option={option}
      summary={summary}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('series')}</th>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('value')}</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.key}-${s.currency ?? ''}-${p.label}`}>
                  <th scope="row">{name(s)}</th>
                  <td>{p.label}</td>
                  <td>{n(p.value)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    />
  );
}
