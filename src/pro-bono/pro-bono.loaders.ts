import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type {
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
  SocialIssueEntity,
} from './pro-bono.entity.js';
import { ProBonoService, type VolunteerTotalsRow } from './pro-bono.service.js';
import { SocialIssuesService } from './social-issues.service.js';

@Injectable()
export class ProBonoLoaders {
  constructor(
    private readonly proBono: ProBonoService,
    private readonly socialIssues: SocialIssuesService,
  ) {}

  readonly byId = new LoaderDefinition<string, ProBonoEngagementEntity | null>(async (ids) =>
    oneByKey(ids, await this.proBono.findByIds(ids), (g) => g.id),
  );

  readonly byBeneficiaryVentureId = new LoaderDefinition<string, ProBonoEngagementEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findBy('beneficiaryVentureId', ids), (g) => g.beneficiaryVentureId),
  );

  readonly byBeneficiaryOrganizationId = new LoaderDefinition<string, ProBonoEngagementEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findBy('beneficiaryOrganizationId', ids), (g) => g.beneficiaryOrganizationId),
  );

  readonly bySupportedCollaborationId = new LoaderDefinition<string, ProBonoEngagementEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findBy('supportedCollaborationId', ids), (g) => g.supportedCollaborationId),
  );

  readonly statusHistoryById = new LoaderDefinition<string, EngagementStatusChangeEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findStatusChanges(ids), (s) => s.engagementId),
  );

  readonly socialIssuesByEngagementId = new LoaderDefinition<string, SocialIssueEntity[]>(async (ids) =>
    manyByKey(ids, await this.socialIssues.findByEngagementIds(ids), (i) => i.engagementId),
  );

  readonly volunteersByEngagementId = new LoaderDefinition<string, ProBonoVolunteerEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findVolunteers('engagementId', ids), (v) => v.engagementId),
  );

  readonly volunteeringByPersonId = new LoaderDefinition<string, ProBonoVolunteerEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findVolunteers('personId', ids), (v) => v.personId),
  );

  readonly volunteerById = new LoaderDefinition<string, ProBonoVolunteerEntity | null>(async (ids) =>
    oneByKey(ids, await this.proBono.findVolunteers('id', ids), (v) => v.id),
  );

  readonly hourEntriesByVolunteerId = new LoaderDefinition<string, ProBonoHourEntryEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findHourEntries(ids), (e) => e.volunteerId),
  );

  readonly volunteerChangesById = new LoaderDefinition<string, ProBonoVolunteerChangeEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findVolunteerChanges(ids), (c) => c.volunteerId),
  );

  readonly totalsById = new LoaderDefinition<string, VolunteerTotalsRow | null>(async (ids) =>
    oneByKey(ids, await this.proBono.volunteerTotals(ids), (t) => t.engagementId),
  );
}
