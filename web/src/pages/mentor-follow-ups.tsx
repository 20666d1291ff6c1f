import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { formatDay } from '../time';
import { SetFollowUpDone } from './mentor-queries';

interface FollowUp {
  id: string;
  text: string;
  dueOn?: string | null;
}

/** The mentor's open follow-ups, soonest due first; each can be marked done (and undone right after). */
export function OpenFollowUps({ followUps, onChanged }: { followUps: FollowUp[]; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const [result, setDone] = useMutation(SetFollowUpDone);
  const [justDone, setJustDone] = useState<FollowUp[]>([]);
  // Marked done here: out of the open list at once, whatever the refetch still says.
  const open = followUps.filter((f) => !justDone.some((d) => d.id === f.id));
  const mark = async (f: FollowUp, done: boolean) => {
    const res = await setDone({ input: { id: f.id, done } });
    if (res.error) return;
    setJustDone((list) => (done ? [...list, f] : list.filter((x) => x.id !== f.id)));
    onChanged();
  };
  return (
    <section aria-labelledby="followups-title">
      <h2 id="followups-title">{t('openFollowUps')}</h2>
      {result.error ? <p role="alert">{result.error.message}</p> : null}
      {open.length === 0 ? (
        <p className="empty">{t('noFollowUps')}</p>
      ) : (
        <ul className="list follow-ups">
          {open.map((f) => (
            <li key={f.id} className="follow-up-item">
              <span>
                {f.text}
                {f.dueOn ? (
                  <span className="meta">
                    {' '}
                    · {t('due')} {formatDay(f.dueOn, locale)}
                  </span>
                ) : null}
              </span>
              <button type="button" className="secondary" disabled={result.fetching} onClick={() => void mark(f, true)}>
                {t('markDone')}
                <span className="visually-hidden">: {f.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {justDone.length ? (
        <div role="status">
          <ul className="list done" aria-label={t('doneFollowUps')}>
            {justDone.map((f) => (
              <li key={f.id} className="follow-up-item">
                <span>
                  {t('markedDone')} <s>{f.text}</s>
                </span>
                <button type="button" className="secondary" disabled={result.fetching} onClick={() => void mark(f, false)}>
                  {t('undo')}
                  <span className="visually-hidden">: {f.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
