import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** What the build writes next to each asset (web/vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves `/assets/<file>` from the `.br` or `.gz` copy the build wrote beside it, when the browser
 * accepts that encoding: compressed once at build time, never per request. Fingerprinted names, so
 * cached for a year. Anything else (no copy, `identity` only) falls through to the plain file.
 */
export function precompressedAssets(assetsDir: string) {
  const files = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!/^[\w.-]+$/.test(name) || !files.has(name)) return next();
    const available = ENCODINGS.filter((e) => files.has(name + e.suffix));
    if (!available.length) return next();
    res.vary('Accept-Encoding');
    // Ours, in our order: browsers list gzip before br at the same weight, and br is smaller.
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return next();
    res.type(extname(name));
    res.setHeader('Content-Encoding', encoding.name);
    res.sendFile(join(assetsDir, name + encoding.suffix), { maxAge: '365d', immutable: true, dotfiles: 'deny' }, (err) => {
      if (err) next(err);
    });
  };
}
