import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type {
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
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

  readonly byBeneficiaryVentureId = pagedLoader(
    (ids, first) => this.proBono.findBy('beneficiaryVentureId', ids, first),
    (g) => g.beneficiaryVentureId,
  );

  readonly byBeneficiaryOrganizationId = pagedLoader(
    (ids, first) => this.proBono.findBy('beneficiaryOrganizationId', ids, first),
    (g) => g.beneficiaryOrganizationId,
  );

  readonly bySupportedCollaborationId = pagedLoader(
    (ids, first) => this.proBono.findBy('supportedCollaborationId', ids, first),
    (g) => g.supportedCollaborationId,
  );

  readonly statusHistoryById = new LoaderDefinition<string, EngagementStatusChangeEntity[]>(async (ids) =>
    manyByKey(ids, await this.proBono.findStatusChanges(ids), (s) => s.engagementId),
  );

  readonly socialIssuesByEngagementId = new LoaderDefinition<string, SocialIssueEntity[]>(async (ids) =>
    manyByKey(ids, await this.socialIssues.findByEngagementIds(ids), (i) => i.engagementId),
  );

  readonly volunteersByEngagementId = pagedLoader(
    (ids, first) => this.proBono.findVolunteers('engagementId', ids, first),
    (v) => v.engagementId,
  );

  readonly volunteeringByPersonId = pagedLoader(
    (ids, first) => this.proBono.findVolunteers('personId', ids, first),
    (v) => v.personId,
  );

  readonly volunteerById = new LoaderDefinition<string, ProBonoVolunteerEntity | null>(async (ids) =>
    oneByKey(ids, await this.proBono.findVolunteers('id', ids), (v) => v.id),
  );

  readonly hourEntriesByVolunteerId = pagedLoader(
    (ids, first) => this.proBono.findHourEntries(ids, first),
    (e) => e.volunteerId,
  );

  readonly volunteerChangesById = pagedLoader(
    (ids, first) => this.proBono.findVolunteerChanges(ids, first),
    (c) => c.volunteerId,
  );

  readonly totalsById = new LoaderDefinition<string, VolunteerTotalsRow | null>(async (ids) =>
    oneByKey(ids, await this.proBono.volunteerTotals(ids), (t) => t.engagementId),
  );
}
