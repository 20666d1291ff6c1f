import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId } from '../../common/validation/decorators.js';

@InputType({ description: 'Two people (or two ventures) that are one: every reference to the merged one moves to the survivor.' })
export class MergeInput {
  @Field(() => ID, { description: 'The row that stays.' }) @IsId() survivorId: string;
  @Field(() => ID, { description: 'The row that goes: kept for the audit trail with mergedInto set, hidden from lists.' })
  @IsId()
  mergedId: string;
  @BasedOnVersionField() survivorVersion?: number | null;
  @BasedOnVersionField() mergedVersion?: number | null;
}

export enum DuplicateKind {
  PERSON = 'PERSON',
  VENTURE = 'VENTURE',
}
registerEnumType(DuplicateKind, { name: 'DuplicateKind' });

export enum DuplicateReason {
  SAME_NAME = 'SAME_NAME',
  SAME_EMAIL = 'SAME_EMAIL',
}
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  valuesMap: {
    SAME_NAME: { description: 'The names agree once normalised: NFKC (full-/half-width), hiragana as katakana, case and spaces ignored.' },
    SAME_EMAIL: { description: 'People only: the emails agree once normalised the same way.' },
  },
});

@ArgsType()
export class LikelyDuplicatesArgs extends PageArgs {
  @Field(() => DuplicateKind) @IsEnum(DuplicateKind) kind: DuplicateKind;
}
