import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime } from '../common/graphql/scalars.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'A school or accelerator program, run by an organizer with partner organizations.' })
export class Program {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { nullable: true }) foundedYear: number | null;
  @Field({ description: 'IANA time zone of the school\'s calendar: "today" and every date rule are decided in it (e.g. Asia/Tokyo).' })
  timeZone: string;
  @Field(() => Int, {
    description: 'Month (1–12) the fiscal year starts; FY2024 is the year that starts in 2024 (April 2024 – March 2025 for 4).',
  })
  fiscalYearStartMonth: number;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: 'An organization partnering a program, e.g. the official corporate partner.' })
export class ProgramPartner {
  @Field(() => String, { nullable: true }) role: string | null;
}

@ObjectType()
export class ProgramConnection extends Paginated(Program, 'Program') {}
