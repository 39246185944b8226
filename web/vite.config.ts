import path from 'node:path';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [precompress()],
  resolve: {
    alias: [
      // The code is written, typed and tested against React's API; Preact's compat layer runs it in a tenth of
      // react-dom's bytes (about 5 KB against 58 KB gzipped): the difference that brings a citizen's first
      // load under issue 20's 120 KB. react-router 7 and react-query 5 use only what compat provides
      // (useSyncExternalStore, startTransition, use; useOptimistic is optional for the router).
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react(-dom)?$/, replacement: 'preact/compat' },
    ],
  },
  // JSX by esbuild's automatic runtime (tsconfig: react-jsx), resolved to Preact by the aliases above. No
  // React Fast Refresh: the dev server reloads the page on a change.
  esbuild: { jsx: 'automatic' },
  // The manifest lets web/bundle-budget.ts measure each screen's first load.
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/web'),
    emptyOutDir: true,
    manifest: true,
    rollupOptions: {
      // "use client" markers in react-router and react-query mean nothing to a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
