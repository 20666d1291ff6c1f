import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AffiliationResolver } from './affiliation.resolver.js';
import { PeopleLoaders } from './people.loaders.js';
import { PeopleResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({
  imports: [OrganizationsModule],
  providers: [PeopleService, PeopleLoaders, PeopleResolver, AffiliationResolver],
  exports: [PeopleService, PeopleLoaders],
})
export class PeopleModule {}
