import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { ProBonoEngagement } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';

/** `Organization.engagementsAsBeneficiary`: organizations do not depend on pro bono. */
@Resolver(() => Organization)
export class OrganizationProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoEngagement], {
    nullable: true,
    description: 'Engagements that served this organization, oldest start first. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  engagementsAsBeneficiary(org: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byBeneficiaryOrganizationId.load(ctx, org.id);
  }
}
