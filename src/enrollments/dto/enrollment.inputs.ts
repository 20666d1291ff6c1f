import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import { IsId, IsText, OptionalNullable, IsLocalDate } from '../../common/validation/decorators.js';
import { EnrollmentStatus } from '../enrollment-status.enum.js';

@InputType()
export class EnrollVentureInput {
  @Field(() => ID) @IsId() cohortId: string;
  @Field(() => ID) @IsId() ventureId: string;
  @Field(() => EnrollmentStatus, {
    defaultValue: EnrollmentStatus.APPLIED,
    description: 'APPLIED (default) or ADMITTED when the application is recorded after the fact.',
  })
  @IsIn([EnrollmentStatus.APPLIED, EnrollmentStatus.ADMITTED], { message: 'status must be APPLIED or ADMITTED' })
  status: EnrollmentStatus = EnrollmentStatus.APPLIED;
  @Field(() => LocalDate, { description: "When it happened, a day in the program's time zone; not after the program's today." })
  @IsLocalDate()
  on: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(2000) note?: string | null;
}

@InputType({ description: 'A dated status change of one enrollment.' })
export class EnrollmentTransitionInput {
  @Field(() => ID) @IsId() enrollmentId: string;
  @Field(() => LocalDate, {
    description: "When it happened, a day in the program's time zone: not after the program's today, not before the previous change.",
  })
  @IsLocalDate()
  on: string;
  @Field(() => String, { nullable: true, description: 'e.g. the reason for a withdrawal.' })
  @OptionalNullable()
  @IsText(2000)
  note?: string | null;
}

@InputType()
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ventureId?: string;
  @Field(() => [EnrollmentStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(EnrollmentStatus, { each: true })
  statuses?: EnrollmentStatus[];
}

export enum EnrollmentOrderField {
  STATUS_ON = 'STATUS_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(EnrollmentOrderField, { name: 'EnrollmentOrderField' });

@InputType()
export class EnrollmentOrder {
  @Field(() => EnrollmentOrderField, { defaultValue: EnrollmentOrderField.STATUS_ON })
  @IsEnum(EnrollmentOrderField)
  field: EnrollmentOrderField = EnrollmentOrderField.STATUS_ON;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class EnrollmentsArgs extends PageArgs {
  @Field(() => EnrollmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnrollmentFilter)
  filter?: EnrollmentFilter;
  @Field(() => EnrollmentOrder, { nullable: true, description: 'Default: latest status change first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnrollmentOrder)
  orderBy?: EnrollmentOrder;
}
