import { Field, ID, InputType } from '@nestjs/graphql';
import { IsId } from '../validation/decorators.js';

@InputType({ description: 'Names one record by id (delete mutations).' })
export class IdInput {
  @Field(() => ID) @IsId() id: string;
}
