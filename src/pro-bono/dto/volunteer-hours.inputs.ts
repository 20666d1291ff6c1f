import { ArgsType, Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';
import { IsDecimal, IsId, IsLocalDate, IsText, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';

/** Hours of one entry: more than 0, at most two decimals. */
const IsEntryHours = () => IsDecimal(2, 0.01, 99999);

export enum HoursInterval {
  MONTH = 'MONTH',
  FISCAL_YEAR = 'FISCAL_YEAR',
}
registerEnumType(HoursInterval, {
  name: 'HoursInterval',
  description: "MONTH: calendar months. FISCAL_YEAR: the engagement's program's fiscal year (DEFAULT_FISCAL_YEAR_START_MONTH without one).",
});

@InputType({ description: 'Hours a volunteer worked on one day.' })
export class AddProBonoHourEntryInput {
  @Field(() => ID) @IsId() engagementId: string;
  @Field(() => ID, { description: 'The volunteer (a person already added to the engagement).' }) @IsId() personId: string;
  @Field(() => LocalDate, { description: 'The day worked: not in the future, not before they joined.' }) @IsLocalDate() workedOn: string;
  @Field(() => Float, { description: 'More than 0, at most two decimals.' }) @IsEntryHours() hours: number;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(1000) note?: string | null;
}

@InputType({ description: 'Corrects an entry; fields left out stay as they are, a null note clears it.' })
export class UpdateProBonoHourEntryInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNotNull() @IsLocalDate() workedOn?: string;
  @Field(() => Float, { nullable: true }) @OptionalNotNull() @IsEntryHours() hours?: number;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(1000) note?: string | null;
}

@InputType()
export class VolunteerHoursFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() engagementId?: string;
  @Field(() => ID, { nullable: true, description: 'One volunteer (person).' }) @IsOptional() @IsId() personId?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Entries worked on or after.' }) @IsOptional() @IsLocalDate() from?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Entries worked on or before.' }) @IsOptional() @IsLocalDate() to?: string;
}

@ArgsType()
export class VolunteerHoursArgs {
  @Field(() => HoursInterval, { defaultValue: HoursInterval.MONTH }) @IsEnum(HoursInterval) groupBy: HoursInterval = HoursInterval.MONTH;
  @Field(() => VolunteerHoursFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VolunteerHoursFilter)
  filter?: VolunteerHoursFilter;
}
