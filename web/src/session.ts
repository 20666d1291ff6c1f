/** Sign-in and sign-out against the server's cookie session (POST/DELETE /auth/session). */
export interface SessionUser {
  id: string;
  email: string;
  roles: string[];
}

export class SignInError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const res = await fetch('/auth/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { user?: SessionUser; message?: string; field?: string };
  if (!res.ok || !body.user) throw new SignInError(body.message ?? `HTTP ${res.status}`, body.field);
  return body.user;
}

export async function signOut(): Promise<void> {
  await fetch('/auth/session', { method: 'DELETE', credentials: 'same-origin' });
}

/** Whether the server has the GraphQL IDE on (it says so in index.html). */
export const ideEnabled = (): boolean => document.querySelector('meta[name="alumni-graph-ide"]')?.getAttribute('content') === 'true';
