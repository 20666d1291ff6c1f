import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { clientAddress } from '../users/login-throttle.service.js';
import { CurrentViewer, Public, SignedIn } from '../access/access.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimit } from '../access/rate-limit.decorators.js';
import { ApiToken, CreateApiTokenInput, CreateApiTokenPayload, LoginInput, LoginPayload, RevokeApiTokenInput } from './dto/auth.inputs.js';
import type { Viewer } from '../access/viewer.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, { nullable: true, description: 'Signs in; rate-limited per client address.' })
  @Public()
  @LoginRateLimit()
  login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext) {
    return this.auth.login(input.email, input.password, clientAddress(ctx.req));
  }

  @Mutation(() => CreateApiTokenPayload, { nullable: true, description: 'A long-lived token for scripts and notebooks, with your roles.' })
  @SignedIn()
  createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentViewer() viewer: Viewer) {
    return this.auth.createApiToken(viewer, input.name, input.expiresInDays ?? null);
  }

  @Query(() => [ApiToken], { nullable: true, description: 'Your API tokens, newest first (revoked ones included).' })
  @SignedIn()
  myApiTokens(@CurrentViewer() viewer: Viewer) {
    return this.auth.listApiTokens(viewer);
  }

  @Mutation(() => ApiToken, { nullable: true })
  @SignedIn()
  revokeApiToken(@Args('input') input: RevokeApiTokenInput, @CurrentViewer() viewer: Viewer) {
    return this.auth.revokeApiToken(viewer, input.id);
  }
}
