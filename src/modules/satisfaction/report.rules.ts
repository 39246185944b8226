import type { ElementId } from './elements.ts';
import type { IndexResult } from './ikm.rules.ts';

/** Pure rules of the report and the follow-up page: which elements are weakest, and Indonesian number and date text. */

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

/** '88.31' → '88,31' (the report is Indonesian: decimal comma); null → '—'. */
export const decimalId = (text: string | null): string => (text === null ? '—' : text.replace('.', ','));

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** A count as an Indonesian reader writes it: 1000 → '1.000'. */
export function countId(n: number): string {
  return n.toLocaleString('id-ID', { useGrouping: true, maximumFractionDigits: 0 });
}

/** '2026-07-01' → '1 Juli 2026'. */
export function dateId(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
