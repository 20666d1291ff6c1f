import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { Collaboration } from './collaboration.model.js';
import { CollaborationsLoaders } from './collaborations.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Organization.collaborations`: organizations do not depend on collaborations. */
@Resolver(() => Organization)
export class OrganizationCollaborationsResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => [Collaboration], {
    nullable: true,
    description: 'Collaborations with this organization itself (not its units). Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  collaborations(org: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byOrganizationId.load(ctx, { id: org.id, first: pageSizeOf(args) });
  }
}
