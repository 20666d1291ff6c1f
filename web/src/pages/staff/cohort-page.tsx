import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { EventKind, StaffCohortQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { formatDay } from '../../time';
import { EnrollForm } from './enroll-form';
import { EnrollmentMoves } from './enrollment-moves';
import { enumLabel } from './labels';
import { AssignMentor, CreateEvent, StaffCohort } from './queries';
import { fieldsOf, fiscalYear, FormStatus, Link, orNull, SelectField, TextField, todayIn } from './ui';

type Cohort = NonNullable<StaffCohortQuery['cohort']>;
type Load = NonNullable<StaffCohortQuery['mentorLoad']>[number];

function AssignForm({ cohort, load, onDone }: { cohort: Cohort; load: Load[]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const assignable = (cohort.enrollments ?? []).filter((e) => e.status === 'ADMITTED' || e.status === 'ACTIVE');
  const [enrollmentId, setEnrollmentId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [role, setRole] = useState<'LEAD' | 'SUPPORT'>('LEAD');
  const [startsOn, setStartsOn] = useState(() => todayIn(cohort.program.timeZone));
  const [saved, setSaved] = useState(false);
  const [result, assign] = useMutation(AssignMentor);
  const errors = fieldsOf(result.error);
  if (!load.length) return <p className="empty">{t('noMentors')}</p>;
  if (!assignable.length) return <p className="empty">{t('noAssignable')}</p>;
  const enrollment = assignable.some((e) => e.id === enrollmentId) ? enrollmentId : assignable[0].id;
  const mentor = load.some((m) => m.mentorId === mentorId) ? mentorId : load[0].mentorId;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await assign({ input: { enrollmentId: enrollment, mentorId: mentor, role, startsOn } });
    if (!res.error) {
      setSaved(true);
      onDone();
    }
  };
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t('assignMentor')}</h3>
      <div className="row">
        <SelectField
          label={t('venture')}
          name="input.enrollmentId"
          errors={errors.fields}
          value={enrollment}
          onChange={setEnrollmentId}
          options={assignable.map((e) => [e.id, e.venture.name])}
        />
        <SelectField
          label={t('mentorCol')}
          name="input.mentorId"
          errors={errors.fields}
          value={mentor}
          onChange={setMentorId}
          options={load.map((m) => [
            m.mentorId,
            `${m.mentor.person.name} (${m.activeVentures}/${m.capacity}${m.activeVentures >= m.capacity ? `, ${t('full')}` : ''})`,
          ])}
        />
        <SelectField
          label={t('role')}
          name="input.role"
          errors={errors.fields}
          value={role}
          onChange={(v) => setRole(v as typeof role)}
          options={(['LEAD', 'SUPPORT'] as const).map((r) => [r, enumLabel(r, lang)])}
        />
        <TextField label={t('startsOn')} name="input.startsOn" type="date" errors={errors.fields} value={startsOn} onChange={setStartsOn} />
      </div>
      <FormStatus
        errors={errors}
        shown={['input.enrollmentId', 'input.mentorId', 'input.role', 'input.startsOn']}
        saved={saved && t('assigned')}
      />
      <button type="submit" disabled={result.fetching}>
        {t('assign')}
      </button>
    </form>
  );
}

const EVENT_KINDS: EventKind[] = ['WORKSHOP', 'FORUM', 'FESTIVAL_PROGRAM', 'OTHER'];

function EventForm({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind>('WORKSHOP');
  const [startsOn, setStartsOn] = useState(() => todayIn(cohort.program.timeZone));
  const [endsOn, setEndsOn] = useState('');
  const [place, setPlace] = useState('');
  const [online, setOnline] = useState(false);
  const [saved, setSaved] = useState(false);
  const [result, create] = useMutation(CreateEvent);
  const errors = fieldsOf(result.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const input = {
      cohortId: cohort.id,
      programId: cohort.program.id,
      title,
      kind,
      startsOn,
      endsOn: orNull(endsOn),
      place: orNull(place),
      online,
    };
    const res = await create({ input });
    if (!res.error) {
      setSaved(true);
      setTitle('');
      onDone();
    }
  };
  return (
    <details className="panel">
      <summary>{t('newEvent')}</summary>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('newEvent')}>
        <div className="row">
          <TextField label={t('title')} name="input.title" errors={errors.fields} value={title} onChange={setTitle} />
          <SelectField
            label={t('kind')}
            name="input.kind"
            errors={errors.fields}
            value={kind}
            onChange={(v) => setKind(v as EventKind)}
            options={EVENT_KINDS.map((k) => [k, enumLabel(k, lang)])}
          />
          <TextField
            label={t('startsOn')}
            name="input.startsOn"
            type="date"
            errors={errors.fields}
            value={startsOn}
            onChange={setStartsOn}
          />
          <TextField label={t('endsOn')} name="input.endsOn" type="date" errors={errors.fields} value={endsOn} onChange={setEndsOn} />
          <TextField label={t('place')} name="input.place" errors={errors.fields} value={place} onChange={setPlace} />
          <label className="chip">
            <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} />
            {t('online')}
          </label>
        </div>
        <FormStatus
          errors={errors}
          shown={['input.title', 'input.kind', 'input.startsOn', 'input.endsOn', 'input.place']}
          saved={saved && t('eventSaved')}
        />
        <button type="submit" disabled={result.fetching}>
          {t('saveEvent')}
        </button>
      </form>
    </details>
  );
}

/** Staff: one cohort's enrollments, their dated moves and corrections, mentors and events. */
export default function CohortPage({ id }: { id: string }) {
  const { t, lang, locale } = useI18n();
  const [query, refetch] = useQuery({ query: StaffCohort, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (query.fetching && !query.data) return <p role="status">{t('loading')}</p>;
  const cohort = query.data?.cohort;
  if (!cohort) return <p role="alert">{query.error?.message ?? t('notFoundRecord')}</p>;
  const zone = cohort.program.timeZone;
  const rows = cohort.enrollments ?? [];
  const load = query.data?.mentorLoad ?? [];
  const events = query.data?.events?.edges.map((e) => e.node) ?? [];
  const day = (d: string | null | undefined) => (d ? formatDay(d, locale) : t('none'));
  return (
    <div>
      <p>
        <Link to="/staff">← {t('backToPrograms')}</Link>
      </p>
      <h1>
        {cohort.program.name} · {cohort.name}
      </h1>
      <p className="meta">
        {fiscalYear(cohort.year, cohort.program.fiscalYearStartMonth, locale)} · {enumLabel(cohort.status, lang)} · {day(cohort.startsOn)} –{' '}
        {day(cohort.endsOn)} · {t('datesInZone')}: {zone}
      </p>

      <h2>{t('enrollments')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('noEnrollments')}</p>
      ) : (
        <table className="enrollments">
          <thead>
            <tr>
              <th scope="col">{t('venture')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('history')}</th>
              <th scope="col">{t('mentors')}</th>
              <th scope="col">{t('move')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const live = r.history.filter((h) => !h.voidedAt);
              return (
                <tr key={r.id} data-status={r.status}>
                  <td>
                    <Link to={`/staff/ventures/${r.venture.id}`}>{r.venture.name}</Link>
                  </td>
                  <td>
                    <strong className="status">{enumLabel(r.status, lang)}</strong>
                    <br />
                    <span className="meta">{day(r.statusOn)}</span>
                  </td>
                  <td>
                    <ol className="moves">
                      {live.map((h) => (
                        <li key={h.id}>
                          {enumLabel(h.toStatus, lang)} {day(h.occurredOn)}
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td>
                    {r.mentorAssignments.length
                      ? r.mentorAssignments.map((a) => (
                          <span key={a.id} className="meta">
                            {a.mentor.person.name} ({enumLabel(a.role, lang)}, {day(a.startsOn)}
                            {a.endsOn ? ` – ${day(a.endsOn)}` : ''})
                            <br />
                          </span>
                        ))
                      : t('none')}
                  </td>
                  <td>
                    <EnrollmentMoves
                      key={`${r.id}-${r.status}-${live.length}`}
                      enrollmentId={r.id}
                      ventureName={r.venture.name}
                      status={r.status}
                      moves={live.length}
                      zone={zone}
                      onDone={reload}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <EnrollForm cohortId={cohort.id} zone={zone} onDone={reload} />

      <h2>{t('mentors')}</h2>
      {load.length ? (
        <table>
          <caption className="visually-hidden">{t('mentorLoad')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mentorCol')}</th>
              <th scope="col">{t('load')}</th>
            </tr>
          </thead>
          <tbody>
            {load.map((m) => (
              <tr key={m.mentorId}>
                <td>{m.mentor.person.name}</td>
                <td>
                  {m.activeVentures} / {m.capacity}
                  {m.activeVentures >= m.capacity ? <span className="badge muted">{t('full')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <AssignForm cohort={cohort} load={load} onDone={reload} />

      <h2>{t('events')}</h2>
      {events.length === 0 ? (
        <p className="empty">{t('noEvents')}</p>
      ) : (
        <ul className="list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{e.title}</strong>
              <span className="meta">
                {enumLabel(e.kind, lang)} · {day(e.startsOn)}
                {e.endsOn !== e.startsOn ? ` – ${day(e.endsOn)}` : ''}
                {e.place ? ` · ${e.place}` : ''}
                {e.online ? ` · ${t('online')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <EventForm cohort={cohort} onDone={reload} />
    </div>
  );
}
