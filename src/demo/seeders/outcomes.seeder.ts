import { randomUUID } from 'node:crypto';
import { MetricDefinitionEntity, OutcomeRecordEntity, RecognitionEntity } from '../../outcomes/outcome.entity.js';
import { Currency, OutcomeSource, RecognitionKind } from '../../outcomes/outcome.enum.js';
import type { VentureEntity } from '../../ventures/venture.entity.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import { BANSO_CO, type SchoolRows } from './school.seeder.js';

/**
 * Outcomes and recognitions: the two recognitions DOMAIN.md names go to fictional graduates
 * (the public case does not name the ventures); every value is fictional.
 */
export async function seedOutcomes(seed: DemoSeed, org: OrgIds, school: SchoolRows): Promise<void> {
  const graduated = school.ventures.filter((v) => v.name !== BANSO_CO && school.graduated(v));
  const recognitions: Partial<RecognitionEntity>[] = [
    {
      name: 'Entrepreneur of the Year (youngest-ever recipient)',
      kind: RecognitionKind.AWARD,
      awardingOrganizationId: org.hbsClub,
      year: 2019,
      receivedOn: null,
      ventureId: graduated[10].id,
      personId: school.founderOf(graduated[10].id),
      description: 'Named in the public case; given here to a fictional graduate, and the year is illustrative.',
    },
    {
      name: 'Top 100 social entrepreneurs who change the world',
      kind: RecognitionKind.MEDIA_SELECTION,
      awardingOrganizationId: org.newsweek,
      year: 2016,
      receivedOn: null,
      ventureId: null,
      personId: school.founderOf(graduated[3].id),
      description: 'Named in the public case; given here to a fictional graduate, and the year is illustrative.',
    },
  ];
  await seed.insert(RecognitionEntity, recognitions);
  await seed.insert(OutcomeRecordEntity, await outcomeRecords(seed, graduated));
}

/** Funding and head count of the first twelve graduates over three years, and one corrected value. */
async function outcomeRecords(seed: DemoSeed, graduated: Partial<VentureEntity>[]): Promise<Partial<OutcomeRecordEntity>[]> {
  const metricId = Object.fromEntries((await seed.manager.find(MetricDefinitionEntity)).map((m) => [m.code, m.id]));
  const outcomes: Partial<OutcomeRecordEntity>[] = [];
  const outcome = (
    ventureId: string,
    code: string,
    value: number,
    dates: { asOf?: string; periodStart?: string; periodEnd?: string },
    currency: Currency | null = null,
    supersededAt: Date | null = null,
    lineageId?: string,
  ) => {
    const id = randomUUID();
    outcomes.push({
      id,
      lineageId: lineageId ?? id,
      ventureId,
      metricId: metricId[code],
      value,
      currency,
      asOf: dates.asOf ?? null,
      periodStart: dates.periodStart ?? null,
      periodEnd: dates.periodEnd ?? null,
      source: OutcomeSource.SURVEY,
      sourceReference: 'Fictional alumni survey',
      note: 'Fictional demo value.',
      supersededAt,
      recordedByUserId: null,
    });
    return id;
  };
  graduated.slice(0, 12).forEach((v, k) => {
    const id = v.id as string;
    for (const year of [2022, 2023, 2024]) {
      outcome(
        id,
        'FUNDING_RAISED',
        (k + 1) * 1_000_000 * (year - 2021),
        { periodStart: `${year}-04-01`, periodEnd: `${year + 1}-03-31` },
        k % 4 === 3 ? Currency.USD : Currency.JPY,
      );
      outcome(id, 'EMPLOYEES_FTE', 2 + k + (year - 2022) * 2, { asOf: `${year + 1}-03-31` });
    }
  });
  // One corrected value, so that history has something to show.
  const wrong = outcome(
    graduated[0].id as string,
    'BENEFICIARIES_REACHED',
    1200,
    { periodStart: '2024-04-01', periodEnd: '2025-03-31' },
    null,
    new Date('2025-06-01T00:00:00Z'),
  );
  outcome(
    graduated[0].id as string,
    'BENEFICIARIES_REACHED',
    2100,
    { periodStart: '2024-04-01', periodEnd: '2025-03-31' },
    null,
    null,
    wrong,
  );
  return outcomes;
}
