import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  // The manifest lets web/bundle-budget.ts measure each screen's first load.
  build: { outDir: path.resolve(import.meta.dirname, '../dist/web'), emptyOutDir: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
