import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

// Every screen text exists in Indonesian and English, and no two catalogue files claim the same top-level key.
const dir = path.join(import.meta.dirname, '..', 'web', 'src', 'i18n');
const load = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;

// Plural forms differ by language (Indonesian has one form, English two), so compare keys without them.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL, '')];
  return [...new Set(Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)))];
}

const areas = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.id.json') || f === 'id.json')
  .map((f) => f.replace(/id\.json$/, ''));

test('each catalogue has the same keys in Indonesian and English', () => {
  for (const area of areas) {
    const id = keys(load(`${area}id.json`)).sort();
    const en = keys(load(`${area}en.json`)).sort();
    assert.deepEqual(
      id.filter((k) => !en.includes(k)),
      [],
      `${area}en.json lacks keys`,
    );
    assert.deepEqual(
      en.filter((k) => !id.includes(k)),
      [],
      `${area}id.json lacks keys`,
    );
  }
});

test('catalogue files do not overwrite each other', () => {
  const owner = new Map<string, string>();
  for (const area of areas) {
    for (const top of Object.keys(load(`${area}id.json`))) {
      assert.equal(
        owner.get(top),
        undefined,
        `"${top}" is in both ${owner.get(top)}id.json and ${area}id.json`,
      );
      owner.set(top, area);
    }
  }
});
