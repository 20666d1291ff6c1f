import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';
import { LoginThrottleService } from './login-throttle.service.js';

@Module({
  imports: [PeopleModule],
  providers: [UsersService, UsersResolver, LoginThrottleService],
  exports: [UsersService, LoginThrottleService],
})
export class UsersModule {}
