import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorsByField } from '../client';
import { describedBy, FieldError } from '../field-error';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { formatDay, isoToZoned } from '../time';

const StaffCohorts = graphql(`
  query StaffCohorts {
    cohorts(first: 50) {
      edges {
        node {
          id
          name
          year
          program {
            id
            name
            timeZone
          }
        }
      }
    }
  }
`);

const CohortEnrollments = graphql(`
  query CohortEnrollments($id: ID!) {
    cohort(id: $id) {
      id
      enrollments {
        id
        status
        statusOn
        venture {
          id
          name
        }
      }
    }
  }
`);

const Admit = graphql(`
  mutation AdmitVenture($input: EnrollmentTransitionInput!) {
    admitVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);
const Start = graphql(`
  mutation StartProgram($input: EnrollmentTransitionInput!) {
    startProgram(input: $input) {
      id
      status
      statusOn
    }
  }
`);
const Graduate = graphql(`
  mutation GraduateVenture($input: EnrollmentTransitionInput!) {
    graduateVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);
const Withdraw = graphql(`
  mutation WithdrawVenture($input: EnrollmentTransitionInput!) {
    withdrawVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);

/** The next moves an enrollment in a status can make (the server decides; this only offers). */
const NEXT: Record<string, ('admit' | 'start' | 'graduate' | 'withdraw')[]> = {
  APPLIED: ['admit', 'withdraw'],
  ADMITTED: ['start', 'withdraw'],
  ACTIVE: ['graduate', 'withdraw'],
};

const STATUS_JA: Record<string, string> = { APPLIED: '応募', ADMITTED: '採択', ACTIVE: '参加中', GRADUATED: '修了', WITHDRAWN: '辞退' };
const MOVE_LABEL = {
  en: { admit: 'Admit', start: 'Start', graduate: 'Graduate', withdraw: 'Withdraw' },
  ja: { admit: '採択', start: '開始', graduate: '修了', withdraw: '辞退' },
};

function Move({ enrollmentId, status, zone }: { enrollmentId: string; status: string; zone: string }) {
  const { t, lang } = useI18n();
  const moves = NEXT[status] ?? [];
  const [move, setMove] = useState(moves[0]);
  const [on, setOn] = useState(() => isoToZoned(new Date(), zone).date);
  const [admit, doAdmit] = useMutation(Admit);
  const [start, doStart] = useMutation(Start);
  const [graduate, doGraduate] = useMutation(Graduate);
  const [withdraw, doWithdraw] = useMutation(Withdraw);
  if (!moves.length || !move) return null;
  const run = { admit: doAdmit, start: doStart, graduate: doGraduate, withdraw: doWithdraw }[move];
  const last = { admit, start, graduate, withdraw }[move];
  const { fields, general } = errorsByField(last.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run({ input: { enrollmentId, on } });
  };
  const id = `move-${enrollmentId}`;
  return (
    <form className="move" onSubmit={submit}>
      <label htmlFor={`${id}-kind`} className="visually-hidden">
        {t('move')}
      </label>
      <select id={`${id}-kind`} value={move} onChange={(e) => setMove(e.target.value as typeof move)}>
        {moves.map((m) => (
          <option key={m} value={m}>
            {MOVE_LABEL[lang][m]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-on`} className="visually-hidden">
        {t('moveOn')}
      </label>
      <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} {...describedBy(fields, 'input.on')} />
      <button type="submit" disabled={last.fetching}>
        {t('move')}
      </button>
      <FieldError errors={fields} name="input.on" />
      {general.map((m) => (
        <span role="alert" className="field-error" key={m}>
          {m}
        </span>
      ))}
    </form>
  );
}

/** Staff: a cohort's enrollments with their statuses, and the dated moves between them. */
export function StaffPage() {
  const { t, lang, locale } = useI18n();
  const [cohorts] = useQuery({ query: StaffCohorts });
  const list = cohorts.data?.cohorts?.edges.map((e) => e.node) ?? [];
  const [cohortId, setCohortId] = useState<string | null>(null);
  const selected = list.find((c) => c.id === cohortId) ?? list[0];
  const [enrollments] = useQuery({ query: CohortEnrollments, variables: { id: selected?.id ?? '' }, pause: !selected });
  if (cohorts.fetching && !cohorts.data) return <p role="status">{t('loading')}</p>;
  if (!list.length) return <p className="empty">{t('noCohorts')}</p>;
  const rows = enrollments.data?.cohort?.enrollments ?? [];
  return (
    <div>
      <h1>{t('staff')}</h1>
      <label>
        {t('chooseCohort')}
        <select value={selected.id} onChange={(e) => setCohortId(e.target.value)}>
          {list.map((c) => (
            <option key={c.id} value={c.id}>
              {c.program.name} · {c.name} ({c.year})
            </option>
          ))}
        </select>
      </label>
      <h2>{t('enrollments')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{enrollments.fetching ? t('loading') : t('noEnrollments')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('venture')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('statusOn')}</th>
              <th scope="col">{t('move')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.venture.name}</td>
                <td>{lang === 'ja' ? (STATUS_JA[r.status] ?? r.status) : r.status}</td>
                <td>{formatDay(r.statusOn, locale)}</td>
                <td>
                  <Move key={`${r.id}-${r.status}`} enrollmentId={r.id} status={r.status} zone={selected.program.timeZone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
