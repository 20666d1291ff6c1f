import type { ReactNode } from 'react';
import type { StaffVentureQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { formatDay } from '../../time';
import { enumLabel } from './labels';
import { Link } from './ui';

type Entry = NonNullable<NonNullable<StaffVentureQuery['venture']>['timeline']>[number];

/** The venture's journey, oldest first: every dated step, corrected ones struck through. */
export function Timeline({ entries }: { entries: Entry[] }) {
  const { t, lang, locale } = useI18n();
  const e = (v: string | null | undefined) => (v ? enumLabel(v, lang) : '');
  const step = (from: string | null | undefined, to: string) => (from ? `${e(from)} → ${e(to)}` : e(to));
  const money = (value: number, currency: string | null | undefined) =>
    currency ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value) : new Intl.NumberFormat(locale).format(value);
  if (!entries.length) return <p className="empty">{t('noTimeline')}</p>;
  return (
    <ol className="timeline">
      {entries.map((entry, i) => {
        let kind = '';
        let text: ReactNode = null;
        let voided = false;
        switch (entry.__typename) {
          case 'TimelineEnrollmentChange':
            kind = t('tlEnrollment');
            voided = !!entry.voidedAt;
            text = (
              <>
                <Link to={`/staff/cohorts/${entry.cohort.id}`}>
                  {entry.cohort.name} (FY{entry.cohort.year})
                </Link>
                : {step(entry.fromStatus, entry.toStatus)}
                {entry.entryKind !== 'MOVE' ? ` (${e(entry.entryKind)})` : ''}
              </>
            );
            break;
          case 'TimelineMentoringMonth':
            kind = t('tlMentoring');
            text = `${entry.sessionCount} ${t(entry.sessionCount === 1 ? 'session' : 'sessions')} · ${entry.totalMinutes} ${t('minutes')}`;
            break;
          case 'TimelineCollaborationStageChange':
            kind = t('tlCollaboration');
            voided = !!entry.voidedAt;
            text = `${entry.collaboration.title} (${entry.collaboration.organization.name}): ${step(entry.fromStage, entry.toStage)}`;
            break;
          case 'TimelineEngagementStatusChange':
            kind = t('tlProBono');
            voided = !!entry.voidedAt;
            text = `${entry.engagement.title}: ${step(entry.fromEngagementStatus, entry.toEngagementStatus)}`;
            break;
          case 'TimelineOutcome':
            kind = t('tlOutcome');
            text = `${entry.record.metric.name}: ${entry.record.metric.unit === 'MONEY' ? money(entry.record.value, entry.record.currency) : money(entry.record.value, null)}`;
            break;
          case 'TimelineRecognition':
            kind = t('tlRecognition');
            text = `${entry.recognition.name} (${e(entry.recognition.kind)}, ${entry.recognition.year})`;
            break;
        }
        const on = 'on' in entry ? entry.on : '';
        return (
          <li key={i} className={voided ? 'voided' : undefined} data-kind={entry.__typename}>
            <time dateTime={on}>{on ? formatDay(on, locale) : ''}</time>
            <span className="tl-kind">{kind}</span>
            <span>
              {voided ? <del>{text}</del> : text}
              {voided ? <span className="meta"> ({t('voided')})</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
