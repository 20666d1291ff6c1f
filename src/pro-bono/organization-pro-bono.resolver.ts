import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { ProBonoEngagement } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Organization.engagementsAsBeneficiary`: organizations do not depend on pro bono. */
@Resolver(() => Organization)
export class OrganizationProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoEngagement], {
    nullable: true,
    description: 'Engagements that served this organization, oldest start first. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  engagementsAsBeneficiary(org: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byBeneficiaryOrganizationId.load(ctx, { id: org.id, first: pageSizeOf(args) });
  }
}
