import { randomUUID } from 'node:crypto';
import {
  CollaborationContactEntity,
  CollaborationEntity,
  CollaborationStageChangeEntity,
} from '../../collaborations/collaboration.entity.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide } from '../../collaborations/collaboration.enum.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import type { VentureEntity } from '../../ventures/venture.entity.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import type { DemoStaff } from './people.seeder.js';
import { BANSO_CO, type SchoolRows } from './school.seeder.js';

/** BANSO-CO and its collaboration with NEC Body Care, when the demo has them. */
export interface BansoCase {
  banso?: Partial<VentureEntity>;
  collaboration?: Partial<CollaborationEntity>;
}

/**
 * Collaborations: BANSO-CO with NEC Body Care (stage dates are illustrative: the public case
 * names the partnership, not its dates), plus fictional ones of other alumni; and who worked
 * on the BANSO-CO one.
 */
export async function seedCollaborations(seed: DemoSeed, org: OrgIds, school: SchoolRows, staff: DemoStaff): Promise<BansoCase> {
  const collaborations: Partial<CollaborationEntity>[] = [];
  const stageChanges: Partial<CollaborationStageChangeEntity>[] = [];
  const collaborate = (
    ventureId: string,
    organizationId: string,
    title: string,
    domain: CollaborationDomain,
    kind: CollaborationKind,
    path: [CollaborationStage, string][],
    description: string,
  ) => {
    const id = randomUUID();
    const [stage, stageOn] = path[path.length - 1];
    collaborations.push({
      id,
      ventureId,
      organizationId,
      title,
      domain,
      kind,
      description,
      startedOn: path[0][1],
      endedOn: stage === CollaborationStage.ENDED ? stageOn : null,
      stage,
      stageOn,
      sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING],
    });
    path.forEach(([to, on], i) =>
      stageChanges.push({
        collaborationId: id,
        fromStage: i ? path[i - 1][0] : null,
        toStage: to,
        changedOn: on,
        reason: to === CollaborationStage.ENDED ? 'Fictional: pilot not continued' : null,
        recordedByUserId: null,
      }),
    );
  };
  const banso = school.ventures.find((v) => v.name === BANSO_CO);
  if (banso?.id) {
    collaborate(
      banso.id,
      org.necBodyCare,
      'NEC Body Care business collaboration',
      CollaborationDomain.HEALTHCARE,
      CollaborationKind.DEMONSTRATION_PROJECT,
      [
        [CollaborationStage.EXPLORING, '2023-04-01'],
        [CollaborationStage.PILOT, '2023-10-01'],
        [CollaborationStage.DEMONSTRATION, '2024-06-01'],
      ],
      'Business collaboration with NEC Body Care, a healthcare service developed as an NEC demonstration project, supported by the NEC Pro Bono Club.',
    );
  }
  const alumni = school.ventures.filter((v) => v.name !== BANSO_CO && v.sector === 'healthcare').slice(0, 3);
  alumni.forEach((v, k) =>
    collaborate(
      v.id as string,
      org.nec,
      `Fictional collaboration ${k + 1}`,
      CollaborationDomain.HEALTHCARE,
      CollaborationKind.PROOF_OF_CONCEPT,
      k === 1
        ? [
            [CollaborationStage.EXPLORING, '2019-05-01'],
            [CollaborationStage.ENDED, '2019-12-01'],
          ]
        : [[CollaborationStage.EXPLORING, `202${k + 2}-05-01`]],
      'Fictional demo collaboration.',
    ),
  );
  const collaboration = collaborations.find((c) => c.ventureId === banso?.id);
  const contacts: Partial<CollaborationContactEntity>[] = collaboration
    ? [
        { collaborationId: collaboration.id, personId: school.founderOf(banso?.id), side: ContactSide.VENTURE, role: 'founder and CEO' },
        {
          collaborationId: collaboration.id,
          personId: staff.bodyCareLead,
          side: ContactSide.PARTNER,
          role: 'product lead (fictional person)',
        },
      ]
    : [];
  await seed.insert(CollaborationEntity, collaborations);
  await seed.insert(CollaborationStageChangeEntity, stageChanges);
  await seed.insert(CollaborationContactEntity, contacts);
  return { banso, collaboration };
}
