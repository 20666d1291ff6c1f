import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { CollaborationStage } from '../../collaborations/collaboration.enums.js';

@InputType({ description: 'Conditions on what graduates went on to do; all given must hold.' })
export class AlumniFilter {
  @Field({ nullable: true, description: 'true: has at least one collaboration; false: has none.' }) @IsOptional() @IsBoolean() hasCollaboration?: boolean;
  @Field(() => CollaborationStage, { nullable: true, description: 'Has a collaboration currently at this stage.' })
  @IsOptional() @IsEnum(CollaborationStage) collaborationStage?: CollaborationStage;
  @Field({ nullable: true, description: 'true: is the beneficiary of an ACTIVE or COMPLETED pro bono engagement; false: of none.' })
  @IsOptional() @IsBoolean() receivedProBono?: boolean;
}
