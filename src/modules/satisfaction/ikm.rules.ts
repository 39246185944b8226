import { AppError, type FieldIssue } from '../../shared/errors.ts';
import {
  compare,
  type Fraction,
  fraction,
  mul,
  ONE,
  parseFraction,
  roundHalfUp,
  sub,
  sum,
  toNumber,
} from '../../shared/exact.ts';
import { type Bilingual, ELEMENT_IDS, type ElementId, isScore, type Score } from './elements.ts';

/**
 * The satisfaction index (IKM) exactly as PermenPAN-RB 14/2017 defines it (DESIGN.md §6). Pure: no I/O.
 *
 * - NRR of an element = sum of its scores / number of respondents who answered it (an unanswered element is
 *   left out of both; an element nobody answered has no NRR, and then there is no index: see computeIndex).
 * - IKM = Σ NRR × weight (1/9 each by default); converted IKM = IKM × 25 (25–100).
 * - Grade by the official lower bounds on the converted value rounded to 2 decimals, half-up.
 *
 * Precision: everything is computed on exact fractions (./exact.ts) from integer sums and the weights as
 * written ('1/9', '0.111'); numbers in the result are the nearest doubles of those fractions, for display and
 * JSON. Rounding happens only for display and for the grade: NRR and the converted value to 2 decimals, the
 * IKM (1–4 scale, whose interval table has 4 decimals) to 4, always half-up on the exact value, so an exactly
 * half-way 88.305 is 88.31 (A) and 88.30444… is 88.30 (B).
 */

export type Grade = 'A' | 'B' | 'C' | 'D';

interface GradeBand {
  grade: Grade;
  /** Nilai persepsi: the answer value the band corresponds to. */
  perception: Score;
  /** Lowest converted value (rounded to 2 decimals) of the band: the grading rule. */
  minConverted: string;
  /** The regulation's table, for the report: interval on the 1–4 scale and converted. */
  indexInterval: readonly [string, string];
  convertedInterval: readonly [string, string];
  label: Bilingual;
}

/**
 * How an index is computed, stored with every survey period so that a re-computation years later gives the
 * same figure even if the defaults here change (a changed default gets a new version).
 */
export interface SurveyMethod {
  version: string;
  regulation: string;
  /** In the regulation's order; the weights and tallies are keyed by these ids. */
  elements: readonly ElementId[];
  /** Exact, as written: '1/9', or a decimal such as '0.111'. */
  weights: Readonly<Record<ElementId, string>>;
  /** IKM × conversionFactor = converted IKM. */
  conversionFactor: string;
  /** Highest band first. */
  grades: readonly GradeBand[];
  /** Documentation of the display and grading rule; only this one is defined. */
  rounding: { decimals: 2; mode: 'half-up' };
}

const EQUAL_WEIGHT = '1/9';
const EQUAL_WEIGHT_FRACTION = fraction(1n, 9n);
const ZERO_VALUE = fraction(0n);
/** Custom weights must sum to 1 within this (DESIGN.md §6: "custom weights must sum to 1"). */
const WEIGHT_SUM_TOLERANCE = fraction(1n, 1_000_000_000n);

/** Lampiran PermenPAN-RB 14/2017: nilai persepsi, interval, interval konversi, mutu, kinerja unit. */
const OFFICIAL_GRADES: readonly GradeBand[] = [
  {
    grade: 'A',
    perception: 4,
    minConverted: '88.31',
    indexInterval: ['3.5324', '4.00'],
    convertedInterval: ['88.31', '100.00'],
    label: { id: 'Sangat baik', en: 'Very good' },
  },
  {
    grade: 'B',
    perception: 3,
    minConverted: '76.61',
    indexInterval: ['3.0644', '3.532'],
    convertedInterval: ['76.61', '88.30'],
    label: { id: 'Baik', en: 'Good' },
  },
  {
    grade: 'C',
    perception: 2,
    minConverted: '65.00',
    indexInterval: ['2.60', '3.064'],
    convertedInterval: ['65.00', '76.60'],
    label: { id: 'Kurang baik', en: 'Poor' },
  },
  {
    grade: 'D',
    perception: 1,
    minConverted: '25.00',
    indexInterval: ['1.00', '2.5996'],
    convertedInterval: ['25.00', '64.99'],
    label: { id: 'Tidak baik', en: 'Bad' },
  },
];

export const DEFAULT_METHOD: SurveyMethod = deepFreeze({
  version: 'permenpanrb-14-2017.1',
  regulation: 'PermenPAN-RB 14/2017',
  elements: [...ELEMENT_IDS],
  weights: Object.fromEntries(ELEMENT_IDS.map((id) => [id, EQUAL_WEIGHT])) as Record<ElementId, string>,
  conversionFactor: '25',
  grades: OFFICIAL_GRADES,
  rounding: { decimals: 2, mode: 'half-up' },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// ---------- the method ----------

interface PreparedMethod {
  method: SurveyMethod;
  weights: Readonly<Record<ElementId, Fraction>>;
  factor: Fraction;
  bands: readonly { band: GradeBand; min: Fraction }[];
  customWeights: ElementId[];
}

const prepared = new WeakMap<SurveyMethod, PreparedMethod>();

const methodIssue = (field: string, id: string, en: string): FieldIssue => ({ field, message: { id, en } });

/**
 * Checks a method (a stored one, or one built with custom weights) and readies it for computing. Throws
 * satisfaction.weights_invalid or satisfaction.method_invalid naming the field.
 */
function prepare(method: SurveyMethod): PreparedMethod {
  const known = prepared.get(method);
  if (known) return known;
  const issues: FieldIssue[] = [];
  if (method.elements.length !== ELEMENT_IDS.length || method.elements.some((e, i) => e !== ELEMENT_IDS[i])) {
    issues.push(
      methodIssue(
        'elements',
        'Unsur harus sembilan unsur PermenPAN-RB 14/2017 dalam urutannya.',
        'The elements must be the nine of PermenPAN-RB 14/2017 in their order.',
      ),
    );
  }
  const factor = parseFraction(method.conversionFactor);
  if (!factor || factor.n <= 0n) {
    issues.push(
      methodIssue('conversionFactor', 'Faktor konversi tidak valid.', 'Invalid conversion factor.'),
    );
  }
  const bands = method.grades.map((band) => ({ band, min: parseFraction(band.minConverted) }));
  const descending = bands.every(
    (b, i) => b.min !== null && (i === 0 || compare(b.min, bands[i - 1]?.min ?? b.min) < 0),
  );
  if (bands.length === 0 || !descending) {
    issues.push(
      methodIssue(
        'grades',
        'Tabel interval harus berisi batas bawah yang menurun.',
        'The interval table must list descending lower bounds.',
      ),
    );
  }
  if (issues.length > 0) throw new AppError('satisfaction.method_invalid', issues);
  const weights = checkWeights(method.weights);
  const result: PreparedMethod = {
    method,
    weights,
    factor: factor as Fraction,
    bands: bands as { band: GradeBand; min: Fraction }[],
    customWeights: ELEMENT_IDS.filter((id) => compare(weights[id], EQUAL_WEIGHT_FRACTION) !== 0),
  };
  // Only a frozen method is remembered: an object that can still change must be checked again.
  if (Object.isFrozen(method) && Object.isFrozen(method.weights)) prepared.set(method, result);
  return result;
}

function checkWeights(weights: Readonly<Record<string, string>>): Record<ElementId, Fraction> {
  const issues: FieldIssue[] = [];
  const parsed = {} as Record<ElementId, Fraction>;
  for (const id of ELEMENT_IDS) {
    const value = parseFraction(weights[id] ?? '');
    if (!value || value.n <= 0n || compare(value, ONE) > 0) {
      issues.push(
        methodIssue(
          `weights.${id}`,
          'Bobot harus angka desimal (mis. 0,111) atau pecahan (mis. 1/9), lebih dari 0 dan paling besar 1.',
          'A weight must be a decimal (e.g. 0.111) or a fraction (e.g. 1/9), above 0 and at most 1.',
        ),
      );
    } else {
      parsed[id] = value;
    }
  }
  for (const key of Object.keys(weights)) {
    if (!(ELEMENT_IDS as readonly string[]).includes(key)) {
      issues.push(methodIssue(`weights.${key}`, 'Unsur tidak dikenal.', 'Unknown element.'));
    }
  }
  if (issues.length === 0) {
    const total = sum(ELEMENT_IDS.map((id) => parsed[id]));
    const gap = sub(total, ONE);
    if (compare(gap.n < 0n ? fraction(-gap.n, gap.d) : gap, WEIGHT_SUM_TOLERANCE) > 0) {
      issues.push(
        methodIssue(
          'weights',
          `Jumlah bobot ${roundHalfUp(total, 9)}, seharusnya 1.`,
          `The weights sum to ${roundHalfUp(total, 9)}; they must sum to 1.`,
        ),
      );
    }
  }
  if (issues.length > 0) throw new AppError('satisfaction.weights_invalid', issues);
  return parsed;
}

/**
 * The default method with custom weights (keyed by element; numbers are read by their decimal form). Throws
 * satisfaction.weights_invalid when a weight is not above 0 or they do not sum to 1 within 1e-9.
 */
export function methodWithWeights(weights: Readonly<Record<ElementId, string | number>>): SurveyMethod {
  const written = Object.fromEntries(
    Object.entries(weights).map(([id, w]) => [id, typeof w === 'number' ? String(w) : w.trim()]),
  ) as Record<ElementId, string>;
  const method = deepFreeze({ ...structuredClone(DEFAULT_METHOD), weights: written });
  prepare(method);
  return method;
}

/** Validates a stored method (e.g. read back from a survey period's JSON) before computing with it. */
export function checkMethod(method: SurveyMethod): void {
  prepare(method);
}

// ---------- tallies: the mergeable sums ----------

interface ElementTally {
  /** Sum of the scores given. */
  sum: number;
  /** Respondents who answered this element. */
  answered: number;
}

/**
 * What an index needs, and nothing more: it adds up across respondents, days, months, services and units
 * (mergeTallies), and the index of merged tallies equals the index of all their answers together.
 */
export interface Tally {
  respondents: number;
  elements: Readonly<Record<ElementId, ElementTally>>;
}

/** One respondent's answers; a missing or null element was not answered. */
export type Answers = Readonly<Partial<Record<ElementId, Score | null>>>;

export function emptyTally(): Tally {
  return {
    respondents: 0,
    elements: Object.fromEntries(ELEMENT_IDS.map((id) => [id, { sum: 0, answered: 0 }])) as Record<
      ElementId,
      ElementTally
    >,
  };
}

export function tallyAnswers(responses: Iterable<Answers>): Tally {
  let respondents = 0;
  const sums = new Array<number>(ELEMENT_IDS.length).fill(0);
  const answered = new Array<number>(ELEMENT_IDS.length).fill(0);
  for (const answers of responses) {
    respondents++;
    ELEMENT_IDS.forEach((id, i) => {
      const score = answers[id];
      if (score === undefined || score === null) return;
      if (!isScore(score)) throw new RangeError(`score of ${id} must be 1–4, got ${String(score)}`);
      sums[i] = (sums[i] ?? 0) + score;
      answered[i] = (answered[i] ?? 0) + 1;
    });
  }
  return {
    respondents,
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, { sum: sums[i] ?? 0, answered: answered[i] ?? 0 }]),
    ) as Record<ElementId, ElementTally>,
  };
}

export function mergeTallies(...tallies: readonly Tally[]): Tally {
  return {
    respondents: tallies.reduce((n, t) => n + t.respondents, 0),
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id) => [
        id,
        {
          sum: tallies.reduce((n, t) => n + t.elements[id].sum, 0),
          answered: tallies.reduce((n, t) => n + t.elements[id].answered, 0),
        },
      ]),
    ) as Record<ElementId, ElementTally>,
  };
}

/** A tally that no set of answers could produce is a fault in the data, never an index. */
function assertTally(tally: Tally): void {
  const count = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!count(tally.respondents)) throw new RangeError('tally: respondents must be a whole number ≥ 0');
  for (const id of ELEMENT_IDS) {
    const e = tally.elements[id];
    if (!e || !count(e.sum) || !count(e.answered) || e.answered > tally.respondents) {
      throw new RangeError(`tally: ${id} is not a count of answers`);
    }
    if (e.sum < e.answered || e.sum > 4 * e.answered) {
      throw new RangeError(`tally: ${id} sum ${e.sum} is impossible for ${e.answered} answers of 1–4`);
    }
  }
}

// ---------- the index ----------

interface ElementResult {
  id: ElementId;
  sum: number;
  answered: number;
  /** Exact as written, e.g. '1/9'. */
  weight: string;
  /** null when nobody answered this element. */
  nrr: number | null;
  /** 2 decimals, half-up. */
  nrrText: string | null;
  weightedNrr: number | null;
  /** 4 decimals, half-up. */
  weightedNrrText: string | null;
}

export type IkmWarning =
  /** A weight other than exactly 1/9 is configured: the index is not the regulation's default. */
  | { code: 'custom_weights'; elements: ElementId[] }
  /** Nobody answered these elements: there is no index (a partial sum would understate it). */
  | { code: 'unanswered_elements'; elements: ElementId[] }
  | { code: 'no_respondents' };

export interface IndexResult {
  methodVersion: string;
  respondents: number;
  /** In the regulation's order. */
  elements: ElementResult[];
  /** Σ NRR × weight, full precision; null when an element has no answer. */
  ikm: number | null;
  /** 4 decimals, half-up (the interval table's precision on the 1–4 scale). */
  ikmText: string | null;
  /** IKM × 25, full precision. */
  converted: number | null;
  /** 2 decimals, half-up: the value that is graded and shown. */
  convertedText: string | null;
  grade: Grade | null;
  label: Bilingual | null;
  warnings: IkmWarning[];
}

/**
 * The index of a tally under a method (the default: nine equal weights of exactly 1/9).
 *
 * An element nobody answered has no NRR; the regulation's formula has no term to put in its place, and
 * leaving it out would shrink the weighted sum (or silently re-weight the rest), so the index, converted
 * value and grade are then null and the 'unanswered_elements' warning names the elements.
 */
export function computeIndex(tally: Tally, method: SurveyMethod = DEFAULT_METHOD): IndexResult {
  assertTally(tally);
  const m = prepare(method);
  const terms: Fraction[] = [];
  const unanswered: ElementId[] = [];
  const elements = ELEMENT_IDS.map((id): ElementResult => {
    const { sum: total, answered } = tally.elements[id];
    const weight = m.weights[id];
    const base = { id, sum: total, answered, weight: method.weights[id] };
    if (answered === 0) {
      unanswered.push(id);
      return { ...base, nrr: null, nrrText: null, weightedNrr: null, weightedNrrText: null };
    }
    const nrr = fraction(total, answered);
    const weighted = mul(nrr, weight);
    terms.push(weighted);
    return {
      ...base,
      nrr: toNumber(nrr),
      nrrText: roundHalfUp(nrr, 2),
      weightedNrr: toNumber(weighted),
      weightedNrrText: roundHalfUp(weighted, 4),
    };
  });
  const warnings: IkmWarning[] = [];
  if (m.customWeights.length > 0) warnings.push({ code: 'custom_weights', elements: m.customWeights });
  if (tally.respondents === 0) warnings.push({ code: 'no_respondents' });
  else if (unanswered.length > 0) warnings.push({ code: 'unanswered_elements', elements: unanswered });
  const base = { methodVersion: method.version, respondents: tally.respondents, elements, warnings };
  if (unanswered.length > 0) {
    return {
      ...base,
      ikm: null,
      ikmText: null,
      converted: null,
      convertedText: null,
      grade: null,
      label: null,
    };
  }
  const ikm = sum(terms);
  const converted = mul(ikm, m.factor);
  const graded = gradeOf(converted, method);
  return {
    ...base,
    ikm: toNumber(ikm),
    ikmText: roundHalfUp(ikm, 4),
    converted: toNumber(converted),
    convertedText: graded.convertedText,
    grade: graded.grade,
    label: graded.label,
  };
}

/**
 * The grade of an exact converted value: rounded to 2 decimals half-up, then the first band whose lower bound
 * it reaches (≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, else D).
 */
export function gradeOf(
  converted: Fraction,
  method: SurveyMethod = DEFAULT_METHOD,
): { grade: Grade; label: Bilingual; convertedText: string } {
  const m = prepare(method);
  const convertedText = roundHalfUp(converted, method.rounding.decimals);
  // The index is never negative (scores are 1–4, weights above 0), so the rounded text parses as written.
  const value = parseFraction(convertedText) ?? ZERO_VALUE;
  const lowest = m.bands[m.bands.length - 1] as { band: GradeBand };
  const band = m.bands.find((b) => compare(value, b.min) >= 0)?.band ?? lowest.band;
  return { grade: band.grade, label: band.label, convertedText };
}

// ---------- fee of a free service ----------

/**
 * The fee element of a free service. The regulation's answer d for the fee question is "Gratis" (4), so a
 * free service's fee is scored 4 when the question was not put to the respondent (the survey skips it for a
 * service whose standard says free). An answer the respondent did give is kept: someone who says a free
 * service was "sangat mahal" is reporting an illegal charge, which must show in the index, not be overwritten.
 */
export function feeScoreForFreeService(answer: Score | null | undefined): Score {
  return answer ?? 4;
}

// ---------- sample size ----------

/**
 * Krejcie & Morgan (1970), as PermenPAN-RB 14/2017 prescribes: S = λ²·N·P·Q / (d²·(N−1) + λ²·P·Q) with
 * λ² = 3.841, P = Q = 0.5, d = 0.05, rounded half-up (N = 1000 → 278). Multiplied through by 100,000 it is
 * 96025·N / (250·(N−1) + 96025), computed in integers so the rounding is exact.
 */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isSafeInteger(population) || population < 0) {
    throw new RangeError('population must be a whole number ≥ 0');
  }
  if (population === 0) return 0;
  const n = BigInt(population);
  const numerator = 96025n * n;
  const denominator = 250n * (n - 1n) + 96025n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

export interface SampleCheck {
  population: number;
  required: number;
  responses: number;
  sufficient: boolean;
  /** Responses still needed to reach the sample (0 when sufficient). */
  missing: number;
}

/** Whether the responses reach the Krejcie–Morgan sample of the population ("N more responses needed"). */
export function sampleCheck(population: number, responses: number): SampleCheck {
  if (!Number.isSafeInteger(responses) || responses < 0) {
    throw new RangeError('responses must be a whole number ≥ 0');
  }
  const required = krejcieMorganSampleSize(population);
  const missing = Math.max(0, required - responses);
  return { population, required, responses, sufficient: missing === 0, missing };
}
