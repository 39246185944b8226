import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const WEB = path.resolve(import.meta.dirname, '../web/src');

function sources(): { file: string; source: string }[] {
  return fs
    .readdirSync(WEB, { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.tsx?$/.test(entry))
    .map((entry) => ({
      file: entry.split(path.sep).join('/'),
      source: fs.readFileSync(path.join(WEB, entry), 'utf8').replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, ''),
    }));
}

/** The files that name the API's shapes: each feature's types.ts and lib/types.ts. */
const isTypesFile = (file: string) => /^(features\/[^/]+|lib)\/types\.ts$/.test(file);

/** Every `api<T>(` / `upload<T>(` in the web: the file and T as written. */
function replyTypes(): { file: string; type: string }[] {
  const found: { file: string; type: string }[] = [];
  for (const { file, source } of sources()) {
    for (const match of source.matchAll(/\b(?:api|upload)<((?:[^<>]|<[^<>]*>)+)>\(/g))
      found.push({ file, type: (match[1] ?? '').trim() });
  }
  return found;
}

/**
 * One HTTP contract (issue 20, item 5): the web's types for what the API answers and accepts come from the
 * server's zod schemas (src/modules/<m>/<m>.schemas.ts) as types, through ApiReply/ApiBody (web/src/lib/api.ts)
 * in a feature's types.ts or lib/types.ts, never written out by hand, so a changed schema fails the typecheck
 * of every screen that reads it.
 */
describe('the web takes its API types from the server', () => {
  it('every api<T>() names a type from a types.ts (no inline shape, no local interface)', () => {
    const calls = replyTypes();
    // The scan must find the app's calls (about 70 today), or the check would pass on nothing.
    assert.ok(calls.length > 50, `only ${calls.length} api<T>() calls found`);
    const wrong = calls.filter(({ file, type }) => {
      if (file === 'lib/api.ts' && type === 'T') return false; // the wrapper's own generics
      if (/^ApiReply<typeof \w+>$/.test(type)) return false;
      const name = /^(\w+)(\[\])?$/.exec(type)?.[1];
      if (!name) return true; // an inline object, a union…: a shape written out here
      const source = sources().find((s) => s.file === file)?.source ?? '';
      // Imported, as a type, from this feature's types.ts or from lib/types.ts.
      const imported = [...source.matchAll(/import type \{([^}]*)\} from '([^']+)'/g)].some(
        ([, names = '', from = '']) =>
          names.split(',').some((n) => n.trim() === name) &&
          (from === './types.ts' || from.endsWith('/lib/types.ts')),
      );
      return !imported && !isTypesFile(file);
    });
    assert.deepEqual(wrong, []);
  });

  it("types.ts files derive every shape from src/ and spell no field's type by hand", () => {
    const files = sources().filter(({ file }) => isTypesFile(file));
    assert.ok(files.length >= 5, files.map((f) => f.file).join(', '));
    const problems: string[] = [];
    for (const { file, source } of files) {
      // Only the floor's event: the event catalogue (issue 20, item 3) gives it its types.
      const checked = source.replace(/export interface FloorEvent \{[\s\S]*?\n\}\n/, '');
      if (/\binterface\s+\w+/.test(checked)) problems.push(`${file}: declares an interface`);
      // A field typed string, number or boolean here is a copy: a derived shape never needs to spell one.
      for (const m of checked.matchAll(/\w+\??:\s*(string|number|boolean)\b/g))
        problems.push(`${file}: "${m[0]}" written out`);
      for (const m of checked.matchAll(/^import (?!type )[^;]*;/gm))
        problems.push(`${file}: ${m[0]} (not a type)`);
      for (const m of checked.matchAll(/^import type \{[^}]*\} from '([^']+)';/gm)) {
        const from = m[1] ?? '';
        if (
          !/\/src\/(modules\/\w+\/[\w.-]+\.schemas\.ts|shared\/)/.test(from) &&
          !/^\.{1,2}\/(\.\.\/)?(lib\/)?(api|types)\.ts$/.test(from)
        )
          problems.push(`${file}: imports ${from}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no shapes declared elsewhere: interfaces and object types outside types.ts are the screens’ own state', () => {
    // Interfaces that describe no API shape: what a screen holds or a pure helper takes. A new one lands here
    // with its reason, or in a types.ts derived from the server's schemas.
    const own = new Set([
      'features/floor/kiosk.tsx Chosen', // the citizen's picks on the kiosk
      'features/booking/service-filter.ts Searchable', // what the search reads of any list
      'features/booking/service-filter.ts Indexed', // the search's index entry
      'features/standard/standard-diff.ts DiffSide', // a line in the version comparison
      'features/satisfaction/index-period.tsx PeriodValue', // the period picked, as the address holds it
      'features/evaluation-assess/drafts.ts ScoreDraft', // a score kept on the tablet until it is sent
      'features/evaluation-assess/drafts.ts PhotoDraft', // a photo kept on the tablet until it is sent
    ]);
    const declared = sources()
      .filter(({ file }) => !isTypesFile(file))
      .flatMap(({ file, source }) =>
        [...source.matchAll(/^(?:export )?(?:interface (\w+)|type (\w+)(?:<[^>]*>)? = \{)/gm)].map(
          (m) => `${file} ${m[1] ?? m[2]}`,
        ),
      )
      .filter((entry) => !own.has(entry));
    assert.deepEqual(declared, []);
  });
});
