import {
  compare,
  div,
  type Fraction,
  fraction,
  mul,
  parseFraction,
  roundHalfUp,
  sub,
  sum,
  toNumber,
} from '../../shared/exact.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';

/**
 * Scores of an assessment from its instrument's definition, at full precision (exact fractions, shared/exact.ts),
 * rounded half-up only where a figure is shown or banded. Pure.
 *
 * An indicator's score is placed on its own scale: (value − lowest level) / (highest − lowest), 0 to 1. An aspect is
 * the weighted mean of its answered indicators (equal weights unless the author set them). The total is Σ aspect
 * weight × aspect, put on the total's scale (PEKPPP 0–5, Ombudsman and inspections 0–100), rounded to the
 * instrument's decimals, then banded: the band with the largest minimum not above it. With the PEKPPP instrument
 * (indicators 0–5, total 0–5) this is the regulation's index, Σ aspect weight × mean indicator score.
 */

const exact = (v: string | number): Fraction => {
  const f = parseFraction(v);
  if (!f) throw new RangeError(`not a decimal: ${v}`);
  return f;
};

/** What is wrong with a definition beyond its shape (the schema): weights, levels, thresholds, bands, ids. */
export function definitionProblems(def: InstrumentDefinition): string[] {
  const problems: string[] = [];
  const weights = sum(def.aspects.map((a) => exact(a.weight)));
  if (compare(weights, fraction(1)) !== 0)
    problems.push(`aspects' weights sum to ${roundHalfUp(weights, 6)}, not 1`);
  const aspectIds = new Set<string>();
  const ids = new Set<string>();
  for (const a of def.aspects) {
    if (compare(exact(a.weight), fraction(0)) <= 0) problems.push(`aspect ${a.id}: weight must be above 0`);
    if (aspectIds.has(a.id)) problems.push(`aspect ${a.id}: id used twice`);
    aspectIds.add(a.id);
    for (const i of a.indicators) {
      if (ids.has(i.id)) problems.push(`indicator ${i.id}: id used twice`);
      ids.add(i.id);
      if (compare(exact(i.weight), fraction(0)) <= 0)
        problems.push(`indicator ${i.id}: weight must be above 0`);
      const values = i.levels.map((l) => exact(l.value));
      if (values.some((v, k) => k > 0 && compare(v, values[k - 1] as Fraction) <= 0))
        problems.push(`indicator ${i.id}: levels must rise, lowest first`);
      else if (i.threshold !== undefined) {
        const t = exact(i.threshold);
        if (compare(t, values[0] as Fraction) < 0 || compare(t, values.at(-1) as Fraction) > 0)
          problems.push(`indicator ${i.id}: threshold outside its levels`);
      }
    }
  }
  const min = exact(def.total.min);
  const max = exact(def.total.max);
  if (compare(min, max) >= 0) problems.push('total: min must be below max');
  const bandMins = def.total.bands.map((b) => roundHalfUp(exact(b.min), def.total.decimals));
  if (new Set(bandMins).size !== bandMins.length) problems.push('total: two bands start at the same value');
  if (!def.total.bands.some((b) => compare(exact(b.min), min) <= 0))
    problems.push('total: no band holds the lowest total');
  return problems;
}

/** An indicator's answer: one of its levels' values (checked by the caller), or null when not scored (yet). */
export type Answers = ReadonlyMap<string, string | number | null>;

interface IndicatorScore {
  id: string;
  value: string | null;
  /** On the indicator's own scale, 0–1, as a number for display. */
  share: number | null;
  belowThreshold: boolean;
}

interface AspectScore {
  id: string;
  name: string;
  weight: string;
  answered: number;
  of: number;
  /** On the total's scale, rounded to the instrument's decimals; null when none of its indicators is answered. */
  score: string | null;
  indicators: IndicatorScore[];
}

export interface Band {
  code: string;
  label: string;
  zone?: 'green' | 'yellow' | 'red';
}

export interface Scores {
  aspects: AspectScore[];
  /** Rounded to the instrument's decimals; null until every aspect has an answer. */
  total: string | null;
  band: Band | null;
  answered: number;
  of: number;
  /** How the total was computed, for the screen and the report: "0,24 × 4,00 + …". */
  formula: string | null;
}

/** The score under which an indicator becomes a finding: its threshold, else the middle of its scale. */
export function thresholdOf(i: InstrumentDefinition['aspects'][number]['indicators'][number]): Fraction {
  if (i.threshold !== undefined) return exact(i.threshold);
  const low = exact(i.levels[0]?.value ?? 0);
  const high = exact(i.levels.at(-1)?.value ?? 1);
  return div(sum([low, high]), fraction(2));
}

export function score(def: InstrumentDefinition, answers: Answers): Scores {
  const min = exact(def.total.min);
  const span = sub(exact(def.total.max), min);
  const onScale = (share: Fraction) => sum([min, mul(share, span)]);
  let answered = 0;
  let of = 0;
  const aspectShares: (Fraction | null)[] = [];
  const aspects = def.aspects.map((a): AspectScore => {
    const indicators: IndicatorScore[] = [];
    const weighted: Fraction[] = [];
    const weights: Fraction[] = [];
    for (const i of a.indicators) {
      of++;
      const given = answers.get(i.id);
      if (given === undefined || given === null) {
        indicators.push({ id: i.id, value: null, share: null, belowThreshold: false });
        continue;
      }
      answered++;
      const v = exact(given);
      const low = exact(i.levels[0]?.value ?? 0);
      const share = div(sub(v, low), sub(exact(i.levels.at(-1)?.value ?? 1), low));
      weighted.push(mul(share, exact(i.weight)));
      weights.push(exact(i.weight));
      indicators.push({
        id: i.id,
        value: String(given),
        share: toNumber(share),
        belowThreshold: compare(v, thresholdOf(i)) < 0,
      });
    }
    const share = weights.length > 0 ? div(sum(weighted), sum(weights)) : null;
    aspectShares.push(share);
    return {
      id: a.id,
      name: a.name,
      weight: String(a.weight),
      answered: weights.length,
      of: a.indicators.length,
      score: share ? roundHalfUp(onScale(share), def.total.decimals) : null,
      indicators,
    };
  });
  if (aspectShares.some((s) => s === null))
    return { aspects, total: null, band: null, answered, of, formula: null };
  const totalShare = sum(def.aspects.map((a, k) => mul(exact(a.weight), aspectShares[k] as Fraction)));
  const total = roundHalfUp(onScale(totalShare), def.total.decimals);
  const formula = aspects.map((a) => `${a.weight} × ${a.score}`).join(' + ');
  return { aspects, total, band: bandOf(def, total), answered, of, formula };
}

/** The band of a (rounded) total: the one with the largest minimum not above it. */
export function bandOf(def: InstrumentDefinition, total: string): Band | null {
  const t = exact(total);
  let best: InstrumentDefinition['total']['bands'][number] | null = null;
  for (const b of def.total.bands)
    if (compare(exact(b.min), t) <= 0 && (!best || compare(exact(b.min), exact(best.min)) > 0)) best = b;
  return best ? { code: best.code, label: best.label, ...(best.zone ? { zone: best.zone } : {}) } : null;
}
