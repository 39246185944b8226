import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const WEB = path.resolve(import.meta.dirname, '../web/src');
const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Every relative import in web/src: the importing file and the file it names, both relative to web/src. */
function imports(): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const entry of fs.readdirSync(WEB, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(entry)) continue;
    const source = fs.readFileSync(path.join(WEB, entry), 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const target = path.relative(WEB, path.resolve(WEB, path.dirname(entry), match[1] ?? ''));
      found.push({ from: entry.split(path.sep).join('/'), to: target.split(path.sep).join('/') });
    }
  }
  return found;
}

const area = (file: string) => /^features\/([^/]+)\//.exec(file)?.[1];

/**
 * The web app by feature (docs/ARCHITECTURE.md): a feature uses shared components/ and lib/, never another
 * feature; components/ and lib/ use no feature; only the router's route modules (app/routes) put them together.
 */
describe('web features stay apart', () => {
  it('no feature imports another feature', () => {
    // The scan must find the app's imports (about 180 today), or every check here would pass on nothing.
    assert.ok(imports().length > 100, `only ${imports().length} imports found`);
    const crossing = imports().filter(({ from, to }) => area(from) && area(to) && area(from) !== area(to));
    assert.deepEqual(crossing, []);
  });

  it('shared components and helpers import no feature and no route', () => {
    const upward = imports().filter(
      ({ from, to }) => /^(components|lib)\//.test(from) && /^(features|app)\//.test(to),
    );
    assert.deepEqual(upward, []);
  });

  it('features import no route module', () => {
    const upward = imports().filter(({ from, to }) => area(from) && to.startsWith('app/'));
    assert.deepEqual(upward, []);
  });
});
