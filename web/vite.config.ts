import { defineConfig } from 'vite';

// The console is built into web/dist and served by the Nest server at `/` (src/console/).
// `npm run dev:web` proxies the API to a server started with `npm start` on :3000.
export default defineConfig({
  root: import.meta.dirname,
  // JSX through Vite's own transform (oxc): @vitejs/plugin-react 6 needs a @babel/core 8 peer that
  // clashes with Jest's Babel 7; the production build does not need Fast Refresh.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
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
