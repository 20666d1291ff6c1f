import { Field, ID, ObjectType } from '@nestjs/graphql';
import { visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { EnrollmentStatus } from './enrollment-status.enum.js';

@ObjectType({ description: "A venture's membership of a cohort; `history` holds every dated status change." })
export class Enrollment {
  @Field(() => ID) id: string;
  @Field(() => EnrollmentStatus) status: EnrollmentStatus;
  @Field(() => LocalDate, { description: 'Date of the latest status change.' }) statusOn: string;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
}

@ObjectType({
  description:
    'One status change of an enrollment as recorded, or a correction of the latest one (never overwritten: corrected moves are voided).',
})
export class EnrollmentEvent {
  @Field(() => ID) id: string;
  @Field(() => EnrollmentStatus, { nullable: true }) fromStatus: EnrollmentStatus | null;
  @Field(() => EnrollmentStatus) toStatus: EnrollmentStatus;
  @Field(() => LocalDate, { description: 'When it happened.' }) occurredOn: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who recorded it (their sign-in email): staff and admins only.',
    middleware: [visibleTo(Role.STAFF)],
  })
  recordedBy: string | null;
  @Field(() => DateTime, { description: 'When it was recorded.' }) recordedAt: Date;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of the move named by correctionOf.' })
  kind: HistoryEntryKind;
  @Field(() => ID, { nullable: true, name: 'correctionOf', description: 'The id of the move this correction corrects.' })
  correctsEventId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the correction was made (corrections only).' }) reason: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'When a later correction undid or re-dated this move; a voided move no longer counts in reports.',
  })
  voidedAt: Date | null;
}

@ObjectType()
export class EnrollmentConnection extends Paginated(Enrollment, 'Enrollment') {}
