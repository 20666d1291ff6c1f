import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import {
  AddAffiliationInput,
  CreatePersonInput,
  EndAffiliationInput,
  PeopleArgs,
  UpdateAffiliationInput,
  UpdatePersonInput,
} from './dto/person.inputs.js';
import type { PersonEntity } from './person.entity.js';
import { Affiliation, Person, PersonConnection } from './person.model.js';
import { PeopleLoaders } from './people.loaders.js';
import { PeopleService } from './people.service.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Query(() => Person, { nullable: true })
  @Allow(...READERS)
  person(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => PersonConnection, { nullable: true })
  @Allow(...READERS)
  people(@Args() args: PeopleArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Person, { nullable: true })
  @Allow(Role.STAFF)
  createPerson(@Args('input') input: CreatePersonInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Person, { nullable: true })
  @Allow(Role.STAFF)
  updatePerson(@Args('input') input: UpdatePersonInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while the person founds a venture.' })
  @Allow(Role.STAFF)
  deletePerson(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @Mutation(() => Affiliation, { nullable: true })
  @Allow(Role.STAFF)
  addAffiliation(@Args('input') input: AddAffiliationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.addAffiliation(input, viewer);
  }

  @Mutation(() => Affiliation, { nullable: true, description: 'Changes the organization, role or dates of an affiliation.' })
  @Allow(Role.STAFF)
  updateAffiliation(@Args('input') input: UpdateAffiliationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.updateAffiliation(input, viewer);
  }

  @Mutation(() => Affiliation, {
    nullable: true,
    description: 'Ends an affiliation on a day (not in the future, not before it started); it stays in the history.',
  })
  @Allow(Role.STAFF)
  endAffiliation(@Args('input') input: EndAffiliationInput, @CurrentViewer() viewer: Viewer) {
    return this.service.endAffiliation(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Deletes an affiliation recorded by mistake (one that ended: endAffiliation).' })
  @Allow(Role.STAFF)
  removeAffiliation(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.removeAffiliation(input.id, viewer);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description:
      'Set when this person was merged into another (mergePeople): the survivor. A merged person is kept for the audit trail, reachable only by id.',
  })
  mergedInto(person: PersonEntity, _args: unknown, ctx: GraphQLContext) {
    return person.mergedIntoId ? this.loaders.byId.load(ctx, person.mergedIntoId) : null;
  }

  @ResolveField(() => [Affiliation], { description: 'Past and current, oldest start first (see Affiliation.current).' })
  @PageSize()
  affiliations(person: PersonEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.affiliationsByPersonId.load(ctx, { id: person.id, first: pageSizeOf(args) });
  }
}
