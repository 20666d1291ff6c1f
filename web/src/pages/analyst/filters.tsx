import { useI18n } from '../../i18n';
import { type Filters, NO_FILTERS } from './filter-values';

export { analyticsFilter, type Filters, fiscalYears, NO_FILTERS } from './filter-values';

/** The server's CSV of a report with the same arguments as the chart (GET /exports; the session cookie signs it). */
export function exportHref(report: string, args: object): string {
  const json = JSON.stringify(args); // undefined members are left out
  return `/exports/${report}.csv${json === '{}' ? '' : `?args=${encodeURIComponent(json)}`}`;
}

/** Years offered by the year pickers: the last twenty fiscal years and the next one, newest first. */
export function yearChoices(now = new Date()): number[] {
  const last = now.getUTCFullYear() + 1;
  return Array.from({ length: 22 }, (_, i) => last - i);
}

interface Choices {
  programs: { id: string; name: string }[];
  sectors: string[];
  metrics: { code: string; name: string }[];
}

export function FilterBar({ value, onChange, choices }: { value: Filters; onChange: (next: Filters) => void; choices: Choices }) {
  const { t } = useI18n();
  const set = (name: keyof Filters) => (e: { target: { value: string } }) => onChange({ ...value, [name]: e.target.value });
  const years = yearChoices();
  const yearSelect = (name: 'fromFiscalYear' | 'toFiscalYear') => (
    <label>
      {t(name)}
      <select value={value[name]} onChange={set(name)}>
        <option value="">{t('anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filters" aria-labelledby="filters-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-title" className="visually-hidden">
        {t('filters')}
      </h2>
      <label>
        {t('program')}
        <select value={value.programId} onChange={set('programId')}>
          <option value="">{t('allPrograms')}</option>
          {choices.programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sector')}
        <select value={value.sector} onChange={set('sector')}>
          <option value="">{t('allSectors')}</option>
          {choices.sectors.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {yearSelect('fromFiscalYear')}
      {yearSelect('toFiscalYear')}
      <label>
        {t('metric')}
        <select value={value.metricCode} onChange={set('metricCode')} disabled={!choices.metrics.length}>
          {choices.metrics.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" onClick={() => onChange({ ...NO_FILTERS, metricCode: value.metricCode })}>
        {t('resetFilters')}
      </button>
      <p className="meta filters-note">{t('filtersNote')}</p>
    </form>
  );
}
