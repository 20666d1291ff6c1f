import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { SessionController } from './session.controller.js';

@Module({
  imports: [UsersModule],
  controllers: [SessionController],
  // One RateLimitGuard per app: the guard of every operation, and the count of compiled reads
  // (graphql.module.ts), hold the same leases of points.
  providers: [AuthService, AuthResolver, RateLimitGuard],
  exports: [AuthService, RateLimitGuard],
})
export class AuthModule {}
