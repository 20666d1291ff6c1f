import { LoginRateLimit } from '../access/rate-limit.decorators.js';
import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, SignedIn } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { ChangePasswordInput, CreateUserInput, SetRolesInput, UserIdInput, UsersArgs } from './dto/user.inputs.js';
import type { UserEntity } from './user.entity.js';
import { User, UserConnection } from './user.model.js';
import { UsersService } from './users.service.js';
import { clientAddress } from './login-throttle.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly peopleLoaders: PeopleLoaders,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  @SignedIn()
  me(@CurrentViewer() viewer: Viewer) {
    return this.service.getById(viewer.userId, undefined, 'me');
  }

  @Query(() => User, { nullable: true })
  @Allow(Role.ADMIN)
  user(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id, undefined, 'id');
  }

  @Query(() => UserConnection, { nullable: true })
  @Allow(Role.ADMIN)
  users(@Args() args: UsersArgs) {
    return this.service.list(args);
  }

  @Mutation(() => User, { nullable: true })
  @Allow(Role.ADMIN)
  createUser(@Args('input') input: CreateUserInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => User, { nullable: true, description: 'Replaces the roles of a user; the last active admin keeps ADMIN.' })
  @Allow(Role.ADMIN)
  setRoles(@Args('input') input: SetRolesInput, @CurrentViewer() viewer: Viewer) {
    return this.service.setRoles(input, viewer);
  }

  @Mutation(() => User, { nullable: true, description: 'The user can no longer sign in; their tokens stop working at once.' })
  @Allow(Role.ADMIN)
  deactivateUser(@Args('input') input: UserIdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.setActive(input.userId, false, viewer);
  }

  @Mutation(() => User, { nullable: true })
  @Allow(Role.ADMIN)
  reactivateUser(@Args('input') input: UserIdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.setActive(input.userId, true, viewer);
  }

  @Mutation(() => User, { nullable: true, description: 'Checks the current password against the sign-in attempt budget.' })
  @SignedIn()
  @LoginRateLimit()
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    return this.service.changePassword(viewer, input, clientAddress(ctx.req));
  }

  @ResolveField(() => Person)
  person(user: UserEntity, _args: unknown, ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, user.personId);
  }
}
