import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { MentorAssignmentEntity, MentorEntity } from './mentor.entity.js';
import { MentorsService } from './mentors.service.js';

@Injectable()
export class MentoringLoaders {
  constructor(private readonly mentors: MentorsService) {}

  readonly mentorById = new LoaderDefinition<string, MentorEntity | null>(async (ids) =>
    oneByKey(ids, await this.mentors.findByIds(ids), (m) => m.id),
  );

  readonly assignmentsByMentorId = new LoaderDefinition<string, MentorAssignmentEntity[]>(async (ids) =>
    manyByKey(ids, await this.mentors.findAssignmentsByMentorIds(ids), (a) => a.mentorId),
  );

  readonly assignmentsByEnrollmentId = new LoaderDefinition<string, MentorAssignmentEntity[]>(async (ids) =>
    manyByKey(ids, await this.mentors.findAssignmentsByEnrollmentIds(ids), (a) => a.enrollmentId),
  );
}
