import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.join(import.meta.dirname, '..');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((f) => path.join(dir, f));
}

// KBBI's standard form is "antrean"; "antrian" was mixed in. Only old addresses (/mpp/SBY/antrian) may keep it.
test('Indonesian text says "antrean", never "antrian"', () => {
  const texts = [
    ...files('web/src/i18n', (f) => f.endsWith('id.json')),
    ...files('src', (f) => /\.(errors|rules)\.ts$/.test(f) || f.endsWith('templates.ts')),
  ];
  assert.ok(texts.length > 10);
  const found = texts.flatMap((file) =>
    fs
      .readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .filter((line) => /(?<!\/)\bantrian\b/i.test(line))
      .map((line) => `${file}: ${line.trim()}`),
  );
  assert.deepEqual(found, []);
});

// Chromium compiles an input's `pattern` with the v flag; one that does not compile there is silently ignored
// (the agency code's "[A-Za-z0-9-]" was: an unescaped "-" in a class), and the browser's check is off.
test('every pattern attribute in the web app compiles as the browser compiles it', () => {
  const sources = files('web/src', (f) => f.endsWith('.tsx'));
  const patterns = sources.flatMap((file) =>
    [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/pattern="([^"]*)"/g)].map((m) => ({
      file,
      pattern: m[1] ?? '',
    })),
  );
  assert.ok(patterns.length >= 4, 'the patterns were found');
  const invalid = patterns.filter(({ pattern }) => {
    try {
      new RegExp(`^(?:${pattern})$`, 'v');
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(invalid, []);
});
