import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tallyAnswers } from '../satisfaction/ikm.rules.ts';
import {
  computeIndex,
  DEFAULT_METHOD,
  ELEMENT_IDS,
  methodWithWeights,
} from '../satisfaction/satisfaction.public.ts';
import {
  emptySums,
  figureOf,
  MEASURES,
  measureById,
  needsOf,
  type Snapshot,
  tallyOfSums,
} from './measures.ts';
import { measureIds } from './national.schemas.ts';

const snapshot = (over: Partial<Snapshot> = {}): Snapshot => ({
  services: 0,
  standardsCurrent: 0,
  evaluation: null,
  surveyMethod: DEFAULT_METHOD,
  ...over,
});

describe('national measures', () => {
  it('defines every measure of the API once, with both languages', () => {
    assert.deepEqual(
      MEASURES.map((m) => m.id),
      [...measureIds],
    );
    for (const m of MEASURES) {
      assert.ok(m.label.id && m.label.en && m.definition.id && m.definition.en, m.id);
      assert.ok(m.sampleOf.id && m.sampleOf.en, m.id);
      // A snapshot has no month sums to split by type.
      if (m.kind === 'snapshot') assert.equal(m.byServiceType, false, m.id);
    }
  });

  it('publishes a value only when the sample reaches the minimum', () => {
    const files = measureById('files_on_time_share');
    const few = figureOf(files, { ...emptySums(), filesDone: 4, filesOnTime: 4 }, null);
    assert.deepEqual(few, { value: null, sample: 4, enough: false, label: null, zone: null });
    const enough = figureOf(files, { ...emptySums(), filesDone: 8, filesOnTime: 6 }, null);
    assert.deepEqual(enough, { value: 0.75, sample: 8, enough: true, label: null, zone: null });
    // Nothing at all is not zero.
    assert.equal(figureOf(measureById('no_show_share'), emptySums(), null).value, null);
    assert.equal(figureOf(measureById('served'), emptySums(), null).value, 0);
  });

  it('computes the IKM from summed answers exactly as the satisfaction rules do from the answers', () => {
    const answers = [
      {
        requirements: 4,
        procedure: 3,
        time: 3,
        fee: 4,
        product: 3,
        competence: 4,
        behaviour: 4,
        complaints: 3,
        facilities: 2,
      },
      {
        requirements: 3,
        procedure: 3,
        time: 2,
        fee: null,
        product: 3,
        competence: 3,
        behaviour: 4,
        complaints: 3,
        facilities: 3,
      },
      {
        requirements: 4,
        procedure: 4,
        time: 4,
        fee: 4,
        product: 4,
        competence: 4,
        behaviour: 4,
        complaints: 4,
        facilities: 4,
      },
      {
        requirements: 2,
        procedure: 3,
        time: 3,
        fee: 4,
        product: 3,
        competence: 3,
        behaviour: 3,
        complaints: 2,
        facilities: 3,
      },
      {
        requirements: 3,
        procedure: 3,
        time: 3,
        fee: 4,
        product: 3,
        competence: 4,
        behaviour: 4,
        complaints: 3,
        facilities: 3,
      },
    ] as const;
    // What the rollup stores: per element (u1..u9, the regulation's order) the sum and the number answered.
    const surveySum = ELEMENT_IDS.map((id) => answers.reduce((n, a) => n + (a[id] ?? 0), 0));
    const surveyCnt = ELEMENT_IDS.map((id) => answers.filter((a) => a[id] !== null).length);
    const sums = { ...emptySums(), surveyN: answers.length, surveySum, surveyCnt };
    assert.deepEqual(tallyOfSums(sums), tallyAnswers(answers));
    const weights = methodWithWeights({
      requirements: '0.2',
      procedure: '0.1',
      time: '0.1',
      fee: '0.1',
      product: '0.1',
      competence: '0.1',
      behaviour: '0.1',
      complaints: '0.1',
      facilities: '0.1',
    });
    for (const method of [DEFAULT_METHOD, weights]) {
      const own = computeIndex(tallyAnswers(answers), method);
      const figure = figureOf(measureById('ikm'), sums, snapshot({ surveyMethod: method }));
      assert.equal(figure.value, own.converted);
      assert.equal(figure.label, own.grade);
    }
    const four = answers.slice(0, 4);
    const fewer = {
      ...emptySums(),
      surveyN: 4,
      surveySum: ELEMENT_IDS.map((id) => four.reduce((n, a) => n + (a[id] ?? 0), 0)),
      surveyCnt: ELEMENT_IDS.map((id) => four.filter((a) => a[id] !== null).length),
    };
    assert.equal(figureOf(measureById('ikm'), fewer, null).value, null, 'below 5 respondents');
  });

  it('reads standards and the latest evaluation from the snapshot', () => {
    const snap = snapshot({
      services: 8,
      standardsCurrent: 6,
      evaluation: { total: 3.42, count: 1, band: 'Baik', zone: 'green' },
    });
    assert.equal(figureOf(measureById('standards_current_share'), emptySums(), snap).value, 0.75);
    assert.deepEqual(figureOf(measureById('evaluation_score'), emptySums(), snap), {
      value: 3.42,
      sample: 1,
      enough: true,
      label: 'Baik',
      zone: 'green',
    });
    assert.equal(figureOf(measureById('standards_current_share'), emptySums(), null).value, null);
  });

  it('asks for the histograms a measure reads, and only those', () => {
    assert.deepEqual([...needsOf([measureById('served')])], []);
    assert.deepEqual([...needsOf([measureById('wait_p90')])], ['wait']);
    assert.deepEqual([...needsOf(MEASURES)].sort(), ['service', 'survey', 'wait']);
  });
});
