import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsName, OptionalNullable } from '../../common/validation/decorators.js';
import { Role } from '../../access/role.enum.js';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
/** 12 to 200 characters; length beats composition rules (NIST SP 800-63B). */
export const IsPassword = () => Length(12, 200, { message: '$property must be 12 to 200 characters' });

@InputType()
export class CreateUserInput {
  @Field() @trimmed @IsEmail() @MaxLength(254) email: string;
  @Field({ description: 'At least 12 characters.' }) @IsString() @IsPassword() password: string;
  @Field(() => [Role]) @IsArray() @ArrayMinSize(1) @IsEnum(Role, { each: true }) roles: Role[];
  @Field(() => ID, { nullable: true, description: 'The person this account belongs to; a new person is created when left out.' })
  @OptionalNullable()
  @IsId()
  personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the new person (when personId is left out).' })
  @OptionalNullable()
  @IsName()
  name?: string | null;
}

@InputType()
export class SetRolesInput {
  @Field(() => ID) @IsId() userId: string;
  @Field(() => [Role]) @IsArray() @ArrayMinSize(1) @IsEnum(Role, { each: true }) roles: Role[];
}

@InputType()
export class UserIdInput {
  @Field(() => ID) @IsId() userId: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(200) currentPassword: string;
  @Field({ description: 'At least 12 characters.' }) @IsString() @IsPassword() newPassword: string;
}

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Case-insensitive match on the email.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}
