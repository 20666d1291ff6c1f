/** The console's session cookie (httpOnly, SameSite=Strict; see session.controller.ts). */
export const SESSION_COOKIE = 'ag_session';

/** The session token in a Cookie header, if any (no cookie library: one name, one value). */
export function sessionCookieOf(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value || undefined;
    }
  }
  return undefined;
}
