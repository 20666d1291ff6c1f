import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/loaders/loaders.js';
import { IdInput } from '../common/graphql/id.input.js';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs.js';
import type { OrganizationEntity } from './organization.entity.js';
import { Organization, OrganizationConnection } from './organization.model.js';
import { OrganizationsLoaders } from './organizations.loaders.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly loaders: OrganizationsLoaders,
  ) {}

  @Query(() => Organization)
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Organization)
  createOrganization(@Args('input') input: CreateOrganizationInput) {
    return this.service.create(input);
  }

  @Mutation(() => Organization)
  updateOrganization(@Args('input') input: UpdateOrganizationInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Refused with CONFLICT while anything refers to the organization.' })
  deleteOrganization(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @ResolveField(() => Organization, { nullable: true })
  parent(@Parent() org: OrganizationEntity, @Context() ctx: GraphQLContext) {
    return org.parentId ? this.loaders.byId.load(ctx, org.parentId) : null;
  }

  @ResolveField(() => [Organization], { description: 'Units and groups under this organization.' })
  children(@Parent() org: OrganizationEntity, @Context() ctx: GraphQLContext) {
    return this.loaders.childrenByParentId.load(ctx, org.id);
  }
}
