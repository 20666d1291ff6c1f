import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { IdInput } from '../common/graphql/id.inputs.js';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs.js';
import type { OrganizationEntity } from './organization.entity.js';
import { Organization, OrganizationConnection } from './organization.model.js';
import { OrganizationsLoaders } from './organizations.loaders.js';
import { OrganizationsService } from './organizations.service.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly loaders: OrganizationsLoaders,
  ) {}

  @Query(() => Organization, { nullable: true })
  @Allow(...READERS)
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => OrganizationConnection, { nullable: true })
  @Allow(...READERS)
  organizations(@Args() args: OrganizationsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Organization, { nullable: true })
  @Allow(Role.STAFF)
  createOrganization(@Args('input') input: CreateOrganizationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Organization, { nullable: true })
  @Allow(Role.STAFF)
  updateOrganization(@Args('input') input: UpdateOrganizationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while anything refers to the organization.' })
  @Allow(Role.STAFF)
  deleteOrganization(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Organization, { nullable: true })
  parent(org: OrganizationEntity, _args: unknown, ctx: GraphQLContext) {
    return org.parentId ? this.loaders.byId.load(ctx, org.parentId) : null;
  }

  @ResolveField(() => [Organization], { description: 'Units and groups under this organization.' })
  @PageSize()
  children(org: OrganizationEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.childrenByParentId.load(ctx, { id: org.id, first: pageSizeOf(args) });
  }
}
