import { randomUUID } from 'node:crypto';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { EventEntity, EventOrganizationEntity } from '../../events/event.entity.js';
import { EventKind, EventOrganizationRole } from '../../events/event.enum.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';

/** The two public events of 2024: the forum and the festival program of the pro bono engagement. */
export async function seedEvents(seed: DemoSeed, org: OrgIds, necProgramId: string, festivalEngagementId: string): Promise<void> {
  const demoEvents: Partial<EventEntity>[] = [
    {
      id: randomUUID(),
      title: 'NEC Social Entrepreneur Forum 2024',
      kind: EventKind.FORUM,
      description:
        'Current students, alumni and NEC employees of the NEC Social Entrepreneurship School, in person and online. The day in November is illustrative.',
      startsOn: '2024-11-20',
      endsOn: '2024-11-20',
      place: 'Tokyo (venue not in the public case)',
      online: true,
      programId: necProgramId,
      cohortId: null,
      engagementId: null,
      sdgs: [Sdg.DECENT_WORK_AND_ECONOMIC_GROWTH, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
      attendanceOnline: 150,
      attendanceEmployees: 150,
      attendanceNote: 'Over 150 NEC employees joined online; in-person counts are not public.',
    },
    {
      id: randomUUID(),
      title: 'Make Your Own Rocket!',
      kind: EventKind.FESTIVAL_PROGRAM,
      description:
        'Family program of the Kawasaki SDGs Partner Festival 2024: balloon-powered rockets, led by an NEC employee from the space business. The day in October is illustrative.',
      startsOn: '2024-10-19',
      endsOn: '2024-10-19',
      place: 'NEC Tamagawa Plant, Kawasaki',
      online: false,
      programId: null,
      cohortId: null,
      engagementId: festivalEngagementId,
      sdgs: [Sdg.QUALITY_EDUCATION, Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES],
      attendanceNote: 'Attendance not in the public case.',
    },
  ];
  const eventOrganizations: Partial<EventOrganizationEntity>[] = [
    { eventId: demoEvents[0].id, organizationId: org.etic, role: EventOrganizationRole.ORGANIZER },
    { eventId: demoEvents[0].id, organizationId: org.nec, role: EventOrganizationRole.ORGANIZER },
    { eventId: demoEvents[1].id, organizationId: org.proBonoClub, role: EventOrganizationRole.ORGANIZER },
    { eventId: demoEvents[1].id, organizationId: org.kawasaki, role: EventOrganizationRole.PARTNER },
    { eventId: demoEvents[1].id, organizationId: org.tamagawa, role: EventOrganizationRole.PARTNER },
  ];
  await seed.insert(EventEntity, demoEvents);
  await seed.insert(EventOrganizationEntity, eventOrganizations);
}
