#!/usr/bin/env node
// Runs the TypeScript CLI with the Node pinned in devDependencies when present (type stripping needs 24+).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pinned = path.join(root, 'node_modules', '.bin', 'node');
const node = fs.existsSync(pinned) ? pinned : process.execPath;
const result = spawnSync(node, [path.join(root, 'src', 'cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
