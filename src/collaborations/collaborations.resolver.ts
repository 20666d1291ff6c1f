import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import type { CollaborationEntity } from './collaboration.entity.js';
import { Collaboration, CollaborationConnection, CollaborationContact, CollaborationStageChange } from './collaboration.model.js';
import { CollaborationsLoaders } from './collaborations.loaders.js';
import { CollaborationsService } from './collaborations.service.js';
import {
  AddCollaborationContactInput,
  ChangeCollaborationStageInput,
  RemoveCollaborationContactInput,
  CollaborationsArgs,
  CreateCollaborationInput,
  UpdateCollaborationInput,
} from './dto/collaboration.inputs.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => Collaboration)
export class CollaborationsResolver {
  constructor(
    private readonly service: CollaborationsService,
    private readonly loaders: CollaborationsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @Query(() => Collaboration, { nullable: true })
  @Allow(...READERS)
  collaboration(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => CollaborationConnection, { nullable: true, description: 'Newest start first.' })
  @Allow(...READERS)
  collaborations(@Args() args: CollaborationsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Collaboration, { nullable: true })
  @Allow(Role.STAFF)
  createCollaboration(@Args('input') input: CreateCollaborationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Collaboration, { nullable: true })
  @Allow(Role.STAFF)
  updateCollaboration(@Args('input') input: UpdateCollaborationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => Collaboration, { nullable: true, description: 'A dated stage change, kept in stageHistory.' })
  @Allow(Role.STAFF)
  changeCollaborationStage(@Args('input') input: ChangeCollaborationStageInput, @CurrentViewer() viewer: Viewer) {
    return this.service.changeStage(input, viewer);
  }

  @Mutation(() => CollaborationContact, { nullable: true })
  @Allow(Role.STAFF)
  addCollaborationContact(@Args('input') input: AddCollaborationContactInput, @CurrentViewer() viewer: Viewer) {
    return this.service.addContact(input, viewer);
  }

  @Mutation(() => Collaboration, { nullable: true })
  @Allow(Role.STAFF)
  removeCollaborationContact(@Args('input') input: RemoveCollaborationContactInput, @CurrentViewer() viewer: Viewer) {
    return this.service.removeContact(input, viewer);
  }

  @ResolveField(() => [CollaborationContact], { description: 'People on both sides: the venture side first.' })
  @PageSize()
  contacts(c: CollaborationEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.contactsById.load(ctx, { id: c.id, first: pageSizeOf(args) });
  }

  @ResolveField(() => Venture)
  venture(c: CollaborationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.ventureLoaders.byId.load(ctx, c.ventureId);
  }

  @ResolveField(() => Organization)
  organization(c: CollaborationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, c.organizationId);
  }

  @ResolveField(() => [CollaborationStageChange], { description: 'Every stage change, oldest first: when did it reach DEMONSTRATION?' })
  stageHistory(c: CollaborationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.stageHistoryById.load(ctx, c.id);
  }
}
