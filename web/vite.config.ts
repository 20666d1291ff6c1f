import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every JavaScript, CSS and SVG asset that
 * compression shrinks, so the server sends compressed bytes without compressing per request
 * (src/console/precompressed.ts).
 */
/** Above this, Brotli's best setting takes seconds per file (the IDE's Monaco chunks); a quicker one still beats gzip. */
const BIG = 300_000;

function precompress(): Plugin {
  return {
    name: 'alumni-graph-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const [fileName, item] of Object.entries(bundle)) {
        if (!/\.(?:js|css|svg)$/.test(fileName)) continue;
        const source = item.type === 'chunk' ? Buffer.from(item.code) : Buffer.from(item.source);
        if (source.length < 1024) continue;
        const path = join(options.dir!, fileName);
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(source, {
            params: { [constants.BROTLI_PARAM_QUALITY]: source.length > BIG ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
          }),
        );
      }
    },
  };
}

// The console is built into web/dist and served by the Nest server at `/` (src/console/).
// `npm run dev:web` proxies the API to a server started with `npm start` on :3000.
export default defineConfig({
  root: import.meta.dirname,
  // JSX through Vite's own transform (oxc): @vitejs/plugin-react 6 needs a @babel/core 8 peer that
  // clashes with Jest's Babel 7; the production build does not need Fast Refresh.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server reads it to name each client route's page chunks in
    // index.html (modulepreload), so they load beside the entry instead of after it has run.
    manifest: true,
    // The IDE chunk (GraphiQL + Monaco) is large, and loaded only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // GraphiQL's dependencies mark files "use client" (a React Server Components hint, moot here).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/auth', '/exports', '/imports', '/health'].map((path) => [path, 'http://127.0.0.1:3000'])),
  },
});
