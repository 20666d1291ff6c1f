import { useMemo } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { usePrefetched } from '../prefetch';
import { formatDay, formatInZone } from '../time';
import { OpenFollowUps } from './mentor-follow-ups';
import { MentorHome, MySessions } from './mentor-queries';
import { SessionForm, type AssignmentOption } from './session-form';

const today = () => new Date().toISOString().slice(0, 10);

/** The mentor's page: my ventures (current first), the session form, open follow-ups, past sessions. */
export function MentorPage() {
  const { t, locale } = useI18n();
  const [home, refetchHome] = useQuery({ query: MentorHome, requestPolicy: usePrefetched(MentorHome) });
  const [sessions, refetchSessions] = useQuery({ query: MySessions, requestPolicy: usePrefetched(MySessions) });
  // A new session and its follow-ups: both lists are read again from the server.
  const onSaved = () => {
    refetchHome({ requestPolicy: 'network-only' });
    refetchSessions({ requestPolicy: 'network-only' });
  };

  const assignments = useMemo<AssignmentOption[]>(() => {
    const rows = home.data?.myAssignments ?? [];
    return rows
      .map((a) => ({
        id: a.id,
        ventureName: a.enrollment.venture.name,
        cohortName: a.enrollment.cohort.name,
        programName: a.enrollment.cohort.program.name,
        timeZone: a.enrollment.cohort.program.timeZone,
        current: !a.endsOn || a.endsOn >= today(),
        startsOn: a.startsOn,
        endsOn: a.endsOn ?? null,
        founders: a.enrollment.venture.founders.map((f) => f.person),
      }))
      .sort((a, b) => Number(b.current) - Number(a.current) || a.ventureName.localeCompare(b.ventureName, locale));
  }, [home.data, locale]);

  if (home.fetching && !home.data) return <p role="status">{t('loading')}</p>;
  if (home.error && !home.data) return <p role="alert">{home.error.message}</p>;
  const followUps = home.data?.myOpenFollowUps ?? [];
  const past = sessions.data?.mySessions?.edges.map((e) => e.node) ?? [];

  return (
    <div className="mentor">
      <h1>{t('mentor')}</h1>
      <section aria-labelledby="ventures-title">
        <h2 id="ventures-title">{t('myVentures')}</h2>
        {assignments.length === 0 ? (
          <p className="empty">{t('noVentures')}</p>
        ) : (
          <ul className="cards">
            {assignments.map((a) => (
              <li key={a.id} className={a.current ? 'card' : 'card ended'}>
                <strong>{a.ventureName}</strong>
                <span className={a.current ? 'badge' : 'badge muted'}>{a.current ? t('current') : t('ended')}</span>
                <span className="meta">
                  {a.programName} · {a.cohortName}
                </span>
                <span className="meta">
                  {formatDay(a.startsOn, locale)} – {a.endsOn ? formatDay(a.endsOn, locale) : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {assignments.some((a) => a.current) ? (
        <SessionForm assignments={assignments.filter((a) => a.current)} topics={home.data?.mentoringTopics ?? []} onSaved={onSaved} />
      ) : null}

      <OpenFollowUps followUps={followUps} onChanged={() => refetchHome({ requestPolicy: 'network-only' })} />

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('pastSessions')}</h2>
        {past.length === 0 ? (
          <p className="empty">{sessions.fetching ? t('loading') : t('noSessions')}</p>
        ) : (
          <ul className="list sessions">
            {past.map((s) => (
              <li key={s.id}>
                <strong>{s.venture.name}</strong>
                <span className="meta">
                  {formatInZone(s.heldAt, s.assignment.enrollment.cohort.program.timeZone, locale)} · {s.durationMinutes} {t('minutes')} ·{' '}
                  {t(s.format)}
                </span>
                {s.topics.length ? <span className="meta">{s.topics.join(', ')}</span> : null}
                {s.attendees.length ? (
                  <span className="meta">
                    {t('attendees')}: {s.attendees.map((p) => p.name).join(', ')}
                  </span>
                ) : null}
                {s.summary ? <span>{s.summary}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
