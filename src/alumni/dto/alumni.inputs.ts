import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { CollaborationStage } from '../../collaborations/collaboration.enum.js';

@InputType({ description: 'Conditions on what graduates went on to do after graduating from the cohort; all given must hold.' })
export class AlumniFilter {
  @Field({ nullable: true, description: 'true: at least one collaboration started after graduation; false: none did.' })
  @IsOptional()
  @IsBoolean()
  hasCollaboration?: boolean;
  @Field(() => CollaborationStage, { nullable: true, description: 'A collaboration started after graduation is now at this stage.' })
  @IsOptional()
  @IsEnum(CollaborationStage)
  collaborationStage?: CollaborationStage;
  @Field({
    nullable: true,
    description: 'true: a pro bono engagement for the venture started (became ACTIVE) after graduation; false: none did.',
  })
  @IsOptional()
  @IsBoolean()
  receivedProBono?: boolean;
}
