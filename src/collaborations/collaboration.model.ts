import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide } from './collaboration.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

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

@ObjectType({ description: 'One dated stage change of a collaboration.' })
export class CollaborationStageChange {
  @Field(() => CollaborationStage, { nullable: true }) fromStage: CollaborationStage | null;
  @Field(() => CollaborationStage) toStage: CollaborationStage;
  @Field(() => LocalDate) changedOn: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => DateTime) recordedAt: Date;
}

@ObjectType({ description: 'A person on either side of a collaboration.' })
export class CollaborationContact {
  @Field(() => ContactSide) side: ContactSide;
  @Field({ description: 'e.g. "project lead", "CEO".' }) role: string;
}

@ObjectType()
export class CollaborationConnection extends Paginated(Collaboration, 'Collaboration') {}
