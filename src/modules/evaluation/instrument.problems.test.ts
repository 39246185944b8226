import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemIssues } from './instrument.problems.ts';
import { instrumentDefinition } from './instrument.schema.ts';
import { pekppp } from './instruments/pekppp.ts';
import { definitionProblems } from './scoring.rules.ts';

describe('instrument problems as field issues', () => {
  it('names the aspects when their weights do not sum to 1, and each field a problem is about', () => {
    const def = instrumentDefinition.parse(pekppp);
    const [first, second] = def.aspects;
    assert.ok(first?.indicators && second?.indicators[0] && second.indicators[1]);
    first.weight = '0.5';
    second.indicators[1].levels = [...second.indicators[1].levels].reverse();
    second.indicators[0].id = second.indicators[1].id;
    def.total.max = 0;
    const issues = problemIssues(def, definitionProblems(def));
    const byField = new Map(issues.map((i) => [i.field, i.message]));
    assert.match(byField.get('definition.aspects')?.id ?? '', /^Jumlah bobot aspek 1,26, harus tepat 1\.$/);
    assert.match(byField.get('definition.aspects')?.en ?? '', /sum to 1\.26, not 1/);
    assert.ok(byField.has('definition.aspects.1.indicators.1.id'), [...byField.keys()].join());
    assert.ok(byField.has('definition.aspects.1.indicators.1.levels'));
    assert.ok(byField.has('definition.total.max'));
  });
  it('has nothing to say of a sound definition', () => {
    const def = instrumentDefinition.parse(pekppp);
    assert.deepEqual(problemIssues(def, definitionProblems(def)), []);
  });
});
