import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { AuthService } from '../src/auth/auth.service.js';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus } from '../src/enrollments/enrollment-status.enum.js';
import { startTestApp, type GqlResult, type TestApp } from './utils/test-app.js';
import { factories } from './utils/factories.js';

/**
 * Issue 13: a mentor sees only their ventures, on every path. Mentor A walks the schema from every
 * root field they may call, 6 hops deep, and no answer may hold anything of mentor B's ventures
 * (nor of a venture nobody mentors).
 *
 * Co-mentoring: venture "AB-shared" has both mentors. It is A's venture too, so A sees it, its
 * founders, every session on it (summary, topics, attendees, follow-ups, the assignment it was
 * logged under) and B as its co-mentor; but not B's private notes, and not, through B, B's other
 * ventures. Aggregates (Cohort.mentoringSummary counts) are not rows and are not checked.
 */

/** Everything A must never read carries this in its name or text. */
const MARK = 'SECRET-';
const MAX_DEPTH = 6;

type Send = (query: string, variables?: Record<string, unknown>) => Promise<GqlResult<any>>;

interface World {
  /** An id of A's own world per type, for `id` arguments. */
  ownIds: Map<string, string>;
  /** Rows that belong only to B's ventures (or to the unmentored one). */
  secretIds: Set<string>;
}

interface Mentoring {
  label: 'A' | 'B';
  mentorId: string;
  send: Send;
}

/** `name(input: $i) { select }` sent by `send`; throws on any error. */
async function mutate(send: Send, name: string, input: Record<string, unknown>, select = 'id'): Promise<any> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const { data, errors } = await send(`mutation($i: ${type}!) { ${name}(input: $i) { ${select} } }`, { i: input });
  if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
  return data[name];
}

/** A venture with founders, enrollment, a session by each of `mentors`, and the rows around it; `ids` lists them all. */
async function ventureKit(t: TestApp, tag: string, cohortId: string, mentors: Mentoring[]) {
  const f = factories(t.dataSource);
  const staff: Send = (q, v) => t.gql(q, v);
  const ids: string[] = [];
  const keep = (id: string) => (ids.push(id), id);
  const org = keep((await mutate(staff, 'createOrganization', { name: `${tag} origin org`, kind: 'COMPANY' })).id);
  const founders = [keep((await f.person({ name: `${tag} founder 1` })).id), keep((await f.person({ name: `${tag} founder 2` })).id)];
  keep((await mutate(staff, 'addAffiliation', { personId: founders[0], organizationId: org, role: 'CEO' })).id);
  const venture = {
    name: `${tag} venture`,
    description: `${tag} pitch`,
    foundedOn: '2019-01-01',
    originOrganizationId: org,
    sdgs: ['ZERO_HUNGER'],
  };
  const ventureId = keep(
    (await mutate(staff, 'createVenture', { ...venture, founders: founders.map((personId) => ({ personId, role: 'founder' })) })).id,
  );
  const path: [EnrollmentStatus, string][] = [
    [EnrollmentStatus.APPLIED, '2023-03-01'],
    [EnrollmentStatus.ADMITTED, '2023-04-01'],
    [EnrollmentStatus.ACTIVE, '2023-06-01'],
  ];
  const enrollmentId = keep((await f.enrollment(cohortId, ventureId, path)).id);
  for (const row of await t.dataSource.query(`SELECT id FROM enrollment_events WHERE enrollment_id = $1`, [enrollmentId])) keep(row.id);
  const sessions: string[] = [];
  for (const [i, m] of mentors.entries()) {
    const assignmentId = keep((await mutate(staff, 'assignMentor', { mentorId: m.mentorId, enrollmentId, startsOn: '2023-06-01' })).id);
    const session = await mutate(
      m.send,
      'logMentoringSession',
      sessionInput(tag, m.label, i, assignmentId, founders),
      'id followUps { id }',
    );
    sessions.push(keep(session.id));
    session.followUps.forEach((u: { id: string }) => keep(u.id));
  }
  const side = await sideRows(t, tag, ventureId, org, founders[0], keep);
  return { ventureId, enrollmentId, founders, org, sessions, ids, ...side };
}

const sessionInput = (tag: string, label: string, i: number, assignmentId: string, founders: string[]) => ({
  assignmentId,
  heldAt: `2024-0${i + 1}-10T10:00:00Z`,
  durationMinutes: 60,
  format: 'ONLINE',
  topics: ['Fundraising'],
  tags: [`${tag} tag`],
  attendeePersonIds: founders,
  summary: `${tag} session summary by ${label}`,
  // B's notes stay B's, even on the shared venture.
  privateNotes: `${label === 'B' ? `${MARK}B-notes ` : ''}${tag} private notes by ${label}`,
  followUps: [{ text: `${tag} follow-up by ${label}`, ownerPersonId: founders[0], dueOn: '2024-12-01' }],
});

/** A collaboration with a contact, an outcome, an award, and a pro bono engagement with a volunteer and an event. */
async function sideRows(t: TestApp, tag: string, ventureId: string, organizationId: string, founder: string, keep: (id: string) => string) {
  const staff: Send = (q, v) => t.gql(q, v);
  const collaboration = {
    ventureId,
    organizationId,
    title: `${tag} collaboration`,
    description: `${tag} deal`,
    domain: 'HEALTHCARE',
    kind: 'OTHER',
    startedOn: '2024-03-01',
  };
  const collaborationId = keep((await mutate(staff, 'createCollaboration', collaboration)).id);
  await mutate(staff, 'addCollaborationContact', { collaborationId, personId: founder, role: 'lead', side: 'VENTURE' }, 'role');
  const outcome = {
    metricCode: 'EMPLOYEES_FTE',
    value: 3,
    asOf: '2024-03-31',
    source: 'SURVEY',
    note: `${tag} outcome note`,
    sourceReference: `${tag} survey`,
  };
  keep((await mutate(staff, 'recordOutcome', { ventureId, ...outcome })).id);
  keep(
    (
      await mutate(staff, 'createRecognition', {
        name: `${tag} award`,
        kind: 'AWARD',
        year: 2024,
        ventureId,
        personId: founder,
        description: `${tag} prize`,
      })
    ).id,
  );
  const socialIssueIds = [(await t.gql<{ socialIssues: { id: string }[] }>(`{ socialIssues { id } }`)).data!.socialIssues[0].id];
  const engagement = {
    title: `${tag} pro bono`,
    description: `${tag} help`,
    startedOn: '2024-04-01',
    status: 'ACTIVE',
    socialIssueIds,
    skills: ['design'],
  };
  const engagementId = keep(
    (
      await mutate(staff, 'createProBonoEngagement', {
        ...engagement,
        beneficiaryVentureId: ventureId,
        supportedCollaborationId: collaborationId,
      })
    ).id,
  );
  const personId = keep((await factories(t.dataSource).person({ name: `${tag} volunteer` })).id);
  await mutate(staff, 'addProBonoVolunteer', { engagementId, personId, role: 'designer', hours: 5, on: '2024-04-02' }, 'role');
  const eventId = keep(
    (await mutate(staff, 'createEvent', { title: `${tag} event`, kind: 'WORKSHOP', startsOn: '2024-05-01', online: true, engagementId }))
      .id,
  );
  return { collaborationId, engagementId, eventId };
}

const asToken =
  (t: TestApp, token: string): Send =>
  async (query, variables) => {
    const response = await t.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
    const body = (await response.json()) as GqlResult<any>;
    return { status: response.status, data: body.data, errors: body.errors };
  };

/** Mentor A (the test account) and mentor B, their ventures across cohorts and programs, and one they share. */
async function arrange(t: TestApp): Promise<World & { sendAsA: Send }> {
  const f = factories(t.dataSource);
  const staff: Send = (q, v) => t.gql(q, v);
  const org = async (name: string, kind: string, parentId?: string) =>
    (await mutate(staff, 'createOrganization', { name, kind, parentId })).id as string;
  const mentor = async (personId: string, affiliationOrganizationId?: string) =>
    (await mutate(staff, 'createMentor', { personId, affiliationOrganizationId, capacity: 5, expertise: ['finance'], languages: ['ja'] }))
      .id as string;
  await mutate(staff, 'createMentoringTopic', { name: 'Fundraising' });
  await mutate(staff, 'createSocialIssue', { name: 'Food loss' });
  const parent = await org('Parent Corp', 'COMPANY');
  const unit = await org('Parent Corp unit', 'CORPORATE_UNIT', parent);
  const organizer = await org('The school', 'NPO');
  const programOne = (
    await mutate(staff, 'createProgram', {
      name: 'Program One',
      organizerId: organizer,
      partners: [{ organizationId: parent, role: 'sponsor' }],
    })
  ).id;
  const programTwo = (await mutate(staff, 'createProgram', { name: 'Program Two', organizerId: organizer })).id;
  const cohort = async (programId: string, year: number) =>
    (await f.cohort(programId, year, { startsOn: `${year}-06-01`, endsOn: '2026-03-31' })).id;
  const [c1, c2, c3] = [await cohort(programOne, 2023), await cohort(programOne, 2022), await cohort(programTwo, 2023)];

  const userB = await f.user([Role.MENTOR]);
  await t.dataSource.query(`UPDATE people SET name = 'Mentor Bea' WHERE id = $1`, [userB.personId]);
  const sendAsA = asToken(t, t.accounts.MENTOR.token);
  const sendAsB = asToken(t, (await t.server.app.get(AuthService).issueAccessToken(userB)).accessToken);
  const A: Mentoring = { label: 'A', mentorId: await mentor(t.accounts.MENTOR.personId, unit), send: sendAsA };
  const B: Mentoring = { label: 'B', mentorId: await mentor(userB.personId), send: sendAsB };

  const a1 = await ventureKit(t, 'A-1', c1, [A]);
  await ventureKit(t, 'A-2', c3, [A]);
  await ventureKit(t, 'AB-shared', c1, [A, B]);
  const secret = [
    await ventureKit(t, `${MARK}B-1`, c1, [B]), // the cohort of A-1 and the shared venture
    await ventureKit(t, `${MARK}B-2`, c2, [B]), // a cohort A has no venture in
    await ventureKit(t, `${MARK}B-3`, c3, [B]), // A-2's cohort, another program
    await ventureKit(t, `${MARK}X-1`, c1, []), // nobody mentors it
  ];
  await mutate(sendAsA, 'createApiToken', { name: 'notebook' }, 'token');
  const ownIds = new Map<string, string>(
    Object.entries({
      Cohort: c1,
      Program: programOne,
      Organization: a1.org,
      Person: a1.founders[0],
      Venture: a1.ventureId,
      Enrollment: a1.enrollmentId,
      Collaboration: a1.collaborationId,
      ProBonoEngagement: a1.engagementId,
      Event: a1.eventId,
      Mentor: A.mentorId,
      MentoringSession: a1.sessions[0],
      User: t.accounts.MENTOR.userId,
    }),
  );
  return { ownIds, secretIds: new Set(secret.flatMap((k) => k.ids)), sendAsA };
}

/** One field on a path from a root field: its selection grows a hop per round while it returns data. */
interface WalkNode {
  /** The response key: the field name, or `Type_field` inside a union's inline fragment. */
  key: string;
  field: string;
  /** The type that declares the field (`Query` for root fields). */
  owner: string;
  path: string;
  depth: number;
  args: string;
  /** A connection: walked through `edges { node }` as one hop. */
  wrappers?: string[];
  nonNull: boolean;
  types: GraphQLObjectType[];
  state: 'pending' | 'live' | 'dead';
  errors: Set<string>;
  children: WalkNode[];
  skipScalars: Set<string>;
}

interface Frame {
  node: WalkNode;
  typename: string;
  secret: boolean;
}

interface Walk {
  schema: GraphQLSchema;
  world: World;
  send: Send;
  requests: number;
  nodes: WalkNode[];
  /** `Type.field`s whose required arguments we cannot supply. */
  skippedArgs: Set<string>;
  /** Object types that came back with data. */
  covered: Set<string>;
  /** Every string read, to check that A's own world was walked. */
  strings: Set<string>;
  /** Non-null fields that failed (their parent was nulled): left out and the round sent again. */
  pruned: string[];
  /** Where the path enters another mentor's world (`Type.field`) → the paths that do. */
  leaks: Map<string, Set<string>>;
  /** Edges between two of its rows, once a path is inside another mentor's world. */
  inside: Map<string, Set<string>>;
  /** A few leaked values, to show they are real. */
  samples: string[];
  attributed: boolean;
}

const possibleTypes = (schema: GraphQLSchema, type: ReturnType<typeof getNamedType>): GraphQLObjectType[] =>
  isAbstractType(type) ? [...schema.getPossibleTypes(type)] : isObjectType(type) ? [type] : [];

/** `XConnection { edges { node: X } }`: X, and the wrapper types walked on the way to it. */
function connectionOf(type: ReturnType<typeof getNamedType>) {
  if (!isObjectType(type) || !type.name.endsWith('Connection') || !type.getFields().edges) return undefined;
  const edge = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
  return { node: getNamedType(edge.getFields().node.type), wrappers: [type.name, edge.name, 'PageInfo'] };
}

const needsArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const leafFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !needsArgs(f));
const objectFields = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((f) => !isLeafType(getNamedType(f.type)));

/** A node for `owner.field`, or undefined (counted) when it needs an argument we cannot give. */
function makeNode(
  walk: Walk,
  owner: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  parent?: WalkNode,
  fragment = false,
): WalkNode | undefined {
  const named = getNamedType(field.type);
  const connection = connectionOf(named);
  const args: string[] = [];
  for (const arg of field.args) {
    // Whole pages of connections; nested lists keep their default page (50), far above the rows here.
    if (arg.name === 'first' && connection) args.push('first: 100');
    if (arg.name === 'first' || !isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const argType = getNamedType(arg.type);
    const own = arg.name === 'id' ? walk.world.ownIds.get(named.name) : undefined;
    if (own) args.push(`id: "${own}"`);
    else if (isEnumType(argType)) args.push(`${arg.name}: ${argType.getValues()[0].name}`);
    else return void walk.skippedArgs.add(`${owner.name}.${field.name}`);
  }
  return {
    key: fragment ? `${owner.name}_${field.name}` : field.name,
    field: field.name,
    owner: owner.name,
    path: parent ? `${parent.path}.${fragment ? `(${owner.name})` : ''}${field.name}` : field.name,
    depth: parent ? parent.depth + 1 : 0,
    args: args.length ? `(${args.join(', ')})` : '',
    wrappers: connection?.wrappers,
    nonNull: isNonNullType(field.type),
    types: possibleTypes(walk.schema, connection?.node ?? named),
    state: 'pending',
    errors: new Set(),
    children: [],
    skipScalars: new Set(),
  };
}

function expand(walk: Walk, node: WalkNode): WalkNode[] {
  const fragment = node.types.length > 1;
  return node.types.flatMap((type) => objectFields(type).flatMap((f) => makeNode(walk, type, f, node, fragment) ?? []));
}

/**
 * The node's selection: the children on the way to a pending node, and scalars. A live node's were
 * read already: it keeps only its id (rows without one keep their scalars, which tell whose they are).
 */
function render(node: WalkNode): string {
  const fragment = node.types.length > 1;
  const parts = ['__typename'];
  for (const type of node.types) {
    const idOnly = node.state === 'live' && !!type.getFields().id;
    const scalars = leafFields(type).filter((f) => !node.skipScalars.has(`${type.name}.${f.name}`) && (!idOnly || f.name === 'id'));
    const selection = [
      ...scalars.map((f) => (fragment ? `${type.name}_${f.name}: ${f.name}` : f.name)),
      ...node.children.filter((c) => c.owner === type.name && hasPending(c)).map(render),
    ];
    parts.push(fragment ? `... on ${type.name} { __typename ${selection.join(' ')} }` : selection.join(' '));
  }
  const head = `${node.key === node.field ? '' : `${node.key}: `}${node.field}${node.args}`;
  const inner = parts.join(' ');
  return node.wrappers
    ? `${head} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${inner} } } }`
    : `${head} { ${inner} }`;
}

function objectsAt(node: WalkNode, parent: Record<string, any> | null | undefined): Record<string, any>[] {
  let value = parent?.[node.key];
  if (value && node.wrappers) value = value.edges?.map((e: { node: unknown } | null) => e?.node);
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((x): x is Record<string, any> => !!x && typeof x === 'object');
}

const nodesOf = (node: WalkNode): WalkNode[] => [node, ...node.children.flatMap(nodesOf)];
const hasPending = (node: WalkNode): boolean => node.state === 'pending' || (node.state === 'live' && node.children.some(hasPending));

/** The node (and scalar key, when the path ends on one) an error's path points at. */
function locate(root: WalkNode, path: readonly (string | number)[]): { node: WalkNode; scalar?: string } | undefined {
  if (path[0] !== root.key) return undefined;
  let node = root;
  for (const segment of path.slice(1)) {
    if (typeof segment === 'number' || (node.wrappers && (segment === 'edges' || segment === 'node'))) continue;
    const child = node.children.find((c) => c.key === segment);
    if (!child) return { node, scalar: segment };
    node = child;
  }
  return { node };
}

/** Records errors on their nodes; true when a non-null field failed, nulling its parent: that round is sent again without it. */
function handleErrors(walk: Walk, root: WalkNode, errors: GqlResult['errors']): boolean {
  let again = false;
  for (const error of errors ?? []) {
    const at = error.path && locate(root, error.path);
    if (!at) throw new Error(`${root.path}: ${error.message}`);
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR';
    if (at.scalar !== undefined) {
      const type = at.node.types.find((t) => t.getFields()[at.scalar!.replace(`${t.name}_`, '')]);
      const field = type?.getFields()[at.scalar.replace(`${type.name}_`, '')];
      const name = `${type?.name}.${field?.name}`;
      if (field && isNonNullType(field.type) && !at.node.skipScalars.has(name)) {
        at.node.skipScalars.add(name);
        walk.pruned.push(`${at.node.path}.${field.name} (${code})`);
        again = true;
      }
      continue;
    }
    at.node.errors.add(code);
    if (at.node.nonNull && at.node.state !== 'dead') {
      at.node.state = 'dead';
      if (at.node !== root) walk.pruned.push(`${at.node.path} (${code})`);
      again = true;
    }
  }
  return again;
}

function hits(world: World, value: unknown): boolean {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text.includes(MARK)) return true;
  for (const id of world.secretIds) if (text.includes(id)) return true;
  return false;
}

const addPath = (map: Map<string, Set<string>>, edge: string, path: string) => map.set(edge, (map.get(edge) ?? new Set()).add(path));

/**
 * Files a leak under the edge where its path first reaches a row of another mentor's world
 * (`leaks`), and every later edge that serves such rows (`inside`): the fix needs both lists.
 */
function recordLeak(walk: Walk, chain: Frame[], key: string, value: unknown) {
  walk.attributed = true;
  const text = JSON.stringify(value);
  if (walk.samples.length < 8 && text.includes(MARK)) walk.samples.push(`${chain[chain.length - 1].node.path}.${key} = ${text}`);
  const first = chain.findIndex((f) => f.secret);
  const last = chain[chain.length - 1];
  const scalar = key.replace(`${last.typename}_`, '');
  const edgeTo = (j: number) => (j === 0 ? `Query.${chain[0].node.field}` : `${chain[j - 1].typename}.${chain[j].node.field}`);
  addPath(walk.leaks, first < 0 ? `${last.typename}.${scalar}` : edgeTo(first), `${last.node.path}.${scalar}`);
  for (let j = first + 1; first >= 0 && j < chain.length; j++) if (chain[j].secret) addPath(walk.inside, edgeTo(j), chain[j].node.path);
}

/** Walks the answer along the tree: marks what returned data, reads every scalar for the other mentor's rows. */
function visit(walk: Walk, node: WalkNode, parent: Record<string, any>, frames: Frame[], seen: Set<WalkNode>) {
  if (node.wrappers && parent[node.key]) node.wrappers.forEach((w) => walk.covered.add(w));
  for (const obj of objectsAt(node, parent)) {
    seen.add(node);
    const typename = String(obj.__typename);
    walk.covered.add(typename);
    const scalars = Object.entries(obj).filter(([k]) => !node.children.some((c) => c.key === k));
    for (const [, v] of scalars) if (typeof v === 'string') walk.strings.add(v);
    const id = obj.id ?? obj[`${typename}_id`];
    // A row without an id (a founder link, a stage change) belongs to the world of the row above it.
    const inherited = id === undefined && frames.length > 0 && frames[frames.length - 1].secret;
    const secret = inherited || walk.world.secretIds.has(id) || scalars.some(([, v]) => JSON.stringify(v).includes(MARK));
    const chain = [...frames, { node, typename, secret }];
    for (const [k, v] of scalars) if (v !== null && hits(walk.world, v)) recordLeak(walk, chain, k, v);
    for (const child of node.children) if (child.owner === typename) visit(walk, child, obj, chain, seen);
  }
}

/** Walks one root field, a hop deeper per request, until no path that returned data is left to extend. */
async function walkRoot(walk: Walk, root: WalkNode) {
  for (let round = 0; round < 50; round++) {
    const pending = nodesOf(root).filter((n) => n.state === 'pending');
    if (!pending.length || root.state === 'dead') return;
    const r = await walk.send(`query Walk { ${render(root)} }`);
    walk.requests++;
    const again = handleErrors(walk, root, r.errors);
    const seen = new Set<WalkNode>();
    walk.attributed = false;
    if (r.data) visit(walk, root, r.data, [], seen);
    if (r.data && !walk.attributed && hits(walk.world, r.data))
      recordLeak(walk, [{ node: root, typename: 'Query', secret: false }], '(unattributed)', r.data);
    if (again) continue;
    for (const n of pending) {
      n.state = seen.has(n) ? 'live' : 'dead';
      if (n.state === 'live' && n.depth < MAX_DEPTH) walk.nodes.push(...(n.children = expand(walk, n)));
    }
  }
  throw new Error(`${root.path}: the walk did not settle`);
}

/**
 * Object types a mentor can reach: from the root fields not refused, through every object field
 * except those refused wherever the walk met them and those needing arguments we cannot give.
 */
function reachableTypes(walk: Walk, roots: WalkNode[]): Set<string> {
  const refused = new Set<string>();
  const byEdge = new Map<string, WalkNode[]>();
  for (const n of walk.nodes) byEdge.set(`${n.owner}.${n.field}`, [...(byEdge.get(`${n.owner}.${n.field}`) ?? []), n]);
  for (const [edge, nodes] of byEdge) if (nodes.every((n) => n.state === 'dead' && n.errors.size)) refused.add(edge);
  const reached = new Set<string>();
  const queue: GraphQLObjectType[] = [];
  const reach = (types: GraphQLObjectType[]) =>
    types.filter((t) => !reached.has(t.name)).forEach((t) => (reached.add(t.name), queue.push(t)));
  for (const root of roots)
    if (!root.errors.has('FORBIDDEN'))
      reach(possibleTypes(walk.schema, getNamedType(walk.schema.getQueryType()!.getFields()[root.field].type)));
  for (let type = queue.shift(); type; type = queue.shift()) {
    for (const f of objectFields(type)) {
      if (!refused.has(`${type.name}.${f.name}`) && !walk.skippedArgs.has(`${type.name}.${f.name}`))
        reach(possibleTypes(walk.schema, getNamedType(f.type)));
    }
  }
  return reached;
}

const shortest = (paths: Set<string>) => [...paths].sort((a, b) => a.length - b.length)[0];
const describeEdges = (edges: Map<string, Set<string>>) =>
  [...edges].map(([edge, paths]) => `\n  ${edge} (${paths.size} paths), e.g. ${shortest(paths)}`).join('') || 'none';

describe('a mentor walking the graph from every root field (issue 13)', () => {
  let t: TestApp;
  let walk: Walk;
  let roots: WalkNode[];
  beforeAll(async () => {
    const started = Date.now();
    // The walk sends deep, wide documents: the limits a client gets are not what this test is about.
    t = await startTestApp({
      GRAPHQL_MAX_DEPTH: '40',
      GRAPHQL_MAX_COST: '1000000000',
      GRAPHQL_MAX_ALIASES: '1000',
      GRAPHQL_MAX_TOKENS: '1000000',
      BODY_LIMIT: '10mb',
    });
    const world = await arrange(t);
    const schema = t.server.app.get(GraphQLSchemaHost).schema;
    walk = {
      schema,
      world,
      send: world.sendAsA,
      requests: 0,
      nodes: [],
      skippedArgs: new Set(),
      covered: new Set(),
      strings: new Set(),
      pruned: [],
      leaks: new Map(),
      inside: new Map(),
      samples: [],
      attributed: false,
    };
    const query = schema.getQueryType()!;
    roots = Object.values(query.getFields()).flatMap((f) => makeNode(walk, query, f) ?? []);
    walk.nodes.push(...roots);
    // A few roots at a time: the server waits on PostgreSQL meanwhile.
    const queue = [...roots];
    await Promise.all(
      [1, 2, 3].map(async () => {
        for (let root = queue.shift(); root; root = queue.shift()) await walkRoot(walk, root);
      }),
    );
    const refused = roots.filter((r) => r.errors.has('FORBIDDEN')).map((r) => r.field);
    console.log(
      [
        `mentor walk: ${walk.nodes.length} paths, ${walk.requests} requests, ${walk.covered.size} object types covered; ${Date.now() - started} ms with start and data`,
        `root fields walked: ${roots
          .filter((r) => !refused.includes(r.field))
          .map((r) => r.field)
          .join(', ')}`,
        `root fields refused (FORBIDDEN): ${refused.length}; fields skipped for arguments: ${[...walk.skippedArgs].join(', ') || 'none'}`,
        `non-null fields that failed and were left out: ${walk.pruned.join(', ') || 'none'}`,
        `leaks (where the path enters another mentor's world): ${describeEdges(walk.leaks)}`,
        `then, inside it: ${describeEdges(walk.inside)}`,
        `leaked values, e.g.:${walk.samples.map((s) => `\n  ${s}`).join('')}`,
      ].join('\n'),
    );
  }, 60_000);
  afterAll(() => t?.close());

  it("walks A's own world, including what A shares with a co-mentor", () => {
    for (const s of [
      'A-1 private notes by A',
      'A-2 follow-up by A',
      'AB-shared session summary by B',
      'AB-shared follow-up by B',
      'AB-shared founder 2',
      'Mentor Bea',
    ]) {
      expect([s, walk.strings.has(s)]).toEqual([s, true]);
    }
  });

  it("does not let the issue's path read another mentor's sessions", async () => {
    const attack = `{ myVentures { mentoringSessions { mentor { assignments { enrollment { venture {
      name founders { person { name } } mentoringSessions { summary tags privateNotes attendees { name } followUps { text } } } } } } } } }`;
    const leaked = new Set(JSON.stringify((await walk.send(attack)).data).match(/SECRET-[^"]*/g));
    expect([...leaked].sort()).toEqual([]);
  });

  it('covers every object type a mentor can reach', () => {
    const reachable = reachableTypes(walk, roots);
    expect(reachable.has('MentoringSession')).toBe(true);
    expect([...reachable].filter((type) => !walk.covered.has(type)).sort()).toEqual([]);
  });

  it("finds nothing of another mentor's ventures on any path", () => {
    const report = [...walk.leaks].map(([edge, paths]) => `${edge}: ${paths.size} paths, e.g. ${shortest(paths)}`);
    expect(report.sort()).toEqual([]);
  });
});
