import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { StaffProgramsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { usePrefetched } from '../../prefetch';
import { formatDay } from '../../time';
import { enumLabel } from './labels';
import { CreateCohort, StaffPrograms } from './queries';
import { fieldsOf, fiscalYear, FormStatus, Link, orNull, TextField } from './ui';

type Program = NonNullable<StaffProgramsQuery['programs']>['edges'][number]['node'];

function NewCohortForm({ program, onCreated }: { program: Program; onCreated: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [result, create] = useMutation(CreateCohort);
  const [saved, setSaved] = useState(false);
  const errors = fieldsOf(result.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await create({ input: { programId: program.id, name, startsOn: orNull(startsOn), endsOn: orNull(endsOn) } });
    if (!res.error) {
      setSaved(true);
      setName('');
      onCreated();
    }
  };
  return (
    <details className="panel">
      <summary>{t('newCohort')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={`${t('newCohort')}: ${program.name}`}>
        <TextField label={t('cohortName')} name="input.name" errors={errors.fields} value={name} onChange={setName} />
        <div className="row">
          <TextField
            label={t('startsOn')}
            name="input.startsOn"
            type="date"
            errors={errors.fields}
            value={startsOn}
            onChange={setStartsOn}
          />
          <TextField label={t('endsOn')} name="input.endsOn" type="date" errors={errors.fields} value={endsOn} onChange={setEndsOn} />
        </div>
        <p className="meta">
          {t('datesInZone')}: {program.timeZone}
        </p>
        <FormStatus errors={errors} shown={['input.name', 'input.startsOn', 'input.endsOn']} saved={saved && t('create')} />
        <button type="submit" disabled={result.fetching}>
          {t('create')}
        </button>
      </form>
    </details>
  );
}

/** Staff: every program with its cohorts, by fiscal year (the program's own fiscal calendar). */
export default function ProgramsPage() {
  const { t, lang, locale } = useI18n();
  const [programs, refetch] = useQuery({ query: StaffPrograms, requestPolicy: usePrefetched(StaffPrograms) });
  const [year, setYear] = useState('');
  if (programs.fetching && !programs.data) return <p role="status">{t('loading')}</p>;
  if (programs.error && !programs.data) return <p role="alert">{programs.error.message}</p>;
  const list = programs.data?.programs?.edges.map((e) => e.node) ?? [];
  const allCohorts = programs.data?.cohorts?.edges.map((e) => e.node) ?? [];
  const years = [...new Set(allCohorts.map((c) => c.year))].sort((a, b) => b - a);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div>
      <h1>{t('programs')}</h1>
      <p>
        <Link to="/staff/import">{t('importLink')}</Link>
      </p>
      {list.length === 0 ? <p className="empty">{t('noPrograms')}</p> : null}
      {years.length ? (
        <label className="inline">
          {t('staffFiscalYear')}
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">{t('allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                FY{y}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {list.map((p) => {
        const cohorts = allCohorts
          .filter((c) => c.program.id === p.id && (!year || c.year === Number(year)))
          .sort((a, b) => b.year - a.year);
        return (
          <section key={p.id} aria-labelledby={`program-${p.id}`}>
            <h2 id={`program-${p.id}`}>{p.name}</h2>
            <p className="meta">
              {t('timeZone')}: {p.timeZone}
            </p>
            {cohorts.length === 0 ? (
              <p className="empty">{t('noProgramCohorts')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('staffFiscalYear')}</th>
                    <th scope="col">{t('cohort')}</th>
                    <th scope="col">{t('cohortStatus')}</th>
                    <th scope="col">{t('dates')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cohorts.map((c) => (
                    <tr key={c.id}>
                      <td>{fiscalYear(c.year, p.fiscalYearStartMonth, locale)}</td>
                      <td>
                        <Link to={`/staff/cohorts/${c.id}`}>{c.name}</Link>
                      </td>
                      <td>{enumLabel(c.status, lang)}</td>
                      <td>
                        {c.startsOn ? formatDay(c.startsOn, locale) : t('none')} – {c.endsOn ? formatDay(c.endsOn, locale) : t('none')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <NewCohortForm program={p} onCreated={reload} />
          </section>
        );
      })}
    </div>
  );
}
