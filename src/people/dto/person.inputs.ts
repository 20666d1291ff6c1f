import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import { IsId, IsName, IsReference, OptionalNotNull, OptionalNullable, IsLocalDate } from '../../common/validation/decorators.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** Hiragana, katakana (full- or half-width), ー・ and spaces. */
const IsKana = () => Matches(/^[\u3040-\u30ff\u31f0-\u31ff\uff65-\uff9f\s]+$/, { message: '$property must be written in kana' });
const KANA_DESCRIPTION = 'The reading of the name in katakana or hiragana (e.g. ヤマダ タロウ); search matches it.';
const LATIN_DESCRIPTION = 'The name in Latin letters (e.g. Taro Yamada); search matches it.';
const IsPhone = () => Matches(/^\+?[0-9 ()-]{5,30}$/, { message: '$property must be a phone number' });

@InputType()
export class AffiliationInput {
  @Field(() => ID) @IsId() organizationId: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) role?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() startsOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() endsOn?: string | null;
}

@InputType()
export class CreatePersonInput {
  @Field() @IsName() name: string;
  @Field(() => String, { nullable: true, description: KANA_DESCRIPTION }) @OptionalNullable() @IsName() @IsKana() nameKana?: string | null;
  @Field(() => String, { nullable: true, description: LATIN_DESCRIPTION }) @OptionalNullable() @IsName() nameLatin?: string | null;
  @Field(() => String, { nullable: true, description: 'Unique, case-insensitive.' })
  @OptionalNullable()
  @trimmed
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @trimmed @IsPhone() phone?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The school's own id (e.g. a student number): trimmed, at most 64 characters, unique.",
  })
  @OptionalNullable()
  @IsReference()
  reference?: string | null;
  @Field(() => [AffiliationInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AffiliationInput)
  affiliations?: AffiliationInput[];
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdatePersonInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() name?: string;
  @Field(() => String, { nullable: true, description: KANA_DESCRIPTION }) @OptionalNullable() @IsName() @IsKana() nameKana?: string | null;
  @Field(() => String, { nullable: true, description: LATIN_DESCRIPTION }) @OptionalNullable() @IsName() nameLatin?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @trimmed @IsEmail() @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @trimmed @IsPhone() phone?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The school's own id (e.g. a student number): trimmed, at most 64 characters, unique.",
  })
  @OptionalNullable()
  @IsReference()
  reference?: string | null;
}

@InputType()
export class AddAffiliationInput extends AffiliationInput {
  @Field(() => ID) @IsId() personId: string;
}

@InputType({ description: 'Changes an affiliation; fields left out stay as they are, null clears role or a date.' })
export class UpdateAffiliationInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => ID, { nullable: true }) @OptionalNotNull() @IsId() organizationId?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) role?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() startsOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The last day; not before startsOn.' })
  @OptionalNullable()
  @IsLocalDate()
  endsOn?: string | null;
}

@InputType({ description: 'Ends an affiliation: it stays in the history with this last day.' })
export class EndAffiliationInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => LocalDate, { description: 'The last day: not in the future, not before it started.' }) @IsLocalDate() on: string;
}

@InputType()
export class PersonFilter {
  @Field({
    nullable: true,
    description: 'Part of the name, reading or Latin spelling: NFKC-normalised, case-, width- and kana-insensitive (やまだ finds ヤマダ).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
  @Field(() => ID, { nullable: true, description: 'People affiliated with this organization (at any time).' })
  @IsOptional()
  @IsId()
  organizationId?: string;
}

export enum PersonOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PersonOrderField, { name: 'PersonOrderField' });

@InputType()
export class PersonOrder {
  @Field(() => PersonOrderField, { defaultValue: PersonOrderField.NAME })
  @IsEnum(PersonOrderField)
  field: PersonOrderField = PersonOrderField.NAME;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;
  @Field(() => PersonOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonOrder)
  orderBy?: PersonOrder;
}
