import { randomUUID } from 'node:crypto';
import { todayIn } from '../common/dates.js';
import { Currency, MetricKind, MetricUnit, OutcomeSource } from '../outcomes/outcome.enum.js';
import { OutcomeRecordEntity } from '../outcomes/outcome.entity.js';
import { ventureProgramId } from '../programs/program-calendar.queries.js';
import { date, oneOf, reference, text } from './cell-parsers.js';
import {
  CellProblem,
  type ImportColumn,
  type ImportKind,
  type ParsedRow,
  type PlanContext,
  type Planned,
  type ProblemSink,
  type WriteContext,
} from './import-kind.js';
import { countStates, resolveVentures } from './kind-refs.js';
import { v } from './roster-types.js';

/** A value as IsDecimal(4) takes it: at most 4 decimals, 0..1e15; thousands separators and full-width digits are read. */
const decimal = (value: string): number => {
  const normal = value.normalize('NFKC').replace(/,/g, '');
  if (!/^\d+(\.\d{1,4})?$/.test(normal) || Number(normal) > 1e15) {
    throw new CellProblem('BAD_NUMBER', 'must be a number from 0 with at most 4 decimals');
  }
  return Number(normal);
};

export const OUTCOME_COLUMNS: readonly ImportColumn[] = [
  { name: 'venture', required: true, example: 'BANSO-CO', description: 'the venture (normalised name)', parse: text(200) },
  {
    name: 'venture_ref',
    required: false,
    example: 'V-2021-03',
    description: "the school's own id for the venture (matched first)",
    parse: reference,
  },
  {
    name: 'metric',
    required: true,
    example: 'FUNDING_RAISED',
    description: 'a metric code (metricDefinitions), case-insensitive',
    parse: (s) => s.normalize('NFKC').toUpperCase(),
  },
  {
    name: 'value',
    required: true,
    example: '5000000',
    description: 'the value (0 or more, at most 4 decimals; a percentage at most 100)',
    parse: decimal,
  },
  {
    name: 'currency',
    required: false,
    example: 'JPY',
    description: 'JPY, USD or EUR: required for money metrics, empty otherwise',
    parse: oneOf(Object.values(Currency), 'BAD_CURRENCY'),
  },
  { name: 'as_of', required: false, example: '', description: 'the day of a level (STOCK metrics)', parse: date },
  { name: 'period_start', required: false, example: '2024-04-01', description: 'first day of the period (FLOW metrics)', parse: date },
  { name: 'period_end', required: false, example: '2025-03-31', description: 'last day of the period (FLOW metrics)', parse: date },
  {
    name: 'source',
    required: false,
    example: 'VENTURE_REPORT',
    description: 'SURVEY, PUBLIC_REPORT, VENTURE_REPORT, STAFF_ESTIMATE or OTHER (empty: OTHER)',
    parse: oneOf(Object.values(OutcomeSource), 'BAD_SOURCE'),
  },
  {
    name: 'source_reference',
    required: false,
    example: 'FY2024 annual report',
    description: 'a URL, report title or survey name',
    parse: text(1000),
  },
  { name: 'note', required: false, example: '', description: 'a note', parse: text(2000) },
];

interface Metric {
  id: string;
  code: string;
  unit: MetricUnit;
  kind: MetricKind;
}

interface Values {
  value: number;
  currency: Currency | null;
  asOf: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: OutcomeSource;
  sourceReference: string | null;
  note: string | null;
}

interface OutcomePlan {
  row: ParsedRow;
  ventureId: string;
  metricId: string;
  values: Values;
  /** The current record of the same key: unchanged, or corrected by a new record of its lineage. */
  current?: { id: string; lineageId: string; sourceReference: string | null; note: string | null };
  changed: boolean;
}

export interface OutcomesPlan {
  records: OutcomePlan[];
}

type StoredRecord = {
  id: string;
  lineage_id: string;
  venture_id: string;
  metric_id: string;
  value: string;
  currency: Currency | null;
  as_of: string | null;
  period_start: string | null;
  period_end: string | null;
  source: OutcomeSource;
  source_reference: string | null;
  note: string | null;
};

/** recordOutcome's rules on one row: currency for money only, percentages to 100, a period for flows, a day for stocks, not in the future. */
function checkValues(row: ParsedRow, metric: Metric, x: Values, today: string, problems: ProblemSink): void {
  if (metric.unit === MetricUnit.MONEY && !x.currency)
    problems.error(row, 'currency', 'REQUIRED', `is required for ${metric.code} (money)`, null);
  if (metric.unit !== MetricUnit.MONEY && x.currency)
    problems.error(row, 'currency', 'BAD_VALUE', `${metric.code} is not money: leave currency empty`);
  if (metric.unit === MetricUnit.PERCENT && x.value > 100)
    problems.error(row, 'value', 'BAD_NUMBER', 'a percentage must be between 0 and 100');
  const future = (column: string, on: string | null) => {
    if (on && on > today) problems.error(row, column, 'BAD_DATE', `must not be in the future (today is ${today})`);
  };
  if (metric.kind === MetricKind.FLOW) {
    if (x.asOf) problems.error(row, 'as_of', 'BAD_VALUE', `${metric.code} is measured over a period: give period_start and period_end`);
    if (!x.periodStart) problems.error(row, 'period_start', 'REQUIRED', `is required for ${metric.code}`, null);
    if (!x.periodEnd) problems.error(row, 'period_end', 'REQUIRED', `is required for ${metric.code}`, null);
    if (x.periodStart && x.periodEnd && x.periodEnd < x.periodStart)
      problems.error(row, 'period_end', 'BAD_DATE', 'must not be before period_start');
    future('period_end', x.periodEnd);
  } else {
    for (const column of ['period_start', 'period_end']) {
      if (row.raw[column]) problems.error(row, column, 'BAD_VALUE', `${metric.code} is a level on a date: give as_of`);
    }
    if (!x.asOf) problems.error(row, 'as_of', 'REQUIRED', `is required for ${metric.code}`, null);
    future('as_of', x.asOf);
  }
}

const keyOf = (ventureId: string, metricId: string, x: { asOf: string | null; periodStart: string | null; periodEnd: string | null }) =>
  `${ventureId}/${metricId}/${x.asOf ?? `${x.periodStart}..${x.periodEnd}`}`;

async function planOutcomes(all: ParsedRow[], { manager, problems, now }: PlanContext): Promise<Planned<OutcomesPlan>> {
  const ventures = await resolveVentures(manager, all, problems);
  const metrics = await manager.query<Metric[]>(`SELECT id, code, unit, kind FROM metric_definitions`);
  const zones = new Map(
    (
      await manager.query<{ id: string; zone: string | null }[]>(
        `SELECT v.id, (SELECT p.time_zone FROM programs p WHERE p.id = ${ventureProgramId('v.id')}) AS zone FROM ventures v WHERE v.id = ANY($1::uuid[])`,
        [[...new Set(ventures.values())]],
      )
    ).map((z) => [z.id, z.zone]),
  );
  const stored = await manager.query<StoredRecord[]>(
    `SELECT id, lineage_id, venture_id, metric_id, value::text, currency, to_char(as_of, 'YYYY-MM-DD') AS as_of,
            to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end, source, source_reference, note
       FROM outcome_records WHERE superseded_at IS NULL AND venture_id = ANY($1::uuid[])`,
    [[...new Set(ventures.values())]],
  );
  const storedByKey = new Map(
    stored.map((s) => [keyOf(s.venture_id, s.metric_id, { asOf: s.as_of, periodStart: s.period_start, periodEnd: s.period_end }), s]),
  );
  const records: OutcomePlan[] = [];
  const lineOf = new Map<string, number>();
  for (const row of all) {
    const ventureId = ventures.get(row);
    if (row.failed || !ventureId) continue;
    const metric = metrics.find((m) => m.code === v<string>(row, 'metric'));
    if (!metric) {
      problems.error(row, 'metric', 'UNKNOWN_METRIC', `no metric has this code (metrics: ${metrics.map((m) => m.code).join(', ')})`);
      continue;
    }
    const values: Values = {
      value: v<number>(row, 'value')!,
      currency: v<Currency>(row, 'currency') ?? null,
      asOf: v<string>(row, 'as_of') ?? null,
      periodStart: v<string>(row, 'period_start') ?? null,
      periodEnd: v<string>(row, 'period_end') ?? null,
      source: v<OutcomeSource>(row, 'source') ?? OutcomeSource.OTHER,
      sourceReference: v<string>(row, 'source_reference') ?? null,
      note: v<string>(row, 'note') ?? null,
    };
    // A venture never admitted has no program: the latest "today" on earth, so no past day is refused.
    checkValues(row, metric, values, todayIn(zones.get(ventureId) ?? 'Pacific/Kiritimati', now), problems);
    if (row.failed) continue;
    const key = keyOf(ventureId, metric.id, values);
    if (lineOf.has(key)) {
      problems.error(
        row,
        'metric',
        'DUPLICATE_ROW',
        `line ${lineOf.get(key)} records this metric of this venture for this ${values.asOf ? 'day' : 'period'} already`,
      );
      continue;
    }
    lineOf.set(key, row.line);
    const s = storedByKey.get(key);
    const changed =
      !s ||
      Number(s.value) !== values.value ||
      s.currency !== values.currency ||
      s.source !== values.source ||
      (values.sourceReference !== null && values.sourceReference !== s.source_reference) ||
      (values.note !== null && values.note !== s.note);
    records.push({
      row,
      ventureId,
      metricId: metric.id,
      values,
      current: s && { id: s.id, lineageId: s.lineage_id, sourceReference: s.source_reference, note: s.note },
      changed,
    });
  }
  return {
    plan: { records },
    entities: { outcomes: countStates(records, (r) => (!r.current ? 'created' : r.changed ? 'updated' : 'unchanged')) },
    duplicates: [],
  };
}

/** New records start their lineage; a changed value is a correction (the current record superseded, a new one of its lineage). */
async function writeOutcomes(plan: OutcomesPlan, { manager, actor }: WriteContext): Promise<void> {
  const now = new Date();
  const rows: Partial<OutcomeRecordEntity>[] = [];
  for (const r of plan.records.filter((x) => x.changed)) {
    const id = randomUUID();
    if (r.current) await manager.update(OutcomeRecordEntity, r.current.id, { supersededAt: now });
    // A correction keeps the stored source reference and note unless the file gives others.
    const kept = {
      sourceReference: r.values.sourceReference ?? r.current?.sourceReference ?? null,
      note: r.values.note ?? r.current?.note ?? null,
    };
    rows.push({
      id,
      lineageId: r.current?.lineageId ?? id,
      ventureId: r.ventureId,
      metricId: r.metricId,
      ...r.values,
      ...kept,
      supersededAt: null,
      recordedByUserId: actor?.userId ?? null,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await manager.insert(OutcomeRecordEntity, rows.slice(i, i + 500));
}

/** Outcome records: one row per value of a venture's metric, for a day (STOCK) or a period (FLOW). */
export const outcomesKind: ImportKind<OutcomesPlan> = {
  name: 'outcomes',
  entities: ['outcomes'],
  columns: OUTCOME_COLUMNS,
  validateRow() {},
  plan: planOutcomes,
  write: writeOutcomes,
};
