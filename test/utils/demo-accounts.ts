import type { Role } from '../../src/access/role.enum.js';
import type { GqlResult, TestApp } from './test-app.js';
import type { Client } from './use-test-app.js';

/**
 * Signs in with a demo account and its README password (the demo must be loaded with accounts)
 * and returns a client that sends as it; `ANONYMOUS` sends without a token.
 */
export async function demoClient(t: Pick<TestApp, 'post'>, role: Role | 'ANONYMOUS'): Promise<Client> {
  const send = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const response = await t.post(JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
    return { status: response.status, ...((await response.json()) as Omit<GqlResult<T>, 'status'>) };
  };
  if (role === 'ANONYMOUS') return { gql: (query, variables) => send(query, variables) };
  const name = role.toLowerCase();
  const login = await send<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`,
    { email: `${name}@alumni-graph.example`, password: `demo-${name}-password` },
  );
  if (!login.data?.login) throw new Error(`demo sign-in as ${role} failed: ${JSON.stringify(login.errors)}`);
  const token = login.data.login.accessToken;
  return { gql: (query, variables) => send(query, variables, token) };
}
