import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { CohortStatus } from './cohort-status.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'One intake of a program, e.g. the 2021 cohort.' })
export class Cohort {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, {
    description:
      "Fiscal year of the intake, in its program's fiscal calendar (Program.fiscalYearStartMonth), named by the calendar year " +
      'it starts in (April start: FY2024 = 2024-04-01 to 2025-03-31); startsOn falls in it.',
  })
  year: number;
  @Field(() => LocalDate, { nullable: true, description: "First day, a date in the program's time zone." }) startsOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: "Last day, a date in the program's time zone." }) endsOn: string | null;
  @Field(() => CohortStatus) status: CohortStatus;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType()
export class CohortConnection extends Paginated(Cohort, 'Cohort') {}
