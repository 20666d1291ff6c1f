import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { EnrollmentStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Admit, Graduate, Redate, Start, Undo, Withdraw } from './queries';
import { fieldsOf, FormStatus, TextField, todayIn } from './ui';

type MoveKind = 'admit' | 'start' | 'graduate' | 'withdraw' | 'undo' | 'redate';

/** The moves an enrollment in a status can make (the server decides; this only offers them). */
const NEXT: Record<EnrollmentStatus, MoveKind[]> = {
  APPLIED: ['admit', 'withdraw'],
  ADMITTED: ['start', 'withdraw'],
  ACTIVE: ['graduate', 'withdraw'],
  GRADUATED: [],
  WITHDRAWN: [],
};

/**
 * The dated moves of one enrollment (admit, start, graduate, withdraw) and the corrections of the
 * latest one (undo, or a new date), each with the day in the program's time zone.
 */
export function EnrollmentMoves({
  enrollmentId,
  ventureName,
  status,
  moves: moveCount,
  zone,
  onDone,
}: {
  enrollmentId: string;
  ventureName: string;
  status: EnrollmentStatus;
  /** How many live moves its history has (the first cannot be undone). */
  moves: number;
  zone: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const offered: MoveKind[] = [...NEXT[status], ...(moveCount > 1 ? (['undo'] as const) : []), 'redate'];
  const [move, setMove] = useState<MoveKind>(offered[0]);
  const [on, setOn] = useState(() => todayIn(zone));
  const [text, setText] = useState('');
  const mutations = {
    admit: useMutation(Admit),
    start: useMutation(Start),
    graduate: useMutation(Graduate),
    withdraw: useMutation(Withdraw),
    undo: useMutation(Undo),
    redate: useMutation(Redate),
  };
  const [last, run] = mutations[move];
  const errors = fieldsOf(last.error);
  const correction = move === 'undo' || move === 'redate';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res =
      move === 'undo'
        ? await mutations.undo[1]({ input: { enrollmentId, reason: text } })
        : move === 'redate'
          ? await mutations.redate[1]({ input: { enrollmentId, on, reason: text } })
          : await (run as (typeof mutations)['admit'][1])({ input: { enrollmentId, on, note: text || null } });
    if (!res.error) {
      setText('');
      onDone();
    }
  };
  const id = `move-${enrollmentId}`;
  return (
    <form className="move" onSubmit={(e) => void submit(e)} noValidate aria-label={`${t('move')}: ${ventureName}`}>
      <label>
        <span className="visually-hidden">{t('move')}</span>
        <select id={`${id}-kind`} aria-label={t('move')} value={move} onChange={(e) => setMove(e.target.value as MoveKind)}>
          {offered.map((m) => (
            <option key={m} value={m}>
              {t(m === 'undo' ? 'staffUndo' : m)}
            </option>
          ))}
        </select>
      </label>
      {move !== 'undo' ? (
        <TextField label={t('moveOn')} name="input.on" type="date" errors={errors.fields} value={on} onChange={setOn} />
      ) : null}
      <TextField
        label={correction ? t('reason') : t('note')}
        name={correction ? 'input.reason' : 'input.note'}
        errors={errors.fields}
        value={text}
        onChange={setText}
      />
      <button type="submit" disabled={last.fetching}>
        {t('move')}
      </button>
      <FormStatus errors={errors} shown={['input.on', 'input.reason', 'input.note']} />
    </form>
  );
}
