import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/**
 * What the dependency rules (.dependency-cruiser.cjs, `npm run lint:deps`) cannot see: a route file that builds a
 * query on the database it was given, without importing kysely. Handlers call services (issue 20, item 8).
 */
const modules = join(import.meta.dirname, '..', 'src', 'modules');
const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|transaction)\(|\bsql`/;

describe('route handlers', () => {
  it('build no SQL: queries live in services and repositories', () => {
    const routes = readdirSync(modules, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.routes.ts'),
    );
    assert.ok(routes.length >= 10, `only ${routes.length} route files found`);
    const building = routes.flatMap((file) =>
      readFileSync(join(modules, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
        .filter(({ line }) => QUERY.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    assert.deepEqual(building, []);
  });
});
