import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import type { AlumniSearchFilter, CollaborationDomain, CollaborationStage, Currency, Sdg } from '../../gql/graphql';
import { type Key, useI18n } from '../../i18n';
import { formatDay } from '../../time';
import { AlumniPartners, AlumniSearch } from './analyst-queries';
import { exportHref, yearChoices } from './filters';

const STAGES: CollaborationStage[] = ['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL', 'ENDED'];
const DOMAINS: CollaborationDomain[] = [
  'AGRICULTURE',
  'COMMUNITY',
  'EDUCATION',
  'EMPLOYMENT',
  'ENERGY',
  'ENVIRONMENT',
  'HEALTHCARE',
  'OTHER',
];
const SDGS: Sdg[] = [
  'NO_POVERTY',
  'ZERO_HUNGER',
  'GOOD_HEALTH_AND_WELL_BEING',
  'QUALITY_EDUCATION',
  'GENDER_EQUALITY',
  'CLEAN_WATER_AND_SANITATION',
  'AFFORDABLE_AND_CLEAN_ENERGY',
  'DECENT_WORK_AND_ECONOMIC_GROWTH',
  'INDUSTRY_INNOVATION_AND_INFRASTRUCTURE',
  'REDUCED_INEQUALITIES',
  'SUSTAINABLE_CITIES_AND_COMMUNITIES',
  'RESPONSIBLE_CONSUMPTION_AND_PRODUCTION',
  'CLIMATE_ACTION',
  'LIFE_BELOW_WATER',
  'LIFE_ON_LAND',
  'PEACE_JUSTICE_AND_STRONG_INSTITUTIONS',
  'PARTNERSHIPS_FOR_THE_GOALS',
];
const CURRENCIES: Currency[] = ['JPY', 'USD', 'EUR'];
const sdgLabel = (sdg: Sdg) => `${SDGS.indexOf(sdg) + 1}. ${sdg.toLowerCase().replace(/_/g, ' ')}`;

/** The search form's values ('' means "any"). */
interface Draft {
  programId: string;
  cohortYearFrom: string;
  cohortYearTo: string;
  sector: string;
  sdg: string;
  stage: string;
  domain: string;
  partnerId: string;
  recognized: string;
  metricCode: string;
  min: string;
  currency: string;
}
const EMPTY: Draft = {
  programId: '',
  cohortYearFrom: '',
  cohortYearTo: '',
  sector: '',
  sdg: '',
  stage: '',
  domain: '',
  partnerId: '',
  recognized: '',
  metricCode: '',
  min: '',
  currency: 'JPY',
};

/** The API's AlumniSearchFilter for the form; undefined when nothing narrows it. */
export function alumniFilter(d: Draft, moneyMetrics: Set<string>): AlumniSearchFilter | undefined {
  const f: AlumniSearchFilter = {
    ...(d.programId ? { programIds: [d.programId] } : {}),
    ...(d.cohortYearFrom ? { cohortYearFrom: Number(d.cohortYearFrom) } : {}),
    ...(d.cohortYearTo ? { cohortYearTo: Number(d.cohortYearTo) } : {}),
    ...(d.sector ? { sectors: [d.sector] } : {}),
    ...(d.sdg ? { sdgs: [d.sdg as Sdg] } : {}),
    ...(d.stage ? { collaborationStages: [d.stage as CollaborationStage] } : {}),
    ...(d.domain ? { collaborationDomains: [d.domain as CollaborationDomain] } : {}),
    ...(d.partnerId ? { partnerIds: [d.partnerId] } : {}),
    ...(d.recognized ? { recognized: d.recognized === 'yes' } : {}),
    ...(d.metricCode && d.min !== ''
      ? {
          outcomeThresholds: [
            {
              metricCode: d.metricCode,
              min: Number(d.min),
              ...(moneyMetrics.has(d.metricCode) ? { currency: d.currency as Currency } : {}),
            },
          ],
        }
      : {}),
  };
  return Object.keys(f).length ? f : undefined;
}

interface Props {
  programs: { id: string; name: string }[];
  sectors: string[];
  metrics: { code: string; name: string; unit: string }[];
}

/** Alumni search: graduated ventures matching every filter the API has, page by page, and their CSV. */
export function AlumniSearchPage({ programs, sectors, metrics }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<AlumniSearchFilter | undefined>(undefined);
  const [partners] = useQuery({ query: AlumniPartners });
  const moneyMetrics = new Set(metrics.filter((m) => m.unit === 'MONEY').map((m) => m.code));
  const set = (name: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value }));
  const select = (name: keyof Draft, label: Key, any: Key, options: { value: string; label: string }[]) => (
    <label>
      {t(label)}
      <select value={draft[name]} onChange={set(name)}>
        <option value="">{t(any)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const years = yearChoices().map((y) => ({ value: String(y), label: String(y) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied(alumniFilter(draft, moneyMetrics));
  };

  return (
    <>
      <form className="filters alumni-filters" onSubmit={submit} aria-label={t('filters')}>
        {select(
          'programId',
          'program',
          'allPrograms',
          programs.map((p) => ({ value: p.id, label: p.name })),
        )}
        {select('cohortYearFrom', 'cohortYearFrom', 'anyYear', years)}
        {select('cohortYearTo', 'cohortYearTo', 'anyYear', years)}
        {select(
          'sector',
          'sector',
          'allSectors',
          sectors.map((s) => ({ value: s, label: s })),
        )}
        {select(
          'sdg',
          'sdg',
          'anySdg',
          SDGS.map((s) => ({ value: s, label: sdgLabel(s) })),
        )}
        {select(
          'stage',
          'collaborationStage',
          'anyStage',
          STAGES.map((s) => ({ value: s, label: t(s) })),
        )}
        {select(
          'domain',
          'collaborationDomain',
          'anyDomain',
          DOMAINS.map((d) => ({ value: d, label: d.toLowerCase() })),
        )}
        {select(
          'partnerId',
          'partner',
          'anyPartner',
          (partners.data?.organizations?.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })),
        )}
        {select('recognized', 'recognized', 'either', [
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ])}
        <fieldset className="threshold">
          <legend>{t('minOutcome')}</legend>
          {select(
            'metricCode',
            'metric',
            'anyMetric',
            metrics.map((m) => ({ value: m.code, label: m.name })),
          )}
          <label>
            {t('minValue')}
            <input type="number" min={0} inputMode="decimal" value={draft.min} onChange={set('min')} disabled={!draft.metricCode} />
          </label>
          {moneyMetrics.has(draft.metricCode) ? (
            <label>
              {t('currency')}
              <select value={draft.currency} onChange={set('currency')}>
                {CURRENCIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          ) : null}
        </fieldset>
        <div className="filter-actions">
          <button type="submit">{t('searchAlumni')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(undefined);
            }}
          >
            {t('resetFilters')}
          </button>
        </div>
      </form>
      <Results key={JSON.stringify(applied ?? {})} filter={applied} />
    </>
  );
}

/** The results, a page per cursor (Show more adds the next one). */
function Results({ filter }: { filter: AlumniSearchFilter | undefined }) {
  const { t } = useI18n();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [first] = useQuery({ query: AlumniSearch, variables: { filter, after: null } });
  const total = first.data?.analytics?.alumniSearch.totalCount;
  return (
    <section aria-labelledby="results-title" className="results">
      <div className="insight-head">
        <h2 id="results-title">
          {t('results')}
          {total !== undefined ? (
            <span className="meta" role="status">
              {' '}
              {total} {t('resultsCount')}
            </span>
          ) : null}
        </h2>
        {total ? (
          <a className="button secondary" href={exportHref('alumni-search', { filter })} download>
            {t('downloadResults')}
          </a>
        ) : null}
      </div>
      {first.error ? <p role="alert">{first.error.message}</p> : null}
      {first.fetching && !first.data ? <p role="status">{t('loading')}</p> : null}
      {total === 0 ? (
        <p className="empty">{t('noAlumni')}</p>
      ) : (
        <ul className="list alumni-list">
          {cursors.map((after, i) => (
            <ResultsPage
              key={after ?? ''}
              filter={filter}
              after={after}
              last={i === cursors.length - 1}
              onMore={(next) => setCursors((c) => [...c, next])}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ResultsPage({
  filter,
  after,
  last,
  onMore,
}: {
  filter: AlumniSearchFilter | undefined;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, locale } = useI18n();
  const [page] = useQuery({ query: AlumniSearch, variables: { filter, after } });
  const conn = page.data?.analytics?.alumniSearch;
  if (!conn) return null;
  return (
    <>
      {conn.edges.map(({ node: v }) => (
        <li key={v.id}>
          <strong>{v.name}</strong>
          <span className="meta">
            {[
              v.sector,
              v.foundedOn ? `${t('founded')} ${formatDay(v.foundedOn, locale)}` : null,
              v.graduatedOn ? `${t('graduatedOn')} ${formatDay(v.graduatedOn, locale)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {v.sdgs.length ? <span className="meta">{v.sdgs.map(sdgLabel).join(', ')}</span> : null}
          {v.website ? (
            <a href={v.website} rel="noreferrer noopener" target="_blank">
              {v.website}
            </a>
          ) : null}
        </li>
      ))}
      {last && conn.pageInfo.hasNextPage && conn.pageInfo.endCursor ? (
        <li className="more">
          <button type="button" className="secondary" onClick={() => onMore(conn.pageInfo.endCursor!)}>
            {t('loadMore')}
          </button>
        </li>
      ) : null}
    </>
  );
}
