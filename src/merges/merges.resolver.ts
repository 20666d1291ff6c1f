import { InjectDataSource } from '@nestjs/typeorm';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { Allow, CurrentViewer } from '../access/access.decorators.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { toConnection } from '../common/pagination/paginate.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { countDuplicateGroups, type DuplicateGroupRow, findDuplicateGroups } from './duplicates.queries.js';
import { DuplicateKind, LikelyDuplicatesArgs, MergeInput } from './dto/merge.inputs.js';
import { LikelyDuplicate, LikelyDuplicateConnection, PeopleMerge, VenturesMerge } from './merge.model.js';
import { MergesService } from './merges.service.js';

type DuplicateGroup = DuplicateGroupRow & { kind: DuplicateKind };

@Resolver(() => LikelyDuplicate)
export class MergesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly service: MergesService,
    private readonly peopleLoaders: PeopleLoaders,
    private readonly venturesLoaders: VenturesLoaders,
  ) {}

  @Query(() => LikelyDuplicateConnection, {
    nullable: true,
    description: 'Groups of people or ventures that look like one (see DuplicateReason), to merge with mergePeople / mergeVentures.',
  })
  @Allow(Role.STAFF)
  async likelyDuplicates(@Args() args: LikelyDuplicatesArgs) {
    const rows = args.first === 0 ? [] : await findDuplicateGroups(this.dataSource, args.kind, args);
    const groups: DuplicateGroup[] = rows.map((row) => ({ ...row, kind: args.kind }));
    return toConnection(
      groups,
      (g) => g.sort,
      args,
      () => countDuplicateGroups(this.dataSource, args.kind),
    );
  }

  @Mutation(() => PeopleMerge, {
    nullable: true,
    description:
      'Merges a duplicate person into another: every reference moves to the survivor, empty fields are filled from the merged one, which stays (mergedInto) for the audit trail. See README "Duplicates and merges".',
  })
  @Allow(Role.STAFF)
  mergePeople(@Args('input') input: MergeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.mergePeople(input, viewer);
  }

  @Mutation(() => VenturesMerge, {
    nullable: true,
    description:
      'Merges a duplicate venture into another: every reference moves to the survivor, empty fields are filled from the merged one, which stays (mergedInto) for the audit trail.',
  })
  @Allow(Role.STAFF)
  mergeVentures(@Args('input') input: MergeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.mergeVentures(input, viewer);
  }

  @ResolveField(() => [Person], { description: 'The people of a PERSON group, oldest first (empty for ventures).' })
  async people(group: DuplicateGroup, _args: unknown, ctx: GraphQLContext) {
    if (group.kind !== DuplicateKind.PERSON) return [];
    const rows = await Promise.all(group.ids.map((id) => this.peopleLoaders.byId.load(ctx, id)));
    return rows.filter((row) => row !== null);
  }

  @ResolveField(() => [Venture], { description: 'The ventures of a VENTURE group, oldest first (empty for people).' })
  async ventures(group: DuplicateGroup, _args: unknown, ctx: GraphQLContext) {
    if (group.kind !== DuplicateKind.VENTURE) return [];
    const rows = await Promise.all(group.ids.map((id) => this.venturesLoaders.byId.load(ctx, id)));
    return rows.filter((row) => row !== null);
  }
}
