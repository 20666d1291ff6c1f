import { randomUUID } from 'node:crypto';

/** Request headers never written to the log. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie'];
/** Request ids unique across both request loggers (see app.ts). */
export const requestId = (): string => randomUUID();
