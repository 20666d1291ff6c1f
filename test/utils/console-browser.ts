import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'web');

/** Newest modification time of the console's sources (the files Vite builds from). */
function newestSource(dir = WEB): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/ into web/dist unless a build newer than every source is there (the server serves it at start). */
export function buildConsole(): void {
  const index = join(WEB, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newestSource()) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      // Jest sets NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    },
  );
}

/**
 * Debian's Chromium, headless (Playwright gives it a fresh, empty profile), without the background
 * traffic that a closed network refuses (see shared/STACK.md).
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** axe-core on the page as it is: no serious or critical violation (WCAG 2 A/AA rules). */
export async function expectAccessible(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  expect(bad).toEqual([]);
}

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Bytes, gzipped, of the JavaScript index.html loads before anything else (entry and modulepreloads). */
export function initialJsGzipped(): { files: string[]; bytes: number } {
  const html = readFileSync(join(WEB, 'dist', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(WEB, 'dist', file)), { level: 9 }).length, 0);
  return { files, bytes };
}
