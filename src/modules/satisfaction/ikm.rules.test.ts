import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../shared/errors.ts';
import { fraction, mul, parseFraction, roundHalfUp, roundNumberHalfUp, sum } from '../../shared/exact.ts';
import { ELEMENT_IDS, type ElementId, type Score } from './elements.ts';
import {
  type Answers,
  checkMethod,
  computeIndex,
  DEFAULT_METHOD,
  emptyTally,
  feeScoreForFreeService,
  gradeOf,
  krejcieMorganSampleSize,
  mergeTallies,
  methodWithWeights,
  type SurveyMethod,
  sampleCheck,
  type Tally,
  tallyAnswers,
} from './ikm.rules.ts';

/** A tally where every element was answered by all `respondents`, with the given per-element sums. */
function tallyOfSums(respondents: number, sums: readonly number[]): Tally {
  return {
    respondents,
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, { sum: sums[i] ?? 0, answered: respondents }]),
    ) as Tally['elements'],
  };
}

const nine = (sum: number) => new Array<number>(9).fill(sum);

/** Respondents whose answers to each element are the given columns of scores. */
function respondentsFromColumns(columns: Readonly<Record<ElementId, readonly Score[]>>): Answers[] {
  const count = Math.max(...ELEMENT_IDS.map((id) => columns[id].length));
  return Array.from({ length: count }, (_, r) =>
    Object.fromEntries(ELEMENT_IDS.map((id) => [id, columns[id][r] ?? null])),
  );
}

const weightsOf = (w: string | number): Record<ElementId, string | number> =>
  Object.fromEntries(ELEMENT_IDS.map((id) => [id, w])) as Record<ElementId, string | number>;

describe('IKM: the interval boundaries (converted value rounded to 2 decimals, half-up)', () => {
  // Equal weights and every element answered by n: converted = 25·S / (9·n), S the sum over all elements.
  const cases: [string, number, number[], string, 'A' | 'B' | 'C' | 'D'][] = [
    ['all 4 → 100.00', 10, nine(40), '100.00', 'A'],
    ['exactly 88.31 → A', 2500, nine(8831), '88.31', 'A'],
    ['exactly 88.305 rounds up to 88.31 → A', 5000, nine(17661), '88.31', 'A'],
    ['88.30444… → 88.30 → B', 5000, [...nine(17661).slice(1), 17660], '88.30', 'B'],
    ['exactly 88.30 → B', 250, nine(883), '88.30', 'B'],
    ['exactly 76.61 → B', 2500, nine(7661), '76.61', 'B'],
    ['exactly 76.605 rounds up to 76.61 → B', 5000, nine(15321), '76.61', 'B'],
    ['exactly 76.60 → C', 250, nine(766), '76.60', 'C'],
    ['exactly 65.00 → C', 10, nine(26), '65.00', 'C'],
    ['exactly 64.995 rounds up to 65.00 → C', 5000, nine(12999), '65.00', 'C'],
    ['exactly 64.99 → D', 2500, nine(6499), '64.99', 'D'],
    ['all 1 → 25.00 → D', 10, nine(10), '25.00', 'D'],
  ];
  for (const [name, n, sums, text, grade] of cases) {
    it(name, () => {
      const result = computeIndex(tallyOfSums(n, sums));
      assert.equal(result.convertedText, text);
      assert.equal(result.grade, grade);
      assert.deepEqual(result.warnings, []);
    });
  }

  it('88.305 is graded A although the floating-point sum of NRR × 1/9 × 25 is 88.30499999999998', () => {
    let naive = 0;
    for (let i = 0; i < 9; i++) naive += (17661 / 5000) * (1 / 9);
    naive *= 25;
    assert.equal(naive, 88.30499999999998);
    assert.equal(Math.round(naive * 100) / 100, 88.3, 'the naive computation would grade it B');
    const result = computeIndex(tallyOfSums(5000, nine(17661)));
    assert.equal(result.converted, 88.305);
    assert.equal(result.ikmText, '3.5322');
    assert.equal(result.grade, 'A');
    assert.deepEqual(result.label, { id: 'Sangat baik', en: 'Very good' });
  });

  it('quality labels: A sangat baik, B baik, C kurang baik, D tidak baik', () => {
    const label = (s: number) => computeIndex(tallyOfSums(10, nine(s))).label?.id;
    assert.equal(label(40), 'Sangat baik');
    assert.equal(label(33), 'Baik'); // 25·297/90 = 82.50
    assert.equal(label(28), 'Kurang baik'); // 70.00
    assert.equal(label(20), 'Tidak baik'); // 50.00
  });
});

describe('IKM: weights 1/9 vs 0.111 vs 0.11 at the 88.31 boundary', () => {
  // Ten respondents. Six elements: five answer 4 and five answer 3 (sum 35, NRR 3.5). Three elements
  // (time, competence, facilities): six answer 4 and four answer 3 (sum 36, NRR 3.6). Σ NRR = 31.8.
  const high: ElementId[] = ['time', 'competence', 'facilities'];
  const column = (id: ElementId): Score[] =>
    high.includes(id) ? [4, 4, 4, 4, 4, 4, 3, 3, 3, 3] : [4, 4, 4, 4, 4, 3, 3, 3, 3, 3];
  const answers = respondentsFromColumns(
    Object.fromEntries(ELEMENT_IDS.map((id) => [id, column(id)])) as Record<ElementId, Score[]>,
  );
  const tally = tallyAnswers(answers);

  it('exact 1/9: IKM 3.5333…, converted 88.333… → 88.33, grade A', () => {
    const result = computeIndex(tally);
    assert.deepEqual(
      result.elements.map((e) => e.nrrText),
      ELEMENT_IDS.map((id) => (high.includes(id) ? '3.60' : '3.50')),
    );
    assert.equal(result.ikmText, '3.5333');
    assert.equal(result.convertedText, '88.33');
    assert.equal(result.grade, 'A');
  });

  it("a spreadsheet's rounded weight 0.111 gives 88.245 → 88.25 (B), 0.11 gives 87.45 (B)", () => {
    const nrrs = computeIndex(tally).elements.map((e) => parseFraction(e.nrrText ?? '') ?? fraction(0));
    const spreadsheet = (w: string) => mul(mul(sum(nrrs), parseFraction(w) ?? fraction(0)), fraction(25));
    assert.equal(roundHalfUp(spreadsheet('0.111'), 3), '88.245');
    assert.deepEqual(
      { ...gradeOf(spreadsheet('0.111')), label: undefined },
      { grade: 'B', convertedText: '88.25', label: undefined },
    );
    assert.equal(gradeOf(spreadsheet('0.11')).convertedText, '87.45');
    assert.equal(gradeOf(spreadsheet('0.11')).grade, 'B');
  });

  it('weights of 0.111 or 0.11 each are refused: they sum to 0.999 and 0.99, not 1', () => {
    for (const [w, total] of [
      ['0.111', '0.999000000'],
      ['0.11', '0.990000000'],
    ] as const) {
      assert.throws(
        () => methodWithWeights(weightsOf(w)),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'satisfaction.weights_invalid' &&
          (error.details ?? []).some((d) => d.field === 'weights' && d.message.en.includes(total)),
      );
    }
  });

  it('custom weights that sum to 1 are used, flagged, and can move the grade across 88.31', () => {
    // 0.112 on an element at 3.6 lifts it; 0.112 on an element at 3.5 moves it less. Both are flagged.
    const lifted = methodWithWeights({ ...weightsOf('0.111'), time: '0.112' });
    const result = computeIndex(tally, lifted);
    assert.equal(result.ikmText, '3.5334'); // 0.111·31.8 + 0.001·3.6 = 3.5334
    assert.equal(result.convertedText, '88.34');
    assert.deepEqual(result.warnings, [{ code: 'custom_weights', elements: [...ELEMENT_IDS] }]);
    // The other way: answers where 1/9 gives B (88.30) and weighting the strongest element gives A.
    const nearB = tallyOfSums(250, [883, 883, 883, 883, 883, 883, 883, 883, 883]);
    assert.equal(computeIndex(nearB).grade, 'B');
    const strong = tallyOfSums(250, [1000, 883, 883, 883, 883, 883, 883, 883, 766]); // NRR 4.0 … 3.064
    assert.equal(computeIndex(strong).convertedText, '88.30');
    const favourRequirements = methodWithWeights({
      ...weightsOf('0.111'),
      requirements: '0.123',
      facilities: '0.1',
    });
    const moved = computeIndex(strong, favourRequirements);
    assert.equal(moved.grade, 'A');
    // 25 · (0.123·4 + 0.111·7·3.532 + 0.1·3.064) = 25 · 3.542764 = 88.5691
    assert.equal(moved.convertedText, '88.57');
  });

  it('1/9 typed as a decimal (0.1111111111111111) is within 1e-9 of summing to 1: accepted, but flagged', () => {
    const method = methodWithWeights(weightsOf(1 / 9));
    const result = computeIndex(tally, method);
    assert.equal(result.warnings[0]?.code, 'custom_weights');
    assert.equal(result.grade, 'A');
    assert.deepEqual(computeIndex(tally, methodWithWeights(weightsOf('1/9'))).warnings, []);
  });

  it('a weight that is zero, negative, not a number or for an unknown element is refused, naming it', () => {
    const fields = (weights: Record<string, string>) => {
      try {
        methodWithWeights(weights as Record<ElementId, string>);
        return [];
      } catch (error) {
        assert.ok(error instanceof AppError);
        return (error.details ?? []).map((d) => d.field);
      }
    };
    assert.deepEqual(fields({ ...weightsOf('1/9'), fee: '0' } as Record<string, string>), ['weights.fee']);
    assert.deepEqual(fields({ ...weightsOf('1/9'), fee: '-1/9' } as Record<string, string>), ['weights.fee']);
    assert.deepEqual(fields({ ...weightsOf('1/9'), fee: 'sepersembilan' } as Record<string, string>), [
      'weights.fee',
    ]);
    assert.deepEqual(fields({ ...weightsOf('1/9'), speed: '0' } as Record<string, string>), [
      'weights.speed',
    ]);
  });
});

describe('IKM: unanswered elements', () => {
  it('NRR divides by the respondents who answered that element, not by all respondents', () => {
    const answers: Answers[] = [
      { ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, 4])), requirements: 4 },
      { ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, 4])), requirements: 3 },
      { ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, 4])), requirements: null },
    ];
    const result = computeIndex(tallyAnswers(answers));
    const requirements = result.elements[0];
    assert.equal(requirements?.answered, 2);
    assert.equal(requirements?.nrr, 3.5);
    assert.equal(result.respondents, 3);
    // 25 · (3.5 + 8·4) / 9 = 98.611…
    assert.equal(result.convertedText, '98.61');
  });

  it('an element nobody answered has no NRR, and there is no index: the result says which', () => {
    const answers: Answers[] = [
      {
        requirements: 4,
        procedure: 4,
        time: 3,
        product: 4,
        competence: 4,
        behaviour: 4,
        complaints: 3,
        facilities: 4,
      },
      {
        requirements: 3,
        procedure: 4,
        time: 4,
        product: 4,
        competence: 3,
        behaviour: 4,
        complaints: 4,
        facilities: 4,
      },
    ];
    const result = computeIndex(tallyAnswers(answers));
    assert.equal(result.elements[3]?.id, 'fee');
    assert.equal(result.elements[3]?.nrr, null);
    assert.equal(result.ikm, null);
    assert.equal(result.converted, null);
    assert.equal(result.grade, null);
    assert.deepEqual(result.warnings, [{ code: 'unanswered_elements', elements: ['fee'] }]);
  });

  it('no respondents: no index, and the warning says so', () => {
    const result = computeIndex(tallyAnswers([]));
    assert.equal(result.respondents, 0);
    assert.equal(result.grade, null);
    assert.deepEqual(result.warnings, [{ code: 'no_respondents' }]);
  });

  it('a tally no answers could produce is refused, never graded', () => {
    assert.throws(() => computeIndex(tallyOfSums(10, [...nine(40).slice(1), 41])), RangeError);
    assert.throws(() => computeIndex(tallyOfSums(10, [...nine(40).slice(1), 9])), RangeError);
    assert.throws(() => tallyAnswers([{ fee: 5 as Score }]), RangeError);
  });
});

describe('IKM: the fee of a free service', () => {
  it('is scored 4 (Gratis) when the question was skipped; an answer given is kept', () => {
    assert.equal(feeScoreForFreeService(undefined), 4);
    assert.equal(feeScoreForFreeService(null), 4);
    assert.equal(feeScoreForFreeService(1), 1);
    const answers: Answers[] = [2, 3].map((s) => ({
      ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, s as Score])),
      fee: feeScoreForFreeService(null),
    }));
    const result = computeIndex(tallyAnswers(answers));
    assert.equal(result.elements.find((e) => e.id === 'fee')?.nrrText, '4.00');
    assert.equal(result.grade, 'C'); // 25 · (8·2.5 + 4) / 9 = 66.67
    assert.equal(result.convertedText, '66.67');
  });
});

describe('the survey method', () => {
  it('the default: nine elements in the regulation order, 1/9 each, ×25, the official table', () => {
    assert.deepEqual(DEFAULT_METHOD.elements, [
      'requirements',
      'procedure',
      'time',
      'fee',
      'product',
      'competence',
      'behaviour',
      'complaints',
      'facilities',
    ]);
    assert.ok(Object.values(DEFAULT_METHOD.weights).every((w) => w === '1/9'));
    assert.deepEqual(
      DEFAULT_METHOD.grades.map((g) => [g.grade, g.minConverted, g.label.id]),
      [
        ['A', '88.31', 'Sangat baik'],
        ['B', '76.61', 'Baik'],
        ['C', '65.00', 'Kurang baik'],
        ['D', '25.00', 'Tidak baik'],
      ],
    );
    assert.ok(Object.isFrozen(DEFAULT_METHOD.weights));
  });

  it('stored as JSON and read back years later, it gives the same figure', () => {
    const stored = JSON.parse(JSON.stringify(methodWithWeights({ ...weightsOf('0.111'), fee: '0.112' })));
    const tally = tallyOfSums(250, [883, 883, 883, 900, 883, 883, 883, 883, 866]);
    const before = computeIndex(tally, methodWithWeights({ ...weightsOf('0.111'), fee: '0.112' }));
    assert.deepEqual(computeIndex(tally, stored as SurveyMethod), before);
  });

  it('a stored method whose elements or table were altered is refused', () => {
    const swapped = {
      ...DEFAULT_METHOD,
      elements: [...ELEMENT_IDS.slice(0, 7), 'facilities', 'complaints'],
    } as SurveyMethod;
    assert.throws(
      () => checkMethod(swapped),
      (e: unknown) => e instanceof AppError && e.code === 'satisfaction.method_invalid',
    );
    const unordered = { ...DEFAULT_METHOD, grades: [...DEFAULT_METHOD.grades].reverse() } as SurveyMethod;
    assert.throws(() => checkMethod(unordered), AppError);
  });
});

describe('Krejcie–Morgan sample size', () => {
  it('N = 1000 → 278, N = 0 → 0, and the published table', () => {
    const table: [number, number][] = [
      [0, 0],
      [1, 1],
      [10, 10],
      [50, 44],
      [100, 80],
      [200, 132],
      [300, 169],
      [500, 217],
      [1000, 278],
      [2000, 322],
      [5000, 357],
      [10000, 370],
      [20000, 377],
      [50000, 381],
      [75000, 382],
      [1000000, 384],
    ];
    for (const [n, s] of table) assert.equal(krejcieMorganSampleSize(n), s, `N = ${n}`);
  });

  it('the sample check: sufficient, or how many more responses are needed', () => {
    assert.deepEqual(sampleCheck(1000, 250), {
      population: 1000,
      required: 278,
      responses: 250,
      sufficient: false,
      missing: 28,
    });
    assert.equal(sampleCheck(1000, 278).sufficient, true);
    assert.equal(sampleCheck(0, 0).sufficient, true);
    assert.throws(() => sampleCheck(-1, 0), RangeError);
  });

  it('never exceeds the population, never decreases as it grows, and stays ≤ 384', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (n) => {
        const s = krejcieMorganSampleSize(n);
        assert.ok(s <= n && s <= 384);
        assert.ok(krejcieMorganSampleSize(n + 1) >= s);
      }),
    );
  });
});

describe('exact rounding', () => {
  it('half-up on decimals that binary floating point cannot hold', () => {
    assert.equal(
      Math.round(1.005 * 100) / 100,
      1,
      'the naive rounding is wrong here (1.005 * 100 = 100.49999999999999)',
    );
    assert.equal(roundNumberHalfUp(88.305, 2), '88.31');
    assert.equal(roundNumberHalfUp(1.005, 2), '1.01');
    assert.equal(roundNumberHalfUp(76.605, 2), '76.61');
    assert.equal(roundNumberHalfUp(88.3049, 2), '88.30');
    assert.equal(roundNumberHalfUp(1e-7, 2), '0.00');
    assert.equal(roundHalfUp(fraction(1, 9), 4), '0.1111');
    assert.equal(roundHalfUp(fraction(5, 9), 4), '0.5556');
    assert.equal(roundHalfUp(fraction(-5, 2), 0), '-3');
  });

  it('matches integer half-up on every 3-decimal value, as a fraction and as a double', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (thousandths) => {
        const hundredths = Math.floor((thousandths + 5) / 10);
        const expected = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
        assert.equal(roundHalfUp(fraction(thousandths, 1000), 2), expected);
        assert.equal(roundNumberHalfUp(thousandths / 1000, 2), expected);
      }),
    );
  });
});

describe('tallies merge', () => {
  const answer = fc.option(fc.constantFrom<Score>(1, 2, 3, 4), { nil: null, freq: 5 });
  const respondent = fc.record(
    Object.fromEntries(ELEMENT_IDS.map((id) => [id, answer])) as Record<ElementId, typeof answer>,
  );
  const chunks = fc.array(fc.array(respondent, { maxLength: 40 }), { maxLength: 6 });

  it('the index of merged rollups equals the index of all the answers together', () => {
    fc.assert(
      fc.property(chunks, (parts) => {
        const merged = mergeTallies(...parts.map((p) => tallyAnswers(p)));
        const whole = tallyAnswers(parts.flat());
        assert.deepEqual(merged, whole);
        assert.deepEqual(mergeTallies(emptyTally(), whole), whole);
        assert.deepEqual(computeIndex(merged), computeIndex(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('with every element answered: IKM is the mean NRR, converted is in 25–100, the grade follows its text', () => {
    const full = fc.record(
      Object.fromEntries(ELEMENT_IDS.map((id) => [id, fc.constantFrom<Score>(1, 2, 3, 4)])) as Record<
        ElementId,
        fc.Arbitrary<Score>
      >,
    );
    fc.assert(
      fc.property(fc.array(full, { minLength: 1, maxLength: 60 }), (answers) => {
        const result = computeIndex(tallyAnswers(answers));
        const mean = result.elements.reduce((s, e) => s + (e.nrr ?? 0), 0) / 9;
        assert.ok(Math.abs((result.ikm ?? 0) - mean) < 1e-12);
        assert.ok((result.converted ?? 0) >= 25 && (result.converted ?? 0) <= 100);
        const shown = Number(result.convertedText);
        const expected = shown >= 88.31 ? 'A' : shown >= 76.61 ? 'B' : shown >= 65 ? 'C' : 'D';
        assert.equal(result.grade, expected);
      }),
      { numRuns: 300 },
    );
  });
});
