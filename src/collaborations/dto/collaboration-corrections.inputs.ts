import { Field, ID, InputType } from '@nestjs/graphql';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { IsId, IsLocalDate, IsName } from '../../common/validation/decorators.js';

@InputType({ description: "Undoes a collaboration's latest stage change (ENDED too): the stage returns to the one before." })
export class UndoCollaborationStageChangeInput {
  @Field(() => ID) @IsId() collaborationId: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}

@InputType({ description: "Moves the date of a collaboration's latest stage change (the first one moves its start too)." })
export class RedateCollaborationStageChangeInput {
  @Field(() => ID) @IsId() collaborationId: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => LocalDate, { description: 'The right date: not before the change before it, not in the future, not the same date.' })
  @IsLocalDate()
  on: string;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}

@InputType({ description: 'Removes a collaboration recorded by mistake; refused with CONFLICT while an engagement supports it.' })
export class DeleteCollaborationInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ description: 'Why (required); kept in the audit log with what was removed.' }) @IsName(2000) reason: string;
}
