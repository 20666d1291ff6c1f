import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { CreateVentureInput, UpdateVentureInput, VenturesArgs } from './dto/venture.inputs.js';
import type { VentureEntity } from './venture.entity.js';
import { Founder, SectorCount, Venture, VentureConnection } from './venture.model.js';
import { VenturesLoaders } from './ventures.loaders.js';
import { VenturesService } from './ventures.service.js';

@Resolver(() => Venture)
export class VenturesResolver {
  constructor(
    private readonly service: VenturesService,
    private readonly loaders: VenturesLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @Query(() => Venture, { nullable: true })
  @Allow(...READERS)
  venture(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => VentureConnection, { nullable: true })
  @Allow(...READERS)
  ventures(@Args() args: VenturesArgs) {
    return this.service.list(args);
  }

  @Query(() => [SectorCount], {
    nullable: true,
    description: 'The sectors in use, with how many ventures have each (case-insensitive, as the sector filter), most used first.',
  })
  @Allow(...READERS)
  ventureSectors() {
    return this.service.sectorCounts();
  }

  @Mutation(() => Venture, { nullable: true })
  @Allow(Role.STAFF)
  createVenture(@Args('input') input: CreateVentureInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Venture, { nullable: true })
  @Allow(Role.STAFF)
  updateVenture(@Args('input') input: UpdateVentureInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while the venture is enrolled in a cohort.' })
  @Allow(Role.STAFF)
  deleteVenture(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'e.g. the university it spun out of.' })
  originOrganization(venture: VentureEntity, _args: unknown, ctx: GraphQLContext) {
    return venture.originOrganizationId ? this.organizationLoaders.byId.load(ctx, venture.originOrganizationId) : null;
  }

  @ResolveField(() => Venture, {
    nullable: true,
    description:
      'Set when this venture was merged into another (mergeVentures): the survivor. A merged venture is kept for the audit trail, reachable only by id.',
  })
  mergedInto(venture: VentureEntity, _args: unknown, ctx: GraphQLContext) {
    return venture.mergedIntoId ? this.loaders.byId.load(ctx, venture.mergedIntoId) : null;
  }

  @ResolveField(() => [Founder])
  founders(venture: VentureEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.foundersByVentureId.load(ctx, venture.id);
  }
}
