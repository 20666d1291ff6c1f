import { Field, ID, ObjectType } from '@nestjs/graphql';
import { visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'A founder, mentor, employee or volunteer.' })
export class Person {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'The reading of the name in kana, as entered (e.g. ヤマダ タロウ).' })
  nameKana: string | null;
  @Field(() => String, { nullable: true, description: 'The name in Latin letters (e.g. Taro Yamada).' }) nameLatin: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Private: staff and admins only (others get null and a FORBIDDEN error).',
    middleware: [visibleTo(Role.STAFF)],
  })
  email: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Private: staff and admins only (others get null and a FORBIDDEN error).',
    middleware: [visibleTo(Role.STAFF)],
  })
  phone: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The school's own id for the person (e.g. a student number); unique, an import's natural key.",
  })
  reference: string | null;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: "A person's role at an organization for a period." })
export class Affiliation {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) role: string | null;
  @Field(() => LocalDate, { nullable: true }) startsOn: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'The last day; null while it lasts.' }) endsOn: string | null;
  @VersionField() version: number;
}

@ObjectType()
export class PersonConnection extends Paginated(Person, 'Person') {}
