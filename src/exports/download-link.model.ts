import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTime } from '../common/graphql/scalars.js';
import { ExportFormat } from './export-list.js';

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  valuesMap: {
    CSV: { description: 'UTF-8 with a byte-order mark, CRLF line ends.' },
    XLSX: { description: 'One worksheet, header row first.' },
  },
});

@InputType()
export class CreateDownloadLinkInput {
  @Field({
    description:
      'The list: cohort-roster, mentors, mentoring-sessions, collaborations, pro-bono-engagements, cohort-comparison, ' +
      'collaboration-funnel, pro-bono-impact, outcome-series, alumni-search (README "Exports").',
  })
  @IsString()
  @Length(1, 100)
  export: string;
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format: ExportFormat;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The list's arguments, as its GraphQL field takes them." })
  @IsOptional()
  @IsObject()
  args?: Record<string, unknown>;
}

@ObjectType({ description: 'A link that opens one download without signing in, until it expires.' })
export class DownloadLink {
  @Field({ description: 'Absolute URL; anyone holding it downloads as you (with your roles at that time).' }) url: string;
  @Field(() => DateTime) expiresAt: Date;
}
