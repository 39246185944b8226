import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { holidaySeeds } from './holidays.data.ts';

// The migration seeds the holidays table with these rows: the two must not drift apart.
const migration = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../../migrations/0008_requests.sql'),
  'utf8',
);

describe('holiday seed', () => {
  it('is the same in the data file and in the migration', () => {
    const rows = [
      ...migration.matchAll(/^\s+\('(\d{4}-\d{2}-\d{2})', '((?:[^']|'')+)', '(\w+)', (true|false),/gm),
    ];
    assert.equal(rows.length, holidaySeeds.length);
    for (const h of holidaySeeds) {
      assert.ok(
        rows.some(
          (r) =>
            r[1] === h.date &&
            r[2] === h.name &&
            r[3] === h.kind &&
            (r[4] === 'true') === Boolean(h.provisional),
        ),
        `${h.date} ${h.name} missing from the migration`,
      );
    }
  });

  it('has 17 national holidays and the decreed collective leave for 2025 and 2026', () => {
    const count = (year: string, kind: string) =>
      holidaySeeds.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    assert.equal(count('2025', 'national'), 17);
    assert.equal(count('2025', 'collective_leave'), 11); // 10 in the decree + 18 August (amendment of 2025)
    assert.equal(count('2026', 'national'), 17);
    assert.equal(count('2026', 'collective_leave'), 8);
    assert.ok(
      holidaySeeds
        .filter((h) => h.date.startsWith('2027'))
        .every((h) => h.provisional || !h.source.startsWith('Perkiraan')),
    );
  });
});
