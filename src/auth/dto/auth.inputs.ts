import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { DateTime } from '../../common/graphql/scalars.js';
import { IsId, IsName, OptionalNullable } from '../../common/validation/decorators.js';
import { User } from '../../users/user.model.js';

@InputType()
export class LoginInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(254)
  email: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' }) accessToken: string;
  @Field(() => DateTime) expiresAt: Date;
  @Field(() => User) user: User;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, e.g. "cohort report notebook".' }) @IsName(100) name: string;
  @Field(() => Int, { nullable: true, defaultValue: 90, description: 'Days until it expires (1..365); null: never.' })
  @OptionalNullable()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) @IsId() id: string;
}

@ObjectType({ description: 'A personal API token; the token itself is shown only when created.' })
export class ApiToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the token, to recognise it.' }) prefix: string;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt: Date | null;
  @Field(() => DateTime, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => DateTime, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field({ description: 'Shown once: store it now. Send as `Authorization: Bearer <token>`.' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}
