import type { AnalyticsFilter } from '../../gql/graphql';

// Plain values, no components: app.tsx imports them to ask for the insights at start (prefetch.ts).

/** The filters every chart of the insights page shares (form values: '' means "any"). */
export interface Filters {
  programId: string;
  sector: string;
  fromFiscalYear: string;
  toFiscalYear: string;
  metricCode: string;
}

export const NO_FILTERS: Filters = { programId: '', sector: '', fromFiscalYear: '', toFiscalYear: '', metricCode: '' };

const year = (value: string) => (value ? Number(value) : undefined);

/** The reports' AnalyticsFilter for the form values; undefined when nothing narrows them. */
export function analyticsFilter(f: Filters): AnalyticsFilter | undefined {
  const filter: AnalyticsFilter = {
    ...(f.programId ? { programIds: [f.programId] } : {}),
    ...(f.sector ? { sectors: [f.sector] } : {}),
    ...(f.fromFiscalYear ? { fromFiscalYear: year(f.fromFiscalYear) } : {}),
    ...(f.toFiscalYear ? { toFiscalYear: year(f.toFiscalYear) } : {}),
  };
  return Object.keys(filter).length ? filter : undefined;
}

export const fiscalYears = (f: Filters) => ({ fromFiscalYear: year(f.fromFiscalYear), toFiscalYear: year(f.toFiscalYear) });

/** The metric the outcome chart shows until one is picked: funding raised (a migration defines it). */
export const DEFAULT_METRIC = 'FUNDING_RAISED';

/** The insights query's variables for the form values. */
export function insightsVariables(filters: Filters) {
  return { filter: analyticsFilter(filters), ...fiscalYears(filters), metricCode: filters.metricCode, withSeries: !!filters.metricCode };
}
