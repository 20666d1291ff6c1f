import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/connection.types.js';
import { Person } from '../people/person.model.js';
import { Venture } from '../ventures/venture.model.js';
import { DuplicateKind, DuplicateReason } from './dto/merge.inputs.js';

@ObjectType({ description: 'What one kind of reference gave the survivor.' })
export class MergeMove {
  @Field({ description: 'table.column, e.g. venture_founders.person_id.' }) reference: string;
  @Field(() => Int, { description: 'Rows that now name the survivor.' }) moved: number;
  @Field(() => Int, { description: "Rows of the merged side that duplicated one of the survivor's and were folded into it." })
  folded: number;
}

@ObjectType()
export class PeopleMerge {
  @Field(() => Person) survivor: Person;
  @Field(() => Person, { description: 'Kept for the audit trail; mergedInto is the survivor.' }) merged: Person;
  @Field(() => [MergeMove]) moves: MergeMove[];
}

@ObjectType()
export class VenturesMerge {
  @Field(() => Venture) survivor: Venture;
  @Field(() => Venture, { description: 'Kept for the audit trail; mergedInto is the survivor.' }) merged: Venture;
  @Field(() => [MergeMove]) moves: MergeMove[];
}

@ObjectType({ description: 'People or ventures that look like one: the same normalised name, or (people) the same email.' })
export class LikelyDuplicate {
  @Field(() => ID, { description: 'The oldest of the group: the usual survivor.' }) id: string;
  @Field(() => DuplicateKind) kind: DuplicateKind;
  @Field(() => DuplicateReason) reason: DuplicateReason;
  @Field({ description: 'The normalised name or email they share.' }) key: string;
  @Field(() => [ID], { description: 'Oldest first.' }) ids: string[];
}

@ObjectType()
export class LikelyDuplicateConnection extends Paginated(LikelyDuplicate, 'LikelyDuplicate') {}
