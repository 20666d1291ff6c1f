import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import { IsId, IsName, IsText, IsWebsite, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { OrganizationKind } from '../organization-kind.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class CreateOrganizationInput {
  @Field() @IsName() name: string;
  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;
  @Field(() => ID, { nullable: true, description: 'The organization this one belongs to (NEC Body Care under NEC).' })
  @OptionalNullable()
  @IsId()
  parentId?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsWebsite() website?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) country?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) region?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateOrganizationInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() name?: string;
  @Field(() => OrganizationKind, { nullable: true }) @OptionalNotNull() @IsEnum(OrganizationKind) kind?: OrganizationKind;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() parentId?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsWebsite() website?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) country?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) region?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true })
  kinds?: OrganizationKind[];
  @Field(() => ID, { nullable: true, description: 'Direct children of this organization.' })
  @IsOptional()
  @IsId()
  parentId?: string;
  @Field({ nullable: true, description: 'Only organizations without a parent.' })
  @IsOptional()
  topLevel?: boolean;
  @Field({ nullable: true, description: 'Case-insensitive match on the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });

@InputType()
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { defaultValue: OrganizationOrderField.NAME })
  @IsEnum(OrganizationOrderField)
  field: OrganizationOrderField = OrganizationOrderField.NAME;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
  @Field(() => OrganizationOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationOrder)
  orderBy?: OrganizationOrder;
}
