import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'A startup or social business.' })
export class Venture {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. healthcare, education.' }) sector: string | null;
  @Field(() => LocalDate, { nullable: true }) foundedOn: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => [Sdg], { description: 'The goals the venture serves.' }) sdgs: Sdg[];
  @Field(() => String, { nullable: true, description: "The school's own id for the venture; unique, an import's natural key." })
  reference: string | null;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: 'A person who founded a venture, with their role.' })
export class Founder {
  @Field(() => String, { nullable: true, description: 'e.g. CEO, co-founder.' }) role: string | null;
}

@ObjectType()
export class VentureConnection extends Paginated(Venture, 'Venture') {}

@ObjectType({ description: 'A sector in use and how many ventures have it (spellings that differ only in case count together).' })
export class SectorCount {
  @Field({ description: 'The spelling most of its ventures use.' }) sector: string;
  @Field(() => Int) count: number;
}
