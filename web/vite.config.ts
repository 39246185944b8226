import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  build: { outDir: path.resolve(import.meta.dirname, '../dist/web'), emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
