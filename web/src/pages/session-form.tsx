import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { errorsByField, type FieldErrors } from '../client';
import { describedBy, FieldError } from '../field-error';
import type { SessionFormat } from '../gql/graphql';
import { useI18n } from '../i18n';
import { isoToZoned, zonedToIso } from '../time';
import { LogSession } from './mentor-queries';

export interface AssignmentOption {
  id: string;
  ventureName: string;
  cohortName: string;
  programName: string;
  timeZone: string;
  current: boolean;
  startsOn: string;
  endsOn: string | null;
  /** The venture's founders, who may attend. */
  founders: { id: string; name: string }[];
}

const FORMATS: SessionFormat[] = ['IN_PERSON', 'ONLINE', 'PHONE'];
const newKey = () =>
  typeof crypto.randomUUID === 'function' && isSecureContext ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

interface Draft {
  assignmentId: string;
  date: string;
  time: string;
  durationMinutes: string;
  format: SessionFormat;
  topics: string[];
  attendeePersonIds: string[];
  summary: string;
  privateNotes: string;
  followUps: { text: string; dueOn: string }[];
}

const emptyDraft = (a: AssignmentOption | undefined): Draft => {
  const now = isoToZoned(new Date(), a?.timeZone ?? 'UTC');
  return {
    assignmentId: a?.id ?? '',
    date: now.date,
    time: now.time,
    durationMinutes: '60',
    format: 'IN_PERSON',
    topics: [],
    attendeePersonIds: [],
    summary: '',
    privateNotes: '',
    followUps: [],
  };
};

/** Logs a session; laid out for a 390 px wide phone first. Times are entered in the program's zone. */
export function SessionForm({
  assignments,
  topics,
  onSaved,
}: {
  assignments: AssignmentOption[];
  topics: { id: string; name: string }[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(assignments[0]));
  const [key, setKey] = useState(newKey);
  const [saved, setSaved] = useState(false);
  const [result, logSession] = useMutation(LogSession);
  const assignment = assignments.find((a) => a.id === draft.assignmentId) ?? assignments[0];
  const { fields, general } = errorsByField(result.error);
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [name]: value }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      assignmentId: assignment.id,
      heldAt: zonedToIso(draft.date, draft.time, assignment.timeZone),
      durationMinutes: Number(draft.durationMinutes),
      format: draft.format,
      topics: draft.topics,
      attendeePersonIds: draft.attendeePersonIds,
      summary: draft.summary,
      privateNotes: draft.privateNotes,
      followUps: draft.followUps.map((f) => ({ text: f.text, dueOn: f.dueOn || null })),
      idempotencyKey: key,
    };
    const res = await logSession({ input });
    if (!res.error) {
      onSaved();
      setSaved(true);
      setKey(newKey());
      setDraft(emptyDraft(assignment));
    }
  };

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t('logSession')}</h2>
      <form className="session-form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t('venture')}
          <select
            value={assignment.id}
            onChange={(e) => {
              set('assignmentId', e.target.value);
              set('attendeePersonIds', []);
            }}
            {...describedBy(fields, 'input.assignmentId')}
          >
            {assignments.map((a) => (
              <option key={a.id} value={a.id}>
                {a.ventureName} ({a.cohortName})
              </option>
            ))}
          </select>
          <FieldError errors={fields} name="input.assignmentId" />
        </label>
        <fieldset className="row">
          <legend>
            {t('heldAt')}{' '}
            <span className="meta">
              ({t('timeZoneNote')}: {assignment.timeZone})
            </span>
          </legend>
          <label>
            {t('heldOn')}
            <input
              type="date"
              required
              value={draft.date}
              onChange={(e) => set('date', e.target.value)}
              {...describedBy(fields, 'input.heldAt')}
            />
          </label>
          <label>
            {t('heldAtTime')}
            <input
              type="time"
              required
              value={draft.time}
              onChange={(e) => set('time', e.target.value)}
              {...describedBy(fields, 'input.heldAt')}
            />
          </label>
          <FieldError errors={fields} name="input.heldAt" />
        </fieldset>
        <div className="row">
          <label>
            {t('duration')}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={600}
              required
              value={draft.durationMinutes}
              onChange={(e) => set('durationMinutes', e.target.value)}
              {...describedBy(fields, 'input.durationMinutes')}
            />
            <FieldError errors={fields} name="input.durationMinutes" />
          </label>
          <label>
            {t('format')}
            <select value={draft.format} onChange={(e) => set('format', e.target.value as SessionFormat)}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(f)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {assignment.founders.length ? (
          <fieldset>
            <legend>{t('attendees')}</legend>
            <div className="chips">
              {assignment.founders.map((p) => (
                <label key={p.id} className="chip">
                  <input
                    type="checkbox"
                    checked={draft.attendeePersonIds.includes(p.id)}
                    onChange={(e) =>
                      set(
                        'attendeePersonIds',
                        e.target.checked ? [...draft.attendeePersonIds, p.id] : draft.attendeePersonIds.filter((id) => id !== p.id),
                      )
                    }
                  />
                  {p.name}
                </label>
              ))}
            </div>
            <FieldError errors={fields} name="input.attendeePersonIds" />
          </fieldset>
        ) : null}
        {topics.length ? (
          <fieldset>
            <legend>{t('topics')}</legend>
            <div className="chips">
              {topics.map((topic) => (
                <label key={topic.id} className="chip">
                  <input
                    type="checkbox"
                    checked={draft.topics.includes(topic.name)}
                    onChange={(e) =>
                      set('topics', e.target.checked ? [...draft.topics, topic.name] : draft.topics.filter((n) => n !== topic.name))
                    }
                  />
                  {topic.name}
                </label>
              ))}
            </div>
            <FieldError errors={fields} name="input.topics" />
          </fieldset>
        ) : null}
        <label>
          {t('summary')}
          <textarea
            rows={3}
            value={draft.summary}
            onChange={(e) => set('summary', e.target.value)}
            {...describedBy(fields, 'input.summary')}
          />
          <FieldError errors={fields} name="input.summary" />
        </label>
        <label>
          {t('privateNotes')}
          <textarea
            rows={3}
            value={draft.privateNotes}
            onChange={(e) => set('privateNotes', e.target.value)}
            {...describedBy(fields, 'input.privateNotes')}
          />
          <FieldError errors={fields} name="input.privateNotes" />
        </label>
        <FollowUps followUps={draft.followUps} fields={fields} onChange={(next) => set('followUps', next)} />
        {general.map((message) => (
          <p role="alert" className="form-error" key={message}>
            {message}
          </p>
        ))}
        {saved ? (
          <p role="status" className="saved">
            {t('saved')}
          </p>
        ) : null}
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? t('saving') : t('save')}
        </button>
      </form>
    </section>
  );
}

/** The follow-ups of a session: what to do, by when; any number of them. */
function FollowUps({
  followUps,
  fields,
  onChange,
}: {
  followUps: Draft['followUps'];
  fields: FieldErrors;
  onChange: (next: Draft['followUps']) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('followUps')}</legend>
      {followUps.map((f, i) => (
        <div className="row follow-up" key={i}>
          <label>
            {t('followUpText')}
            <input
              value={f.text}
              onChange={(e) => onChange(followUps.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
              {...describedBy(fields, `input.followUps.${i}.text`)}
            />
            <FieldError errors={fields} name={`input.followUps.${i}.text`} />
          </label>
          <label>
            {t('dueOn')}
            <input
              type="date"
              value={f.dueOn}
              onChange={(e) => onChange(followUps.map((x, j) => (j === i ? { ...x, dueOn: e.target.value } : x)))}
              {...describedBy(fields, `input.followUps.${i}.dueOn`)}
            />
            <FieldError errors={fields} name={`input.followUps.${i}.dueOn`} />
          </label>
          <button type="button" className="secondary" onClick={() => onChange(followUps.filter((_, j) => j !== i))}>
            {t('remove')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...followUps, { text: '', dueOn: '' }])}>
        {t('addFollowUp')}
      </button>
    </fieldset>
  );
}
