import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataService } from '../src/demo/demo.service.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

/**
 * Operations run compiled by graphql-jit (GRAPHQL_JIT, on by default). The same requests to an app
 * that interprets them with graphql-js must get the same answers, errors included, byte for byte.
 */
describe('graphql-jit executes exactly as graphql-js', () => {
  let jit: TestApp;
  let js: TestApp;
  beforeAll(async () => {
    jit = await startTestApp();
    js = await startTestApp({ GRAPHQL_JIT: 'false' });
    await jit.reset(); // both apps share the suite's database
    await jit.server.app.get(DemoDataService).load({ accounts: false });
  });
  afterAll(async () => {
    await jit.close();
    await js.close();
  });

  const readmeQuery = () => /The BANSO-CO story end to end[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
  // Three entries each: jest takes a test function with more parameters than a row has for a `done` callback.
  const cases: [string, string, Record<string, unknown> | undefined][] = [
    [
      'nested alumni with unions and private fields',
      `{ cohorts(first: 5) { totalCount edges { cursor node { year program { name } alumni { name sector sdgs
        collaborations { title stage organization { name } } mentoringSessionCount afterGraduation { graduatedOn proBonoSupport { daysAfterGraduation engagement { title status } } }
        timeline { __typename on ... on TimelineCollaborationStageChange { toStage collaboration { title } } ... on TimelineEnrollmentChange { toStatus cohort { year } } } } } } } }`,
      undefined,
    ],
    [
      'fragments, aliases, variables and skip/include',
      `query($n: Int!, $withProgram: Boolean!) { first: cohorts(first: $n) { edges { node { ...c program @include(if: $withProgram) { name } } } }
        again: cohorts(first: 1) { edges { node { ...c } } } } fragment c on Cohort { id name year status }`,
      { n: 3, withProgram: true },
    ],
    [
      'analytics',
      `{ analytics { cohortComparison { cohortId year enrolled graduated graduationRate collaborationsByStage { stage count } fundingRaised { currency amount } } } }`,
      undefined,
    ],
    [
      'a resolver error: null plus the error at its path',
      `{ organization(id: "00000000-0000-4000-8000-000000000000") { id } cohorts(first: 1) { totalCount } }`,
      undefined,
    ],
    [
      'a variable that does not coerce',
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: 'X', kind: 'CHARITY' } },
    ],
    [
      'a missing input field',
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { kind: 'COMPANY' } },
    ],
  ];

  it.each(cases)('%s', async (_name, query, variables) => {
    const ask = async (app: TestApp) => {
      // jit's accounts: reset() made them, and both apps share the database and the JWT secret.
      const response = await app.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${jit.accounts.STAFF.token}` });
      return [response.status, await response.text()];
    };
    const [jitAnswer, jsAnswer] = [await ask(jit), await ask(js)];
    expect(jitAnswer).toEqual(jsAnswer);
    expect(jitAnswer[1]).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('gives a mentor the same nulls and FORBIDDEN paths inside lists', async () => {
    const query = `{ cohorts(first: 2) { edges { node { year alumni { name } enrollments { status } } } } }`;
    const ask = async (app: TestApp) =>
      (await app.post(JSON.stringify({ query }), { authorization: `Bearer ${jit.accounts.MENTOR.token}` })).text();
    const [a, b] = [await ask(jit), await ask(js)];
    expect(JSON.parse(a).errors.map((e: { path: unknown[]; extensions: { code: string } }) => [e.path, e.extensions.code])).toContainEqual([
      ['cohorts', 'edges', 0, 'node', 'alumni'],
      'FORBIDDEN',
    ]);
    expect(a).toEqual(b);
  });

  it('refuses an operation name the document lacks, running nothing, as graphql-js does', async () => {
    const body = JSON.stringify({
      query: `mutation Create { createOrganization(input: { name: "Never", kind: NPO }) { id } }`,
      operationName: 'Other',
    });
    const ask = async (app: TestApp) => {
      const response = await app.post(body, { authorization: `Bearer ${jit.accounts.STAFF.token}` });
      return [response.status, await response.text()];
    };
    const [a, b] = [await ask(jit), await ask(js)];
    expect(a).toEqual(b);
    expect(a[0]).toBe(400);
    expect((await jit.dataSource.query(`SELECT count(*)::int AS n FROM organizations WHERE name = 'Never'`))[0].n).toBe(0);
  });

  it('refuses the alias __proto__ (graphql-jit would set a prototype with it)', async () => {
    const r = await jit.gql(`{ __proto__: cohorts(first: 1) { totalCount } }`);
    expect(r.errors?.[0].message).toBe('The alias "__proto__" is not allowed');
    expect(r.data).toBeUndefined();
  });

  it('answers the README story the same way', async () => {
    const query = readmeQuery();
    expect(query).toBeDefined();
    const ask = async (app: TestApp) =>
      (await app.post(JSON.stringify({ query }), { authorization: `Bearer ${jit.accounts.ANALYST.token}` })).text();
    const [a, b] = [await ask(jit), await ask(js)];
    expect(JSON.parse(a).errors).toBeUndefined();
    expect(JSON.parse(a).data.ventures.edges[0].node.afterGraduation.collaborations[0].daysAfterGraduation).toBe(397);
    expect(a).toEqual(b);
  });
});
