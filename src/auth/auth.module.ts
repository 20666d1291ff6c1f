import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionController } from './session.controller.js';

@Module({
  imports: [UsersModule],
  controllers: [SessionController],
  providers: [AuthService, AuthResolver],
  exports: [AuthService],
})
export class AuthModule {}
