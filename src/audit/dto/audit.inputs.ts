import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsDate, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateTime } from '../../common/graphql/scalars.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId } from '../../common/validation/decorators.js';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Entries recorded for this user.' })
  @IsOptional()
  @IsId()
  actorUserId?: string;
  @Field(() => [String], { nullable: true, description: 'Any of these operations, e.g. ["graduateVenture"].' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  operations?: string[];
  @Field(() => ID, { nullable: true, description: 'Entries that changed this id.' })
  @IsOptional()
  @IsId()
  entityId?: string;
  @Field(() => DateTime, { nullable: true, description: 'From this instant (inclusive).' }) @IsOptional() @IsDate() from?: Date;
  @Field(() => DateTime, { nullable: true, description: 'Before this instant.' }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
