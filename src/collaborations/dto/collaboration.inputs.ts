import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsLocalDate, IsName, IsText, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide, STAGE_ORDER } from '../collaboration.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class CreateCollaborationInput {
  @Field(() => ID) @IsId() ventureId: string;
  @Field(() => ID, { description: 'Often a corporate unit, such as NEC Body Care under NEC.' }) @IsId() organizationId: string;
  @Field() @IsName() title: string;
  @Field(() => CollaborationDomain) @IsEnum(CollaborationDomain) domain: CollaborationDomain;
  @Field(() => CollaborationKind) @IsEnum(CollaborationKind) kind: CollaborationKind;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => LocalDate, { description: 'Not before the venture was founded.' }) @IsLocalDate() startedOn: string;
  @Field(() => CollaborationStage, { defaultValue: CollaborationStage.EXPLORING, description: 'The stage it started in (not ENDED).' })
  @IsIn(STAGE_ORDER, { message: 'stage must be EXPLORING, PILOT, DEMONSTRATION or COMMERCIAL' })
  stage: CollaborationStage = CollaborationStage.EXPLORING;
  @Field(() => [Sdg], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
}

@InputType({ description: 'Fields left out stay as they are. The stage moves with changeCollaborationStage.' })
export class UpdateCollaborationInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() title?: string;
  @Field(() => CollaborationDomain, { nullable: true }) @OptionalNotNull() @IsEnum(CollaborationDomain) domain?: CollaborationDomain;
  @Field(() => CollaborationKind, { nullable: true }) @OptionalNotNull() @IsEnum(CollaborationKind) kind?: CollaborationKind;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => [Sdg], { nullable: true }) @OptionalNotNull() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
}

@InputType({
  description: 'Forward only (stages may be skipped), or ENDED with a reason from any stage; dated, never before the previous change.',
})
export class ChangeCollaborationStageInput {
  @Field(() => ID) @IsId() collaborationId: string;
  @Field(() => CollaborationStage) @IsEnum(CollaborationStage) stage: CollaborationStage;
  @Field(() => LocalDate) @IsLocalDate() on: string;
  @Field(() => String, { nullable: true, description: 'Required for ENDED.' }) @OptionalNullable() @IsText(2000) reason?: string | null;
}

@InputType()
export class AddCollaborationContactInput {
  @Field(() => ID) @IsId() collaborationId: string;
  @Field(() => ID) @IsId() personId: string;
  @Field(() => ContactSide) @IsEnum(ContactSide) side: ContactSide;
  @Field() @IsName(100) role: string;
}

@InputType()
export class RemoveCollaborationContactInput {
  @Field(() => ID) @IsId() collaborationId: string;
  @Field(() => ID) @IsId() personId: string;
}

@InputType()
export class CollaborationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ventureId?: string;
  @Field(() => ID, { nullable: true, description: 'This organization or any unit under it.' })
  @IsOptional()
  @IsId()
  organizationId?: string;
  @Field(() => [CollaborationStage], { nullable: true })
  @IsOptional()
  @IsEnum(CollaborationStage, { each: true })
  stages?: CollaborationStage[];
  @Field(() => [CollaborationDomain], { nullable: true })
  @IsOptional()
  @IsEnum(CollaborationDomain, { each: true })
  domains?: CollaborationDomain[];
  @Field(() => [Sdg], { nullable: true, description: 'Any of these goals.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Sdg, { each: true })
  sdgs?: Sdg[];
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() startedFrom?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() startedTo?: string;
}

@ArgsType()
export class CollaborationsArgs extends PageArgs {
  @Field(() => CollaborationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CollaborationFilter)
  filter?: CollaborationFilter;
}
