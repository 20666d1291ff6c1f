import { useQuery } from 'urql';
import { useI18n } from '../../i18n';
import { formatDay } from '../../time';
import { CollaborationForm, EngagementForm, OutcomeForm } from './activity-forms';
import { VolunteerForms } from './volunteer-forms';
import { enumLabel } from './labels';
import { FormChoices, StaffVenture } from './venture-queries';
import { Timeline } from './timeline';
import { fiscalYear, Link, todayIn } from './ui';

/** Staff: a venture's founders, its journey, and the forms that add to it. */
export default function VenturePage({ id }: { id: string }) {
  const { t, lang, locale } = useI18n();
  const [query, refetch] = useQuery({ query: StaffVenture, variables: { id } });
  const [choices] = useQuery({ query: FormChoices });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (query.fetching && !query.data) return <p role="status">{t('loading')}</p>;
  const venture = query.data?.venture;
  if (!venture) return <p role="alert">{query.error?.message ?? t('notFoundRecord')}</p>;
  const enrollments = venture.enrollments ?? [];
  // Its dates are days in its latest cohort's program's zone (the server decides "today" there).
  const latest = [...enrollments].sort((a, b) => b.cohort.year - a.cohort.year)[0];
  const zone = latest?.cohort.program.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = todayIn(zone);
  const day = (d: string | null | undefined) => (d ? formatDay(d, locale) : t('none'));
  const props = { ventureId: venture.id, today, onDone: reload };
  return (
    <div>
      <p>
        {latest ? (
          <Link to={`/staff/cohorts/${latest.cohort.id}`}>← {latest.cohort.name}</Link>
        ) : (
          <Link to="/staff">← {t('backToPrograms')}</Link>
        )}
      </p>
      <h1>{venture.name}</h1>
      <p className="meta">
        {[venture.sector, venture.foundedOn ? `${t('foundedOn')} ${day(venture.foundedOn)}` : null, venture.website]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {venture.description ? <p>{venture.description}</p> : null}

      <h2>{t('founders')}</h2>
      {venture.founders.length ? (
        <ul className="list">
          {venture.founders.map((f) => (
            <li key={f.person.id}>
              <strong>{f.person.name}</strong>
              <span className="meta">{[f.person.nameKana, f.role].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('noFounders')}</p>
      )}

      <h2>{t('enrollments')}</h2>
      {enrollments.length ? (
        <ul className="list">
          {enrollments.map((e) => (
            <li key={e.id}>
              <Link to={`/staff/cohorts/${e.cohort.id}`}>
                {e.cohort.program.name} · {e.cohort.name}
              </Link>
              <span className="meta">
                {fiscalYear(e.cohort.year, e.cohort.program.fiscalYearStartMonth, locale)} · {enumLabel(e.status, lang)} {day(e.statusOn)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('noTimeline')}</p>
      )}

      <h2>{t('journey')}</h2>
      <p className="meta">
        {t('datesInZone')}: {zone}
      </p>
      <Timeline entries={venture.timeline ?? []} />

      <h2>{t('collaborations')}</h2>
      {venture.collaborations?.length ? (
        <ul className="list">
          {venture.collaborations.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong>
              <span className="meta">
                {c.organization.name} · {enumLabel(c.stage, lang)} {day(c.stageOn)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <CollaborationForm {...props} choices={choices.data} />

      <h2>{t('proBono')}</h2>
      {venture.proBonoSupport?.length ? (
        <ul className="list">
          {venture.proBonoSupport.map((g) => (
            <li key={g.id}>
              <strong>{g.title}</strong>
              <span className="meta">
                {enumLabel(g.status, lang)} · {t('startedOn')} {day(g.startedOn)} · {g.volunteerTotals.volunteerCount}{' '}
                {t('staffVolunteers')} · {g.volunteerTotals.totalHours} {t('totalHours')}
              </span>
              {g.volunteers.length ? (
                <ul>
                  {g.volunteers.map((v) => (
                    <li key={v.person.id}>
                      {v.person.name} ({v.role}): {v.hours} {t('staffHours')}
                    </li>
                  ))}
                </ul>
              ) : null}
              <VolunteerForms engagementId={g.id} title={g.title} volunteers={g.volunteers} today={today} onDone={reload} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('noProBono')}</p>
      )}
      <EngagementForm {...props} />

      <h2>{t('outcomes')}</h2>
      <OutcomeForm {...props} choices={choices.data} />
    </div>
  );
}
