import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Collaboration } from '../collaborations/collaboration.model.js';
import { CollaborationsLoaders } from '../collaborations/collaborations.loaders.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import {
  AddProBonoVolunteerInput,
  ChangeProBonoEngagementStatusInput,
  CreateProBonoEngagementInput,
  ProBonoEngagementsArgs,
  UpdateProBonoEngagementInput,
  UpdateProBonoVolunteerInput,
} from './dto/pro-bono.inputs.js';
import type { ProBonoEngagementEntity } from './pro-bono.entity.js';
import {
  Beneficiary,
  EngagementStatusChange,
  ProBonoEngagement,
  ProBonoEngagementConnection,
  ProBonoVolunteer,
  SocialIssue,
  VolunteerTotals,
} from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { ProBonoService } from './pro-bono.service.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => ProBonoEngagement)
export class ProBonoEngagementsResolver {
  constructor(
    private readonly service: ProBonoService,
    private readonly loaders: ProBonoLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
    private readonly collaborationLoaders: CollaborationsLoaders,
  ) {}

  @Query(() => ProBonoEngagement, { nullable: true })
  @Allow(...READERS)
  proBonoEngagement(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => ProBonoEngagementConnection, { nullable: true, description: 'Latest start first.' })
  @Allow(...READERS)
  proBonoEngagements(@Args() args: ProBonoEngagementsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => ProBonoEngagement, { nullable: true })
  @Allow(Role.STAFF)
  createProBonoEngagement(@Args('input') input: CreateProBonoEngagementInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => ProBonoEngagement, { nullable: true })
  @Allow(Role.STAFF)
  updateProBonoEngagement(@Args('input') input: UpdateProBonoEngagementInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ProBonoEngagement, { nullable: true, description: 'A dated status change, kept in statusHistory.' })
  @Allow(Role.STAFF)
  changeProBonoEngagementStatus(@Args('input') input: ChangeProBonoEngagementStatusInput, @CurrentViewer() viewer: Viewer) {
    return this.service.changeStatus(input, viewer);
  }

  @Mutation(() => ProBonoVolunteer, { nullable: true })
  @Allow(Role.STAFF)
  addProBonoVolunteer(@Args('input') input: AddProBonoVolunteerInput, @CurrentViewer() viewer: Viewer) {
    return this.service.addVolunteer(input, viewer);
  }

  @Mutation(() => ProBonoVolunteer, { nullable: true })
  @Allow(Role.STAFF)
  updateProBonoVolunteer(@Args('input') input: UpdateProBonoVolunteerInput, @CurrentViewer() viewer: Viewer) {
    return this.service.updateVolunteer(input, viewer);
  }

  @ResolveField(() => Beneficiary)
  beneficiary(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return g.beneficiaryVentureId
      ? this.ventureLoaders.byId.load(ctx, g.beneficiaryVentureId)
      : this.organizationLoaders.byId.load(ctx, g.beneficiaryOrganizationId!);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The group that runs it, e.g. the Pro Bono Club.' })
  organizer(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return g.organizerId ? this.organizationLoaders.byId.load(ctx, g.organizerId) : null;
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The matching intermediary, e.g. Service Grant.' })
  intermediary(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return g.intermediaryId ? this.organizationLoaders.byId.load(ctx, g.intermediaryId) : null;
  }

  @ResolveField(() => Collaboration, { nullable: true, description: "The beneficiary venture's collaboration this engagement supports." })
  supportedCollaboration(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return g.supportedCollaborationId ? this.collaborationLoaders.byId.load(ctx, g.supportedCollaborationId) : null;
  }

  @ResolveField(() => [SocialIssue])
  socialIssues(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.socialIssuesByEngagementId.load(ctx, g.id);
  }

  @ResolveField(() => [EngagementStatusChange], { description: 'Every status change, oldest first.' })
  statusHistory(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.statusHistoryById.load(ctx, g.id);
  }

  @ResolveField(() => [ProBonoVolunteer], { description: 'People taking part, in the order they joined.' })
  @PageSize()
  volunteers(g: ProBonoEngagementEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.volunteersByEngagementId.load(ctx, { id: g.id, first: pageSizeOf(args) });
  }

  @ResolveField(() => VolunteerTotals, { description: 'Distinct volunteers and their hours.' })
  async volunteerTotals(g: ProBonoEngagementEntity, _args: unknown, ctx: GraphQLContext) {
    return (await this.loaders.totalsById.load(ctx, g.id)) ?? { volunteerCount: 0, totalHours: 0 };
  }
}
