import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDate } from '../../common/graphql/scalars.js';
import { IsId, IsLocalDate, IsName } from '../../common/validation/decorators.js';

@InputType({
  description: "Undoes an enrollment's latest status change: the status returns to the one before (GRADUATED and WITHDRAWN too).",
})
export class UndoEnrollmentStatusChangeInput {
  @Field(() => ID) @IsId() enrollmentId: string;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}

@InputType({ description: "Moves the date of an enrollment's latest status change." })
export class RedateEnrollmentStatusChangeInput {
  @Field(() => ID) @IsId() enrollmentId: string;
  @Field(() => LocalDate, {
    description: "The right date: not before the change before it, not in the future (the program's time zone), not the same date.",
  })
  @IsLocalDate()
  on: string;
  @Field({ description: 'Why (required); kept in the history and the audit log.' }) @IsName(2000) reason: string;
}
