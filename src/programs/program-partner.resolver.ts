import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import type { ProgramPartnerEntity } from './program.entity.js';
import { ProgramPartner } from './program.model.js';

@Resolver(() => ProgramPartner)
export class ProgramPartnerResolver {
  constructor(private readonly organizationLoaders: OrganizationsLoaders) {}

  @ResolveField(() => Organization)
  organization(partner: ProgramPartnerEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, partner.organizationId);
  }
}
