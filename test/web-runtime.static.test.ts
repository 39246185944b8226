import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB = path.join(ROOT, 'web/src');

function webSources(): { file: string; source: string }[] {
  return fs
    .readdirSync(WEB, { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.tsx?$/.test(entry))
    .map((entry) => ({ file: entry, source: fs.readFileSync(path.join(WEB, entry), 'utf8') }));
}

/**
 * The web app is written and typed against React's API and runs on Preact's compat layer (web/vite.config.ts:
 * a citizen's first load under 120 KB). What compat does not do must not creep back in unnoticed.
 */
describe('the web runs on Preact compat', () => {
  it('the build aliases react and react-dom to preact/compat', () => {
    const config = fs.readFileSync(path.join(ROOT, 'web/vite.config.ts'), 'utf8');
    assert.match(config, /find: \/\^react\(-dom\)\?\$\/, replacement: 'preact\/compat'/);
    assert.match(config, /find: \/\^react-dom\\\/client\$\/, replacement: 'preact\/compat\/client'/);
  });

  it('keyboard listeners that read render state are attached in a layout effect', () => {
    // React flushes the effects of a render caused by a key press before the next key arrives; Preact runs
    // plain effects after paint, so a listener attached by useEffect can still hold the state before the
    // previous key (the console's F then 4 went to the wrong handler). useLayoutEffect runs with the render.
    const found = webSources().filter(({ source }) =>
      /useEffect\(\(\) => \{(?:(?!\n {2}\}\);)[\s\S])*?addEventListener\('key/.test(source),
    );
    assert.deepEqual(
      found.map(({ file }) => file),
      [],
    );
  });

  it('no autoFocus: React focuses such a field on mount, Preact only sets the attribute', () => {
    // The browser honours the attribute once per page: a field shown later stays unfocused. Focus by hand
    // (a ref and an effect, as the console's transfer dialog does).
    const found = webSources().filter(({ source }) =>
      /\bautoFocus\b(?!\s*\()/.test(source.replace(/\/\/.*$/gm, '')),
    );
    assert.deepEqual(
      found.map(({ file }) => file),
      [],
    );
  });
});
