import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { CreateRecognitionInput, RecognitionsArgs } from './dto/outcome.inputs.js';
import type { RecognitionEntity } from './outcome.entity.js';
import { Recognition, RecognitionConnection } from './outcome.model.js';
import { RecognitionsService } from './recognitions.service.js';

@Resolver(() => Recognition)
export class RecognitionsResolver {
  constructor(
    private readonly service: RecognitionsService,
    private readonly organizationLoaders: OrganizationsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
    private readonly peopleLoaders: PeopleLoaders,
  ) {}

  @Query(() => RecognitionConnection, { nullable: true, description: 'Latest year first.' })
  @Allow(...READERS)
  recognitions(@Args() args: RecognitionsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Recognition, { nullable: true })
  @Allow(Role.STAFF)
  createRecognition(@Args('input') input: CreateRecognitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => ID, { nullable: true })
  @Allow(Role.STAFF)
  deleteRecognition(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Organization, { nullable: true })
  awardingOrganization(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.awardingOrganizationId ? this.organizationLoaders.byId.load(ctx, r.awardingOrganizationId) : null;
  }

  @ResolveField(() => Venture, { nullable: true })
  venture(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.ventureId ? this.ventureLoaders.byId.load(ctx, r.ventureId) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  person(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.personId ? this.peopleLoaders.byId.load(ctx, r.personId) : null;
  }
}
