import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import type { Type } from '@nestjs/common';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** `first` / `after` of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  @TransformType(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

/** What a service returns for a list; `totalCount` runs its COUNT only when selected. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function Paginated<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}
