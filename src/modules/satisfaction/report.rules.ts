import type { ElementId } from './elements.ts';
import type { IndexResult } from './ikm.rules.ts';

/** Pure rules of the report and the follow-up page: which elements are weakest (numbers and dates: shared/pdf). */

/**
 * The elements with the lowest NRR, lowest first (ties in the regulation's order), compared exactly: sum/answered
 * of two elements by cross-multiplying their integer sums, never by their rounded or floating NRR. An element
 * nobody answered has no NRR and is not ranked.
 */
export function weakestElements(result: IndexResult, count = 3): ElementId[] {
  return result.elements
    .map((e, order) => ({ ...e, order }))
    .filter((e) => e.answered > 0)
    .sort((a, b) => a.sum * b.answered - b.sum * a.answered || a.order - b.order)
    .slice(0, count)
    .map((e) => e.id);
}
