import { Role } from './role.enum.js';

/** Who is calling: the signed-in user behind a request's bearer token or session cookie. */
export interface Viewer {
  userId: string;
  personId: string;
  email: string;
  roles: Role[];
  /** How the request authenticated (a bearer token, the console's session cookie, or a signed download link). */
  via: 'access-token' | 'api-token' | 'session' | 'download-link';
}

/** ADMIN may do everything; otherwise any of `roles`. */
export const hasAnyRole = (viewer: Viewer, roles: readonly Role[]): boolean =>
  viewer.roles.includes(Role.ADMIN) || roles.some((role) => viewer.roles.includes(role));

/** Reads the viewer of the current request (memoised per request). */
export type ViewerFn = () => Promise<Viewer | null>;
