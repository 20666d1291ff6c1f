import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { CreateProgramInput, ProgramsArgs, UpdateProgramInput } from './dto/program.inputs.js';
import type { ProgramEntity } from './program.entity.js';
import { Program, ProgramConnection, ProgramPartner } from './program.model.js';
import { ProgramsLoaders } from './programs.loaders.js';
import { ProgramsService } from './programs.service.js';

@Resolver(() => Program)
export class ProgramsResolver {
  constructor(
    private readonly service: ProgramsService,
    private readonly loaders: ProgramsLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @Query(() => Program, { nullable: true })
  @Allow(...READERS, Role.MENTOR)
  program(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => ProgramConnection, { nullable: true })
  @Allow(...READERS, Role.MENTOR)
  programs(@Args() args: ProgramsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Program, { nullable: true })
  @Allow(Role.STAFF)
  createProgram(@Args('input') input: CreateProgramInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Program, { nullable: true })
  @Allow(Role.STAFF)
  updateProgram(@Args('input') input: UpdateProgramInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while the program has cohorts.' })
  @Allow(Role.STAFF)
  deleteProgram(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Organization)
  organizer(program: ProgramEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, program.organizerId);
  }

  @ResolveField(() => [ProgramPartner])
  partners(program: ProgramEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.partnersByProgramId.load(ctx, program.id);
  }
}
