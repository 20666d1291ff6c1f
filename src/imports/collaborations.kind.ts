import type { EntityManager } from 'typeorm';
import { todayIn } from '../common/dates.js';
import { normalizeSdgs } from '../common/graphql/sdg.enum.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { CollaborationEntity, CollaborationStageChangeEntity } from '../collaborations/collaboration.entity.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, STAGE_ORDER } from '../collaborations/collaboration.enum.js';
import { date, oneOf, reference, sdgs, text } from './cell-parsers.js';
import type { ImportColumn, ImportKind, ParsedRow, PlanContext, Planned, ProblemSink, WriteContext } from './import-kind.js';
import { countStates, ventureFacts, resolveOrganizations, resolveVentures } from './kind-refs.js';
import { nameKeys, v } from './roster-types.js';

/** The stage columns in the order a collaboration moves through them; ENDED may follow any stage. */
const STAGE_COLUMNS: readonly (readonly [CollaborationStage, string])[] = [
  ...STAGE_ORDER.map((s) => [s, `${s.toLowerCase()}_on`] as const),
  [CollaborationStage.ENDED, 'ended_on'],
];

export const COLLABORATION_COLUMNS: readonly ImportColumn[] = [
  { name: 'venture', required: true, example: 'BANSO-CO', description: 'the venture (normalised name)', parse: text(200) },
  {
    name: 'venture_ref',
    required: false,
    example: 'V-2021-03',
    description: "the school's own id for the venture (matched first)",
    parse: reference,
  },
  {
    name: 'organization',
    required: true,
    example: 'NEC Body Care',
    description: 'the partner organization (normalised name)',
    parse: text(200),
  },
  {
    name: 'title',
    required: true,
    example: 'Care robot pilot',
    description: 'the title (with venture and organization, the key)',
    parse: text(200),
  },
  {
    name: 'domain',
    required: true,
    example: 'HEALTHCARE',
    description: Object.values(CollaborationDomain).join(', '),
    parse: oneOf(Object.values(CollaborationDomain), 'BAD_DOMAIN'),
  },
  {
    name: 'kind',
    required: true,
    example: 'PROOF_OF_CONCEPT',
    description: Object.values(CollaborationKind).join(', '),
    parse: oneOf(Object.values(CollaborationKind), 'BAD_KIND'),
  },
  { name: 'description', required: false, example: '', description: 'a description', parse: text(2000) },
  { name: 'sdgs', required: false, example: '3', description: 'SDG numbers separated by ";"', parse: sdgs },
  {
    name: 'started_on',
    required: true,
    example: '2024-04-01',
    description: 'the day it started: the day of its first stage, not before the venture was founded',
    parse: date,
  },
  ...STAGE_COLUMNS.map(([stage, name]) => ({
    name,
    required: false,
    example: { EXPLORING: '2024-04-01', PILOT: '2024-10-01' }[stage as string] ?? '',
    description: `the day it reached ${stage}${stage === CollaborationStage.ENDED ? ' (needs ended_reason)' : ''}`,
    parse: date,
  })),
  { name: 'ended_reason', required: false, example: '', description: 'why it ended (required with ended_on)', parse: text(2000) },
];

interface Move {
  stage: CollaborationStage;
  on: string;
}

interface CollaborationPlan {
  row: ParsedRow;
  /** The stored collaboration of the key, if any. */
  stored?: StoredCollaboration;
  fields: {
    ventureId: string;
    organizationId: string;
    title: string;
    domain: CollaborationDomain;
    kind: CollaborationKind;
    description: string | null;
    sdgs: number[];
    startedOn: string;
  };
  /** The file's stage history, in order; the moves after the stored ones are appended. */
  moves: Move[];
  endedReason: string | null;
  fieldsChanged: boolean;
}

export interface CollaborationsPlan {
  collaborations: CollaborationPlan[];
}

type StoredCollaboration = {
  id: string;
  venture_id: string;
  organization_id: string;
  title: string;
  domain: CollaborationDomain;
  kind: CollaborationKind;
  description: string | null;
  sdgs: number[];
  started_on: string;
  moves: Move[];
};

const newMoves = (p: CollaborationPlan) => p.moves.slice(p.stored?.moves.length ?? 0);

/** The row's stage history: the dated stage columns in order; none dated means EXPLORING on started_on. */
function movesOf(row: ParsedRow): Move[] {
  const dated = STAGE_COLUMNS.flatMap(([stage, column]) => {
    const on = v<string>(row, column);
    return on ? [{ stage, on }] : [];
  });
  const startedOn = v<string>(row, 'started_on')!;
  if (!dated.length || dated[0].stage === CollaborationStage.ENDED)
    return [{ stage: CollaborationStage.EXPLORING, on: startedOn }, ...dated];
  return dated;
}

const columnOf = (stage: CollaborationStage) => STAGE_COLUMNS.find(([s]) => s === stage)![1];

/** changeCollaborationStage's rules on the row's history: it starts on started_on, never goes back, not after today; ENDED needs a reason. */
function checkStages(row: ParsedRow, startedOn: string, today: string, problems: ProblemSink) {
  const moves = movesOf(row);
  if (moves[0].on !== startedOn)
    problems.error(row, columnOf(moves[0].stage), 'BAD_DATE', `the first stage is reached on started_on (${startedOn})`);
  for (let i = 1; i < moves.length; i += 1) {
    if (moves[i].on < moves[i - 1].on)
      problems.error(
        row,
        columnOf(moves[i].stage),
        'STAGE_OUT_OF_ORDER',
        `must not be before ${moves[i - 1].stage} (${moves[i - 1].on}): stages only move forward`,
      );
  }
  const last = moves[moves.length - 1];
  if (last.on > today) problems.error(row, columnOf(last.stage), 'BAD_DATE', `must not be in the future (today is ${today})`);
  const endedReason = v<string>(row, 'ended_reason') ?? null;
  if (last.stage === CollaborationStage.ENDED && !endedReason)
    problems.error(row, 'ended_reason', 'REQUIRED', 'is required to end a collaboration', null);
  return { moves, endedReason };
}

/** The ventures' stored collaborations with their effective history (MOVE and REDATE rows not voided), in order. */
async function storedCollaborations(manager: EntityManager, ventureIds: string[]) {
  return manager.query<StoredCollaboration[]>(
    `SELECT c.id, c.venture_id, c.organization_id, c.title, c.domain, c.kind, c.description, c.sdgs,
            to_char(c.started_on, 'YYYY-MM-DD') AS started_on,
            COALESCE((SELECT json_agg(json_build_object('stage', s.to_stage, 'on', to_char(s.changed_on, 'YYYY-MM-DD')) ORDER BY s.changed_on, s.recorded_at)
                        FROM collaboration_stage_changes s
                       WHERE s.collaboration_id = c.id AND s.voided_at IS NULL AND s.kind IN ($2, $3)), '[]') AS moves
       FROM collaborations c WHERE c.venture_id = ANY($1::uuid[])`,
    [ventureIds, HistoryEntryKind.MOVE, HistoryEntryKind.REDATE],
  );
}

async function planCollaborations(all: ParsedRow[], { manager, problems, now }: PlanContext): Promise<Planned<CollaborationsPlan>> {
  const ventures = await resolveVentures(manager, all, problems);
  const organizations = await resolveOrganizations(manager, all, problems, 'organization');
  const ventureIds = [...new Set(ventures.values())];
  const facts = await ventureFacts(manager, ventureIds);
  const stored = await storedCollaborations(manager, ventureIds);
  const titleKeys = await nameKeys(manager, [
    ...stored.map((s) => s.title),
    ...all.flatMap((r) => (r.values.title ? [v<string>(r, 'title')!] : [])),
  ]);
  const keyOf = (ventureId: string, organizationId: string, title: string) => `${ventureId}/${organizationId}/${titleKeys.get(title)}`;
  const storedByKey = new Map(stored.map((s) => [keyOf(s.venture_id, s.organization_id, s.title), s]));

  const collaborations: CollaborationPlan[] = [];
  const lineOf = new Map<string, number>();
  for (const row of all) {
    const ventureId = ventures.get(row);
    const organizationId = organizations.get(row);
    if (row.failed || !ventureId || !organizationId) continue;
    const fact = facts.get(ventureId);
    const startedOn = v<string>(row, 'started_on')!;
    if (fact?.founded_on && startedOn < fact.founded_on) {
      problems.error(row, 'started_on', 'BAD_DATE', `must not be before the venture was founded (${fact.founded_on})`);
      continue;
    }
    const { moves, endedReason } = checkStages(row, startedOn, todayIn(fact?.zone ?? 'Pacific/Kiritimati', now), problems);
    if (row.failed) continue;
    const title = v<string>(row, 'title')!;
    const key = keyOf(ventureId, organizationId, title);
    if (lineOf.has(key)) {
      problems.error(row, 'title', 'DUPLICATE_ROW', `line ${lineOf.get(key)} has this venture, organization and title already`);
      continue;
    }
    lineOf.set(key, row.line);
    const s = storedByKey.get(key);
    if (s) {
      // The stored history must be the start of the file's: a differing date is corrected in the app (UNDO / REDATE), never rewritten.
      const differs = s.moves.findIndex((m, i) => moves[i]?.stage !== m.stage || moves[i]?.on !== m.on);
      if (differs >= 0) {
        const m = s.moves[differs];
        const inFile = moves.find((x) => x.stage === m.stage);
        problems.error(
          row,
          columnOf(inFile?.stage ?? m.stage),
          'STAGE_DATE_CHANGED',
          `${m.stage} is stored on ${m.on}${inFile ? '' : ' and the file leaves it out'}: correct it in the app`,
          inFile?.on ?? null,
        );
        continue;
      }
    }
    const fields = {
      ventureId,
      organizationId,
      title: s?.title ?? title,
      domain: v<CollaborationDomain>(row, 'domain')!,
      kind: v<CollaborationKind>(row, 'kind')!,
      description: v<string>(row, 'description') ?? s?.description ?? null,
      sdgs: normalizeSdgs(v<number[]>(row, 'sdgs') ?? s?.sdgs ?? []),
      startedOn,
    };
    const fieldsChanged =
      !!s &&
      (s.domain !== fields.domain ||
        s.kind !== fields.kind ||
        s.description !== fields.description ||
        s.sdgs.join(';') !== fields.sdgs.join(';'));
    collaborations.push({ row, stored: s, fields, moves, endedReason, fieldsChanged });
  }
  return {
    plan: { collaborations },
    entities: {
      collaborations: countStates(collaborations, (c) =>
        !c.stored ? 'created' : c.fieldsChanged || newMoves(c).length ? 'updated' : 'unchanged',
      ),
      stageChanges: countStates(
        collaborations.flatMap((c) => [
          ...(c.stored?.moves ?? []).map(() => 'unchanged' as const),
          ...newMoves(c).map(() => 'created' as const),
        ]),
        (state) => state,
      ),
    },
    duplicates: [],
  };
}

/** createCollaboration for a new key (its first stage as history), then changeCollaborationStage for each stage after the stored ones. */
async function writeCollaborations(plan: CollaborationsPlan, { manager, actor }: WriteContext): Promise<void> {
  for (const c of plan.collaborations) {
    const moves = newMoves(c);
    if (c.stored && !c.fieldsChanged && !moves.length) continue;
    const last = c.moves[c.moves.length - 1];
    const ended = last.stage === CollaborationStage.ENDED;
    let id = c.stored?.id;
    if (!id) {
      const saved = await manager.save(
        manager.create(CollaborationEntity, {
          ...c.fields,
          stage: last.stage,
          stageOn: last.on,
          endedOn: ended ? last.on : null,
        }),
      );
      id = saved.id;
    } else {
      const collaboration = await manager.findOneByOrFail(CollaborationEntity, { id });
      Object.assign(collaboration, {
        domain: c.fields.domain,
        kind: c.fields.kind,
        description: c.fields.description,
        sdgs: c.fields.sdgs,
        stage: last.stage,
        stageOn: last.on,
        endedOn: ended ? last.on : null,
      });
      await manager.save(collaboration);
    }
    const before = c.stored?.moves.length ?? 0;
    await manager.insert(
      CollaborationStageChangeEntity,
      moves.map((m, i) => ({
        collaborationId: id,
        fromStage: before + i === 0 ? null : c.moves[before + i - 1].stage,
        toStage: m.stage,
        changedOn: m.on,
        reason: m.stage === CollaborationStage.ENDED ? c.endedReason : null,
        recordedByUserId: actor?.userId ?? null,
      })),
    );
  }
}

/** Collaborations with their stage dates: one row per collaboration, a date column per stage reached. */
export const collaborationsKind: ImportKind<CollaborationsPlan> = {
  name: 'collaborations',
  entities: ['collaborations', 'stageChanges'],
  columns: COLLABORATION_COLUMNS,
  validateRow() {},
  plan: planCollaborations,
  write: writeCollaborations,
};
