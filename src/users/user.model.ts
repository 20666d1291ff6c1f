import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../common/graphql/scalars.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { Role } from '../access/role.enum.js';

@ObjectType({ description: 'An account that signs in. Passwords are never readable.' })
export class User {
  @Field(() => ID) id: string;
  @Field({ description: 'The sign-in email.' }) email: string;
  @Field(() => [Role]) roles: Role[];
  @Field({ description: 'A deactivated user cannot sign in; their tokens stop working at once.' }) active: boolean;
  @Field(() => DateTime, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => DateTime) createdAt: Date;
}

@ObjectType()
export class UserConnection extends Paginated(User, 'User') {}
