import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { RedateEnrollmentStatusChangeInput, UndoEnrollmentStatusChangeInput } from './dto/enrollment-corrections.inputs.js';
import { EnrollmentCorrectionsService } from './enrollment-corrections.service.js';
import { Enrollment } from './enrollment.model.js';

/** Corrections of an enrollment's latest status change; the history keeps the corrected move and the correction. */
@Resolver(() => Enrollment)
export class EnrollmentCorrectionsResolver {
  constructor(private readonly service: EnrollmentCorrectionsService) {}

  @Mutation(() => Enrollment, {
    nullable: true,
    description:
      'Undoes the latest status change with a reason: the status returns to the one before. CONFLICT when only the first is left.',
  })
  @Allow(Role.STAFF)
  undoEnrollmentStatusChange(@Args('input') input: UndoEnrollmentStatusChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.undo(input, viewer);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'Moves the date of the latest status change, with a reason.' })
  @Allow(Role.STAFF)
  redateEnrollmentStatusChange(@Args('input') input: RedateEnrollmentStatusChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.redate(input, viewer);
  }
}
