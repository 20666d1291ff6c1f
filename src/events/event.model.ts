import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { EventKind } from './event.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'Attendance counts; null means not counted (not zero).' })
export class EventAttendance {
  @Field(() => Int, { nullable: true }) inPerson: number | null;
  @Field(() => Int, { nullable: true }) online: number | null;
  @Field(() => Int, { nullable: true, description: 'In person and online together, when either was counted.' }) total: number | null;
  @Field(() => Int, { nullable: true }) students: number | null;
  @Field(() => Int, { nullable: true }) alumni: number | null;
  @Field(() => Int, { nullable: true }) employees: number | null;
  @Field(() => Int, { nullable: true }) families: number | null;
  @Field(() => String, { nullable: true, description: 'What the counts cannot say, e.g. "150+ employees online".' }) note: string | null;
}

@ObjectType({ description: 'A forum, festival program or workshop.' })
export class Event {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => EventKind) kind: EventKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => LocalDate) startsOn: string;
  @Field(() => LocalDate) endsOn: string;
  @Field(() => String, { nullable: true, description: 'Where it took place, if anywhere physical.' }) place: string | null;
  @Field() online: boolean;
  @Field(() => [Sdg]) sdgs: Sdg[];
  @Field(() => DateTime) createdAt: Date;
  @VersionField() version: number;
}

@ObjectType()
export class EventConnection extends Paginated(Event, 'Event') {}
