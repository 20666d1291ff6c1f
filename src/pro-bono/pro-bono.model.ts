import { createUnionType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { Organization } from '../organizations/organization.model.js';
import { Venture } from '../ventures/venture.model.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { EngagementStatus } from './pro-bono.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';

@ObjectType({ description: 'A social issue from the list staff maintain.' })
export class SocialIssue {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @VersionField() version: number;
}

export const Beneficiary = createUnionType({
  name: 'Beneficiary',
  description: 'Who a pro bono engagement serves: an organization (NPO, local government, school) or an alumni venture.',
  types: () => [Organization, Venture] as const,
  resolveType: (value) => (value instanceof VentureEntity ? Venture : Organization),
});

@ObjectType({ description: 'Skilled volunteer work by employees for an organization or an alumni venture.' })
export class ProBonoEngagement {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => EngagementStatus, { description: 'The current status (the latest of statusHistory).' }) status: EngagementStatus;
  @Field(() => LocalDate, { description: 'When it reached the current status.' }) statusOn: string;
  @Field(() => LocalDate, { description: 'The planned start while PROPOSED; the day it became ACTIVE after that.' }) startedOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'Set when it is completed or cancelled.' }) endedOn: string | null;
  @Field(() => [Sdg]) sdgs: Sdg[];
  @Field(() => [String], { description: 'Skills used, e.g. "marketing", "web design".' }) skills: string[];
  @Field(() => String, { nullable: true, description: 'Deliverables and outcome.' }) deliverables: string | null;
  @Field(() => DateTime) createdAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: 'One dated status change of an engagement, or a correction of the latest one (corrected changes are voided).' })
export class EngagementStatusChange {
  @Field(() => ID) id: string;
  @Field(() => EngagementStatus, { nullable: true }) fromStatus: EngagementStatus | null;
  @Field(() => EngagementStatus) toStatus: EngagementStatus;
  @Field(() => LocalDate) changedOn: string;
  @Field(() => DateTime) recordedAt: Date;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of the move named by correctionOf.' })
  kind: HistoryEntryKind;
  @Field(() => ID, { nullable: true, name: 'correctionOf', description: 'The id of the move this correction corrects.' })
  correctsChangeId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the correction was made (corrections only).' }) reason: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'When a later correction undid or re-dated this move; a voided move no longer counts in reports.',
  })
  voidedAt: Date | null;
}

@ObjectType({ description: 'A person taking part in a pro bono engagement.' })
export class ProBonoVolunteer {
  @Field() role: string;
  @Field(() => Float, { description: 'Hours contributed so far: the sum of hourEntries.' }) hours: number;
  @Field(() => LocalDate) joinedOn: string;
  @Field(() => LocalDate, { description: 'Date of the latest change of role or total made with updateProBonoVolunteer.' })
  changedOn: string;
  @VersionField() version: number;
}

@ObjectType({ description: "One dated change of a volunteer's role or total (add/updateProBonoVolunteer)." })
export class ProBonoVolunteerChange {
  @Field() role: string;
  @Field(() => Float, { description: 'Their total hours right after this change.' }) hours: number;
  @Field(() => LocalDate) changedOn: string;
  @Field(() => DateTime) recordedAt: Date;
}

@ObjectType({ description: 'Hours a volunteer worked on one day; their hours are the sum of these.' })
export class ProBonoHourEntry {
  @Field(() => ID) id: string;
  @Field(() => LocalDate) workedOn: string;
  @Field(() => Float, {
    description: 'Entries added are positive; a total set with updateProBonoVolunteer records the difference, which may be negative.',
  })
  hours: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'The account that recorded it (null for migrated and demo rows).' })
  recordedByUserId: string | null;
  @Field(() => DateTime, { description: 'When it was recorded.' }) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: 'Volunteer hours of one month or fiscal year, summed from the dated entries.' })
export class VolunteerHoursBucket {
  @Field({ description: '2025-03 (MONTH) or FY2024 (FISCAL_YEAR).' }) period: string;
  @Field(() => LocalDate, {
    description: 'First day of the period (the earliest, when programs start their fiscal years in different months).',
  })
  startsOn: string;
  @Field(() => LocalDate, { description: 'Last day of the period (the latest, likewise).' }) endsOn: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'The fiscal year the period lies in, named by the year it starts in (null for a month that programs with different calendars place in different years).',
  })
  fiscalYear: number | null;
  @Field(() => Float) hours: number;
  @Field(() => Int) entries: number;
  @Field(() => Int, { description: 'Distinct people.' }) volunteers: number;
  @Field(() => Int) engagements: number;
}

@ObjectType({ description: 'Volunteer totals of one engagement.' })
export class VolunteerTotals {
  @Field(() => Int, { description: 'Distinct people.' }) volunteerCount: number;
  @Field(() => Float) totalHours: number;
}

@ObjectType()
export class ProBonoEngagementConnection extends Paginated(ProBonoEngagement, 'ProBonoEngagement') {}
