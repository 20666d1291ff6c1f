import { Inject } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { todayIn } from '../common/dates.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import type { AffiliationEntity } from './person.entity.js';
import { Affiliation, Person } from './person.model.js';
import { PeopleLoaders } from './people.loaders.js';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  constructor(
    private readonly loaders: PeopleLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => Boolean, {
    description: "Started (or no start known) and not ended, today in the school's default time zone (DEFAULT_TIME_ZONE).",
  })
  current(affiliation: AffiliationEntity) {
    const today = todayIn(this.config.defaultCalendar.timeZone);
    return (!affiliation.startsOn || affiliation.startsOn <= today) && (!affiliation.endsOn || affiliation.endsOn >= today);
  }

  @ResolveField(() => Organization)
  organization(affiliation: AffiliationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, affiliation.organizationId);
  }

  @ResolveField(() => Person)
  person(affiliation: AffiliationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, affiliation.personId);
  }
}
