// The node flags `npm start` gives the server (package.json's start script, e.g.
// `--max-old-space-size=${NODE_HEAP_MB:-1024}`), so a benchmark measures the server as it runs.
import { readFileSync } from 'node:fs';

const start = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;

export const serverNodeFlags = () =>
  [...start.matchAll(/--([\w-]+)=\$\{(\w+):-([^}]+)\}/g)].map(
    ([, name, variable, fallback]) => `--${name}=${process.env[variable] || fallback}`,
  );
