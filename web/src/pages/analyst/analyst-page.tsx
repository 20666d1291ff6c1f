import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n';
import { usePrefetched } from '../../prefetch';
import { navigate, usePath } from '../../router';
import { AlumniSearchPage } from './alumni-page';
import { AnalystChoices } from './analyst-queries';
import { DEFAULT_METRIC } from './filter-values';
import { FilterBar, type Filters, NO_FILTERS } from './filters';
import { InsightsCharts } from './insights-page';

/** Analyst (and staff): the insights charts at /analyst, alumni search at /analyst/alumni. A chunk loaded on demand. */
export default function AnalystPage() {
  const { t } = useI18n();
  const path = usePath();
  const alumni = path.startsWith('/analyst/alumni');
  const [choices] = useQuery({ query: AnalystChoices, requestPolicy: usePrefetched(AnalystChoices) });
  const [picked, setFilters] = useState<Filters>(NO_FILTERS);
  const metrics = choices.data?.metricDefinitions ?? [];
  const programs = choices.data?.programs?.edges.map((e) => e.node) ?? [];
  const sectors = choices.data?.ventureSectors?.map((s) => s.sector) ?? [];
  // The metric shown until one is picked: funding raised (a migration defines it), so the charts'
  // request need not wait for the list of metrics; the first metric if it was ever removed.
  const fallback = !choices.data || metrics.some((m) => m.code === DEFAULT_METRIC) ? DEFAULT_METRIC : (metrics[0]?.code ?? '');
  const filters = { ...picked, metricCode: picked.metricCode || fallback };
  const tab = (href: string, label: string, current: boolean) => (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate(href);
      }}
    >
      {label}
    </a>
  );

  return (
    <div className="analyst">
      <h1>{alumni ? t('alumni') : t('analyst')}</h1>
      <nav aria-label={t('analystSections')} className="tabs">
        {tab('/analyst', t('insights'), !alumni)}
        {tab('/analyst/alumni', t('alumni'), alumni)}
      </nav>
      {choices.error && !choices.data ? <p role="alert">{choices.error.message}</p> : null}
      {alumni ? (
        <AlumniSearchPage programs={programs} sectors={sectors} metrics={metrics} />
      ) : (
        <>
          <FilterBar value={filters} onChange={setFilters} choices={{ programs, sectors, metrics }} />
          <InsightsCharts filters={filters} />
        </>
      )}
    </div>
  );
}
