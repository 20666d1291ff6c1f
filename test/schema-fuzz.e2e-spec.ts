import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isScalarType,
  isLeafType,
} from 'graphql';
import { Role } from '../src/access/role.enum.js';
import { CohortStatus } from '../src/cohorts/cohort-status.enum.js';
import { EnrollmentStatus } from '../src/enrollments/enrollment-status.enum.js';
import { startTestApp, type Caller, type GqlResult, type TestApp } from './utils/test-app.js';
import { factories } from './utils/factories.js';

/**
 * Every query and mutation of schema.gql, as every role, with generated arguments of the right
 * shape and nasty values. Allowed: data, or a documented client error; never an internal error,
 * and a mutation that fails leaves every table as it was. FC_SEED replays a run, FC_RUNS sets
 * its length (calls).
 */
const RUNS = Number(process.env.FC_RUNS ?? 5000);
/** Calls per property run: its queries run concurrently, its mutations one by one. */
const BATCH = 10;
/** FC_REPORT_ALL=1 lists every problem instead of stopping (and shrinking) at the first. */
const REPORT_ALL = Boolean(process.env.FC_REPORT_ALL);
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);
/** Failed logins (and wrong current passwords) count against the account on purpose: that write is the feature. */
const WRITES_WHEN_FAILING = new Set(['login', 'changePassword']);
/** ADMIN passes every rule, so it is drawn more often: its calls reach the services. */
const CALLERS: Caller[] = [Role.ADMIN, Role.ADMIN, Role.ADMIN, Role.STAFF, Role.STAFF, Role.MENTOR, Role.ANALYST, 'ANONYMOUS'];

interface Call {
  kind: 'query' | 'mutation';
  field: string;
  caller: Caller;
  args: Record<string, unknown>;
  /** Arguments written into the document instead of sent as variables. */
  inline: boolean;
}

const today = new Date().toISOString().slice(0, 10);
const NASTY_STRINGS = [
  '',
  ' ',
  'a',
  'Acme',
  'NEC',
  '%',
  '_',
  '\\',
  "'; DROP TABLE ventures; --",
  "=cmd|' /C calc'!A0",
  'a\nb',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFF',
  '😀',
  '𠮷野家',
  'x'.repeat(6000),
  '  padded  ',
  'staff@test.example',
  'a@b.example',
  'FUNDING_RAISED',
  'EMPLOYEES_FTE',
  'marketing',
  '2024-01-01',
  'https://example.org',
  'javascript:alert(1)',
  '00000000-0000-0000-0000-000000000000',
  'ÜBER',
];
const PLAIN_STRINGS = [
  'Acme',
  'NEC',
  'health',
  'marketing',
  'project lead',
  'FUNDING_RAISED',
  'EMPLOYEES_FTE',
  'Pilot',
  'Aoi Sato',
  'a@b.example',
  'long-enough-password',
  'Tokyo',
];
const DATES = [
  '2024-01-15',
  '2023-06-01',
  '2020-04-01',
  '2024-02-29',
  '1900-01-01',
  '0001-01-01',
  '9999-12-31',
  '2100-01-01',
  today,
  '2024-02-30',
  '2024-13-01',
  'yesterday',
];
const FLOATS = [0, 1, -1, 0.5, 1e-7, 1e-4, 1.5e-4, 2.5e3, 100, 100.5, 99999, 99999.99, 100000, 1e15, 1e16, 1e308, -1e308, 5e-324];
const INTS = [0, 1, -1, 2, 20, 100, 101, 1900, 2024, 2200, 2201, 2147483647, -2147483648];
const MALFORMED_IDS = [
  '',
  'abc',
  '1',
  '00000000-0000-0000-0000-00000000000z',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  '\u0000',
  ' '.repeat(36),
  '../../etc/passwd',
];

const ALIASES: Record<string, string> = {
  person: 'people',
  attendeeperson: 'people',
  organizer: 'organizations',
  partner: 'organizations',
  intermediary: 'organizations',
  company: 'organizations',
};

/** Real ids of the table an argument's name points to (`ventureId`, `organizerIds`; `id` of `updateVenture`), else of any table. */
function idsFor(idsByTable: Map<string, string[]>, hint: string): string[] {
  const word = hint
    .toLowerCase()
    .replace(/^(update|delete|create|change|restore|close|end|set|remove|add|revoke|deactivate|reactivate)/, '')
    .replace(/ids?$/, '');
  const wanted = ALIASES[word] ?? word;
  const tables = [...idsByTable.keys()].filter((table) => word && table.replace(/_/g, '').includes(wanted));
  const ids = tables.flatMap((table) => idsByTable.get(table)!);
  return ids.length ? ids : [...idsByTable.values()].flat();
}

/** Arbitraries for the arguments of a schema's fields, picking real ids from `idsByTable`. */
function argumentArbitraries(idsByTable: Map<string, string[]>) {
  const scalar = (name: string, hint: string): fc.Arbitrary<unknown> => {
    switch (name) {
      case 'ID':
        return fc.oneof(
          { arbitrary: fc.constantFrom(...idsFor(idsByTable, hint)), weight: 6 },
          { arbitrary: fc.uuid(), weight: 2 },
          { arbitrary: fc.constantFrom(...MALFORMED_IDS), weight: 2 },
        );
      case 'Int':
        return fc.oneof(fc.constantFrom(...INTS), fc.integer({ min: -5, max: 30 }), fc.integer());
      case 'Float':
        return fc.oneof(fc.constantFrom(...FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 1000 }));
      case 'Boolean':
        return fc.boolean();
      case 'LocalDate':
        return fc.constantFrom(...DATES);
      case 'DateTime':
        return fc.constantFrom(
          '2024-01-15T10:00:00Z',
          '2024-01-15T10:00:00.123+09:00',
          `${today}T00:00:00Z`,
          '1970-01-01T00:00:00Z',
          '9999-12-31T23:59:59Z',
          'not a time',
        );
      case 'JSONObject':
        return fc.constantFrom({}, { a: 1 }, { nested: { deep: ['\u0000'] } });
      default:
        return fc.oneof(
          { arbitrary: fc.constantFrom(...PLAIN_STRINGS), weight: 4 },
          { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 3 },
          { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
          { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
        );
    }
  };
  const value = (type: GraphQLInputType, depth: number, hint: string): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return value(type.ofType, depth, hint);
    if (isListType(type)) return fc.array(value(type.ofType, depth, hint), { maxLength: 3 });
    if (isEnumType(type))
      return fc.oneof(
        { arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)), weight: 9 },
        { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 },
      );
    if (isScalarType(type)) return scalar(type.name, hint);
    return inputObject(type.getFields(), depth + 1, hint);
  };
  const inputObject = (
    fields: Record<string, { name: string; type: GraphQLInputType }>,
    depth: number,
    parent: string,
  ): fc.Arbitrary<Record<string, unknown>> => {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const [name, field] of Object.entries(fields)) {
      const hint = name === 'id' ? parent : name;
      if (isNonNullType(field.type)) {
        shape[name] = value(field.type, depth, hint);
        required.push(name);
      } else if (depth < 4) {
        shape[name] = fc.oneof({ arbitrary: value(field.type, depth, hint), weight: 6 }, { arbitrary: fc.constant(null), weight: 1 });
      }
    }
    return fc.record(shape, { requiredKeys: required });
  };
  return (field: GraphQLField<unknown, unknown>) => inputObject(Object.fromEntries(field.args.map((a) => [a.name, a])), 0, field.name);
}

/** Leaf fields (and one level of objects, by __typename and id) that need no arguments. */
function selection(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selection(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** A GraphQL literal for a JSON value of the given input type (enum values bare). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type))
    return Array.isArray(value) ? `[${value.map((v) => literal(v, type.ofType)).join(', ')}]` : literal(value, type.ofType);
  if (isEnumType(type)) return typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  if (isScalarType(type) && type.name === 'JSONObject') return '{}';
  return JSON.stringify(value);
}

function document(schema: GraphQLSchema, call: Call): { query: string; variables?: Record<string, unknown> } {
  const root = call.kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[call.field];
  const given = field.args.filter((a) => a.name in call.args);
  const sel = selection(field.type);
  if (call.inline) {
    const args = given.map((a) => `${a.name}: ${literal(call.args[a.name], a.type)}`).join(', ');
    return { query: `${call.kind} { ${call.field}${args ? `(${args})` : ''} ${sel} }` };
  }
  const defs = given.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const uses = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${call.kind}${defs ? `(${defs})` : ''} { ${call.field}${uses ? `(${uses})` : ''} ${sel} }`, variables: call.args };
}

/** Rows the fuzzer's calls may reference: a little of everything, through factories and GraphQL. */
async function seed(t: TestApp): Promise<void> {
  const f = factories(t.dataSource);
  const org = await f.organization({ name: 'NEC' });
  const program = await f.program({ organizerId: org.id });
  const cohort = await f.cohort(program.id, 2023, { status: CohortStatus.ACTIVE });
  const venture = await f.venture({ name: 'BANSO-CO', foundedOn: '2020-04-01', sector: 'health' });
  const person = await f.person({ name: 'Aoi Sato' });
  await f.founder(venture.id, person.id);
  await f.enrollment(cohort.id, venture.id, [
    [EnrollmentStatus.ADMITTED, '2023-05-01'],
    [EnrollmentStatus.ACTIVE, '2023-06-01'],
  ]);
  await f.enrollment((await f.cohort(program.id, 2021)).id, (await f.venture()).id, [
    [EnrollmentStatus.ACTIVE, '2021-06-01'],
    [EnrollmentStatus.GRADUATED, '2022-02-28'],
  ]);
  await f.user([Role.ANALYST]);
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const r = await t.gqlAs(Role.ADMIN, query, variables);
    if (r.errors) throw new Error(`seed: ${JSON.stringify(r.errors)}`);
  };
  await gql(`mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`, {
    input: {
      ventureId: venture.id,
      organizationId: org.id,
      title: 'Pilot',
      domain: 'HEALTHCARE',
      kind: 'DEMONSTRATION_PROJECT',
      startedOn: '2023-04-01',
    },
  });
  await gql(`mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`, {
    input: { title: 'Support', beneficiaryVentureId: venture.id, startedOn: '2024-01-15', status: 'ACTIVE' },
  });
  await gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
    input: { title: 'Demo day', kind: 'OTHER', startsOn: '2024-01-01', online: true, organizerIds: [org.id] },
  });
  await gql(`mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`, {
    input: { ventureId: venture.id, metricCode: 'EMPLOYEES_FTE', value: 3, asOf: '2024-01-01', source: 'SURVEY' },
  });
  await gql(`mutation($input: CreateSocialIssueInput!) { createSocialIssue(input: $input) { id } }`, { input: { name: 'Ageing' } });
}

describe('schema-driven property test: no input reaches a 500', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const idsByTable = new Map<string, string[]>();
  let fingerprintSql: string;
  beforeAll(async () => {
    t = await startTestApp();
    await seed(t);
    schema = buildSchema(readFileSync(new URL('../schema.gql', import.meta.url), 'utf8'));
    const tables = t.dataSource.entityMetadatas.map((m) => m.tableName);
    // The test accounts stay out of reach, or a deactivateUser would sign a role out for the rest of the run.
    const own = Object.values(t.accounts).flatMap((a) => [a.userId, a.personId]);
    const rows: { t: string; id: string }[] = await t.dataSource.query(
      tables
        .filter((n) => t.dataSource.getMetadata(n).findColumnWithPropertyName('id'))
        .map((n) => `SELECT '${n}' AS t, id::text FROM "${n}"`)
        .join(' UNION ALL '),
    );
    for (const row of rows.filter((r) => !own.includes(r.id))) idsByTable.set(row.t, [...(idsByTable.get(row.t) ?? []), row.id]);
    fingerprintSql = `SELECT concat_ws(',', ${tables.map((n) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${n}" x)`).join(', ')}) AS f`;
  });
  afterAll(() => t.close());

  it(`answers data or a documented client error for ${RUNS} generated calls`, async () => {
    const argsOf = argumentArbitraries(idsByTable);
    const fieldsOf = (kind: Call['kind']) =>
      Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields());
    const callArb = fc.oneof(
      ...(['query', 'mutation'] as const).flatMap((kind) =>
        fieldsOf(kind).map((field) =>
          fc.record({
            kind: fc.constant(kind),
            field: fc.constant(field.name),
            caller: fc.constantFrom(...CALLERS),
            args: argsOf(field),
            inline: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
          }),
        ),
      ),
    ) as fc.Arbitrary<Call>;
    const fingerprint = async () => (await t.dataSource.query(fingerprintSql))[0].f as string;
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    let calls = 0;
    const fail = (message: string) => {
      problems.push(message);
      if (!REPORT_ALL) throw new Error(message);
    };
    /** Sends one call; returns whether it failed (errors and no data). */
    const send = async (call: Call): Promise<boolean> => {
      calls += 1;
      const { query, variables } = document(schema, call);
      const r: GqlResult<Record<string, unknown>> = await t.gqlAs(call.caller, query, variables);
      const codes = [...new Set((r.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'NO_CODE')))];
      const key = codes.length ? codes.join('+') : 'DATA';
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      const unexpected = codes.filter((c) => !CLIENT_CODES.has(c));
      if (r.status >= 500 || unexpected.length)
        fail(
          `${call.field} as ${call.caller} answered ${r.status} ${unexpected.join('+')}: ${JSON.stringify(variables ?? query).slice(0, 500)}`,
        );
      return r.data?.[call.field] == null;
    };
    // Mutations run one after another, each between two fingerprints; queries (which write
    // nothing) run alongside them, a batch at a time.
    let before: string | undefined;
    const mutate = async (call: Call) => {
      before ??= await fingerprint();
      if (!(await send(call))) {
        before = undefined;
        return;
      }
      const after = await fingerprint();
      if (after !== before && !WRITES_WHEN_FAILING.has(call.field))
        fail(`${call.field} as ${call.caller} failed but changed the tables: ${JSON.stringify(call.args).slice(0, 500)}`);
      before = after;
    };
    const started = Date.now();
    console.log(`schema fuzz: seed ${SEED} (replay with FC_SEED=${SEED}), ${RUNS} calls`);
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(callArb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const mutations = batch.filter((c) => c.kind === 'mutation');
          await Promise.all([
            ...batch.filter((c) => c.kind === 'query').map(send),
            (async () => {
              for (const call of mutations) await mutate(call);
            })(),
          ]);
        }),
        { seed: SEED, numRuns: Math.ceil(RUNS / BATCH) },
      );
    } finally {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const byCode = [...outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `  ${k}: ${n}`)
        .join('\n');
      console.log(
        `schema fuzz: ${calls} calls in ${seconds} s (seed ${SEED}); outcomes by code:\n${byCode}${problems.length ? `\nproblems:\n${problems.join('\n')}` : ''}`,
      );
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(RUNS);
  }, 300_000);
});
