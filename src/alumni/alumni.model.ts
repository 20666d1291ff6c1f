import { createUnionType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollaborationStage } from '../collaborations/collaboration.enum.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { EnrollmentStatus } from '../enrollments/enrollment-status.enum.js';
import { EngagementStatus } from '../pro-bono/pro-bono.enum.js';

@ObjectType({ description: 'A collaboration that started after the venture graduated.' })
export class CollaborationAfterGraduation {
  @Field(() => Int, { description: 'Days from graduation to the start (0: the same day).' }) daysAfterGraduation: number;
}

@ObjectType({ description: 'A pro bono engagement for the venture that started after it graduated.' })
export class EngagementAfterGraduation {
  @Field(() => Int, { description: 'Days from graduation to the start (0: the same day).' }) daysAfterGraduation: number;
}

@ObjectType({ description: 'What a graduated venture went on to do, counted from its (first) graduation.' })
export class AfterGraduation {
  @Field(() => LocalDate) graduatedOn: string;
  @Field(() => [CollaborationAfterGraduation], { description: 'Oldest start first.' }) collaborations: CollaborationAfterGraduation[];
  @Field(() => [EngagementAfterGraduation], { description: 'Engagements that became ACTIVE, oldest start first.' })
  proBonoSupport: EngagementAfterGraduation[];
}

export enum TimelineKind {
  ENROLLMENT = 'ENROLLMENT',
  MENTORING = 'MENTORING',
  COLLABORATION = 'COLLABORATION',
  PRO_BONO = 'PRO_BONO',
  OUTCOME = 'OUTCOME',
  RECOGNITION = 'RECOGNITION',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

@ObjectType({ description: 'The venture moved to a status in a cohort.' })
export class TimelineEnrollmentChange {
  @Field(() => LocalDate) on: string;
  @Field(() => EnrollmentStatus, { nullable: true }) fromStatus: EnrollmentStatus | null;
  @Field(() => EnrollmentStatus) toStatus: EnrollmentStatus;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of an earlier row.' }) entryKind: HistoryEntryKind;
  @Field(() => String, { nullable: true, description: 'Why the correction was made.' }) reason: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Set when a correction undid or re-dated this move: it no longer counts.' })
  voidedAt: Date | null;
}

@ObjectType({ description: 'Mentoring in one month: counts only, never notes.' })
export class TimelineMentoringMonth {
  @Field(() => LocalDate, { description: 'The first day of the month.' }) on: string;
  @Field(() => Int) sessionCount: number;
  @Field(() => Int) totalMinutes: number;
}

@ObjectType({ description: 'A collaboration reached a stage (the first entry is where it started).' })
export class TimelineCollaborationStageChange {
  @Field(() => LocalDate) on: string;
  @Field(() => CollaborationStage, { nullable: true }) fromStage: CollaborationStage | null;
  @Field(() => CollaborationStage) toStage: CollaborationStage;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of an earlier row.' }) entryKind: HistoryEntryKind;
  @Field(() => String, { nullable: true, description: 'Why the correction was made (or why it ended).' }) reason: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Set when a correction undid or re-dated this move: it no longer counts.' })
  voidedAt: Date | null;
}

@ObjectType({ description: 'A pro bono engagement for the venture was proposed, started, completed or cancelled.' })
export class TimelineEngagementStatusChange {
  @Field(() => LocalDate) on: string;
  // Named apart from TimelineEnrollmentChange.toStatus: union members may not share a field name with another type.
  @Field(() => EngagementStatus, { nullable: true }) fromEngagementStatus: EngagementStatus | null;
  @Field(() => EngagementStatus) toEngagementStatus: EngagementStatus;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of an earlier row.' }) entryKind: HistoryEntryKind;
  @Field(() => String, { nullable: true, description: 'Why the correction was made.' }) reason: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Set when a correction undid or re-dated this move: it no longer counts.' })
  voidedAt: Date | null;
}

@ObjectType({ description: 'A current outcome value, on its asOf date or at the end of its period.' })
export class TimelineOutcome {
  @Field(() => LocalDate) on: string;
}

@ObjectType({ description: 'An award or media selection; `on` is 1 January of its year when the day is not known.' })
export class TimelineRecognition {
  @Field(() => LocalDate) on: string;
}

/** One row of the timeline query; `kind` picks the GraphQL type. */
export interface TimelineRow {
  ventureId: string;
  kind: TimelineKind;
  on: string;
  refId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  sessionCount: number | null;
  totalMinutes: number | null;
  /** Status rows: MOVE, UNDO or REDATE (MOVE for the other kinds). */
  entryKind: HistoryEntryKind;
  reason: string | null;
  voidedAt: Date | null;
}

const TIMELINE_TYPES = {
  [TimelineKind.ENROLLMENT]: TimelineEnrollmentChange,
  [TimelineKind.MENTORING]: TimelineMentoringMonth,
  [TimelineKind.COLLABORATION]: TimelineCollaborationStageChange,
  [TimelineKind.PRO_BONO]: TimelineEngagementStatusChange,
  [TimelineKind.OUTCOME]: TimelineOutcome,
  [TimelineKind.RECOGNITION]: TimelineRecognition,
};

export const TimelineEntry = createUnionType({
  name: 'TimelineEntry',
  description: "One dated step of a venture's journey; every member has `on`.",
  types: () => Object.values(TIMELINE_TYPES),
  resolveType: (row: TimelineRow) => TIMELINE_TYPES[row.kind],
});
