import { Field, ID, InputType } from '@nestjs/graphql';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { IsId, IsLocalDate, IsName } from '../../common/validation/decorators.js';

@InputType({
  description: "Undoes an engagement's latest status change (COMPLETED and CANCELLED too): the status returns to the one before.",
})
export class UndoProBonoEngagementStatusChangeInput {
  @Field(() => ID) @IsId() engagementId: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}

@InputType({ description: "Moves the date of an engagement's latest status change (ACTIVE moves its start, COMPLETED/CANCELLED its end)." })
export class RedateProBonoEngagementStatusChangeInput {
  @Field(() => ID) @IsId() engagementId: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => LocalDate, { description: 'The right date: not before the change before it, not in the future, not the same date.' })
  @IsLocalDate()
  on: string;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}

@InputType({
  description: 'Removes an engagement recorded by mistake; refused with CONFLICT while volunteers have hours on it or an event names it.',
})
export class DeleteProBonoEngagementInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ description: 'Why (required); kept in the audit log with what was removed.' }) @IsName(2000) reason: string;
}
