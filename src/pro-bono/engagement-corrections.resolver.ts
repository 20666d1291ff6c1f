import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import {
  DeleteProBonoEngagementInput,
  RedateProBonoEngagementStatusChangeInput,
  UndoProBonoEngagementStatusChangeInput,
} from './dto/engagement-corrections.inputs.js';
import { EngagementCorrectionsService } from './engagement-corrections.service.js';
import { ProBonoEngagement } from './pro-bono.model.js';

/** Corrections of an engagement's latest status change, and removal of one recorded by mistake. */
@Resolver(() => ProBonoEngagement)
export class EngagementCorrectionsResolver {
  constructor(private readonly service: EngagementCorrectionsService) {}

  @Mutation(() => ProBonoEngagement, {
    nullable: true,
    description:
      'Undoes the latest status change with a reason: the status returns to the one before. CONFLICT when only the first is left.',
  })
  @Allow(Role.STAFF)
  undoProBonoEngagementStatusChange(@Args('input') input: UndoProBonoEngagementStatusChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.undo(input, viewer);
  }

  @Mutation(() => ProBonoEngagement, { nullable: true, description: 'Moves the date of the latest status change, with a reason.' })
  @Allow(Role.STAFF)
  redateProBonoEngagementStatusChange(@Args('input') input: RedateProBonoEngagementStatusChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.redate(input, viewer);
  }

  @Mutation(() => ID, {
    nullable: true,
    description:
      'Removes an engagement recorded by mistake (with its status history, issues and volunteers without hours). CONFLICT while a volunteer has hours on it or an event names it.',
  })
  @Allow(Role.STAFF)
  deleteProBonoEngagement(@Args('input') input: DeleteProBonoEngagementInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input, viewer);
  }
}
