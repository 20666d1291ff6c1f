import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { OutcomesLoaders } from './outcomes.loaders.js';
import { OutcomesResolver } from './outcomes.resolver.js';
import { OutcomesService } from './outcomes.service.js';
import { PersonRecognitionsResolver } from './person-recognitions.resolver.js';
import { RecognitionsResolver } from './recognitions.resolver.js';
import { RecognitionsService } from './recognitions.service.js';
import { VentureOutcomesResolver } from './venture-outcomes.resolver.js';

@Module({
  imports: [OrganizationsModule, VenturesModule, PeopleModule, ProgramsModule],
  providers: [
    OutcomesService,
    RecognitionsService,
    OutcomesLoaders,
    OutcomesResolver,
    RecognitionsResolver,
    VentureOutcomesResolver,
    PersonRecognitionsResolver,
  ],
  exports: [OutcomesService, OutcomesLoaders],
})
export class OutcomesModule {}
