import { compare, div, type Fraction, fraction, parseFraction, sub } from '../../shared/exact.ts';
import type { FindingStatus, Severity } from './evaluation.tables.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';
import { thresholdOf } from './scoring.rules.ts';

/**
 * A finding's life, pure: open → answered (the agency's action) → closed (the evaluators verified it) or returned
 * (sent back with a reason) → answered again … Only the moves below exist; anything else is refused with a stable
 * code (409), so a stale screen or a second evaluator never moves a finding twice.
 */

export type FindingMove = 'edit' | 'answer' | 'close' | 'return';

const MOVES: Record<FindingMove, Partial<Record<FindingStatus, FindingStatus>>> = {
  // The evaluators shape a finding (recommendation, severity, due date) until the agency first answers it.
  edit: { open: 'open' },
  answer: { open: 'answered', returned: 'answered' },
  close: { answered: 'closed' },
  return: { answered: 'returned' },
};

export function nextFindingStatus(
  from: FindingStatus,
  move: FindingMove,
): { to: FindingStatus } | { refused: 'evaluation.finding_illegal_move' } {
  const to = MOVES[move][from];
  return to ? { to } : { refused: 'evaluation.finding_illegal_move' };
}

/** The moves open from a status (for the screen's buttons). */
export const movesFrom = (status: FindingStatus): FindingMove[] =>
  (Object.keys(MOVES) as FindingMove[]).filter((m) => MOVES[m][status] !== undefined);

/** Still waiting for the agency: what the overdue list and the reminders watch. */
export const AWAITING_AGENCY: readonly FindingStatus[] = ['open', 'returned'];

export function isOverdue(f: { status: FindingStatus; dueAt: Date }, now: Date): boolean {
  return AWAITING_AGENCY.includes(f.status) && f.dueAt < now;
}

type Indicator = InstrumentDefinition['aspects'][number]['indicators'][number];

const exact = (v: string | number): Fraction => {
  const f = parseFraction(v);
  if (!f) throw new RangeError(`not a decimal: ${v}`);
  return f;
};

/**
 * How serious an indicator under its threshold is, by how far below it the score is on the indicator's own scale
 * (the gap as a share of lowest → highest level):
 * - high: the lowest level (nothing of it in place), or more than half the scale below the threshold;
 * - medium: a quarter of the scale or more below;
 * - low: less than a quarter below.
 * An inspection's "Tidak" is high, its "Sebagian" medium; on PEKPPP's 0–5 with threshold 3: 0 high, 1 medium,
 * 2 low. Null when the score is not below the threshold (no finding).
 */
export function severityOf(indicator: Indicator, value: string | number): Severity | null {
  const v = exact(value);
  const threshold = thresholdOf(indicator);
  if (compare(v, threshold) >= 0) return null;
  const low = exact(indicator.levels[0]?.value ?? 0);
  const high = exact(indicator.levels.at(-1)?.value ?? 1);
  if (compare(v, low) <= 0) return 'high';
  const gap = div(sub(threshold, v), sub(high, low));
  if (compare(gap, fraction(1, 2)) > 0) return 'high';
  if (compare(gap, fraction(1, 4)) >= 0) return 'medium';
  return 'low';
}

/** Working days the unit has to act, by severity, unless the evaluators set another (1–60). */
export const DUE_DAYS: Record<Severity, number> = { high: 5, medium: 10, low: 20 };
