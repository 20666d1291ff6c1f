import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide } from './collaboration.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';

@ObjectType({ description: 'A post-graduation business relationship between a venture and an organization.' })
export class Collaboration {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => CollaborationDomain) domain: CollaborationDomain;
  @Field(() => CollaborationKind) kind: CollaborationKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => LocalDate) startedOn: string;
  @Field(() => LocalDate, { nullable: true }) endedOn: string | null;
  @Field(() => CollaborationStage, { description: 'The current stage (the latest of stageHistory).' }) stage: CollaborationStage;
  @Field(() => LocalDate, { description: 'When it reached the current stage.' }) stageOn: string;
  @Field(() => [Sdg]) sdgs: Sdg[];
  @Field(() => DateTime) createdAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: 'One dated stage change of a collaboration, or a correction of the latest one (corrected changes are voided).' })
export class CollaborationStageChange {
  @Field(() => ID) id: string;
  @Field(() => CollaborationStage, { nullable: true }) fromStage: CollaborationStage | null;
  @Field(() => CollaborationStage) toStage: CollaborationStage;
  @Field(() => LocalDate) changedOn: string;
  @Field(() => DateTime) recordedAt: Date;
  @Field(() => HistoryEntryKind, { description: 'MOVE, or a correction (UNDO / REDATE) of the move named by correctionOf.' })
  kind: HistoryEntryKind;
  @Field(() => ID, { nullable: true, name: 'correctionOf', description: 'The id of the move this correction corrects.' })
  correctsChangeId: string | null;
  @Field(() => String, { nullable: true, description: 'Why it ended, or why the correction was made.' }) reason: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'When a later correction undid or re-dated this move; a voided move no longer counts in reports.',
  })
  voidedAt: Date | null;
}

@ObjectType({ description: 'A person on either side of a collaboration.' })
export class CollaborationContact {
  @Field(() => ContactSide) side: ContactSide;
  @Field({ description: 'e.g. "project lead", "CEO".' }) role: string;
}

@ObjectType()
export class CollaborationConnection extends Paginated(Collaboration, 'Collaboration') {}
