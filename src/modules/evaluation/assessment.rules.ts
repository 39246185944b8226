import { compare, parseFraction, roundHalfUp, sub } from '../../shared/exact.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';

/** Pure rules of scoring an assessment on the floor: which values an indicator takes, prefill overrides, who was
 * overwritten, and the gap between an agency's self-assessment and the evaluators'. */

export type Indicator = InstrumentDefinition['aspects'][number]['indicators'][number];

/** The indicator of a definition, by id (undefined when the instrument has none by that id). */
export function indicatorOf(def: InstrumentDefinition, id: string): Indicator | undefined {
  for (const a of def.aspects) for (const i of a.indicators) if (i.id === id) return i;
  return undefined;
}

/** Two decimals as the same number ("0.5", 0.5, "0.50"), exactly. */
export function sameValue(a: string | number, b: string | number): boolean {
  const x = parseFraction(a);
  const y = parseFraction(b);
  return x !== null && y !== null && compare(x, y) === 0;
}

/** The level a value names, spelled as the instrument spells it; null when it is none of the levels. */
export function levelValueOf(indicator: Indicator, value: string | number): string | null {
  const level = indicator.levels.find((l) => sameValue(l.value, value));
  return level ? String(level.value) : null;
}

/** A value other than the prefill's suggestion needs a reason; confirming it (or no suggestion) needs none. */
export function needsOverrideReason(
  suggested: string | null | undefined,
  value: string,
  reason?: string,
): boolean {
  if (suggested === null || suggested === undefined) return false;
  if (sameValue(suggested, value)) return false;
  return !reason || reason.trim().length === 0;
}

/** The save that a write replaced without having seen it: the stored one is newer than the writer's base. */
export function overwritten<S extends { revision: number }>(
  baseRevision: number | undefined,
  stored: S | undefined,
): S | null {
  if (baseRevision === undefined || !stored) return null;
  return stored.revision > baseRevision ? stored : null;
}

/** Evaluator − self per indicator (null where either is not scored), on the indicator's own scale. */
export function differenceOf(evaluator: string | null, self: string | null): string | null {
  if (evaluator === null || self === null) return null;
  const e = parseFraction(evaluator);
  const s = parseFraction(self);
  if (!e || !s) return null;
  return roundHalfUp(sub(e, s), 4).replace(/\.?0+$/, '') || '0';
}
