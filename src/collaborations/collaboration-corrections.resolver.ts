import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { CollaborationCorrectionsService } from './collaboration-corrections.service.js';
import { Collaboration } from './collaboration.model.js';
import {
  DeleteCollaborationInput,
  RedateCollaborationStageChangeInput,
  UndoCollaborationStageChangeInput,
} from './dto/collaboration-corrections.inputs.js';

/** Corrections of a collaboration's latest stage change, and removal of one recorded by mistake. */
@Resolver(() => Collaboration)
export class CollaborationCorrectionsResolver {
  constructor(private readonly service: CollaborationCorrectionsService) {}

  @Mutation(() => Collaboration, {
    nullable: true,
    description: 'Undoes the latest stage change with a reason: the stage returns to the one before. CONFLICT when only the first is left.',
  })
  @Allow(Role.STAFF)
  undoCollaborationStageChange(@Args('input') input: UndoCollaborationStageChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.undo(input, viewer);
  }

  @Mutation(() => Collaboration, { nullable: true, description: 'Moves the date of the latest stage change, with a reason.' })
  @Allow(Role.STAFF)
  redateCollaborationStageChange(@Args('input') input: RedateCollaborationStageChangeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.redate(input, viewer);
  }

  @Mutation(() => ID, {
    nullable: true,
    description:
      'Removes a collaboration recorded by mistake (with its stage history and contacts). CONFLICT while an engagement supports it.',
  })
  @Allow(Role.STAFF)
  deleteCollaboration(@Args('input') input: DeleteCollaborationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input, viewer);
  }
}
