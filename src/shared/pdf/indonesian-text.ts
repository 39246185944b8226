/** Numbers and dates as an Indonesian report writes them (the satisfaction and evaluation reports). Pure. */

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

/** '2026-07-01' → '1 Juli 2026'. */
export function dateId(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** '88.31' → '88,31' (decimal comma); null → `none`. */
export const decimalId = (text: string | null, none = '—'): string =>
  text === null ? none : text.replace('.', ',');

/** A count as an Indonesian reader writes it: 1000 → '1.000'. */
export function countId(n: number): string {
  return n.toLocaleString('id-ID', { useGrouping: true, maximumFractionDigits: 0 });
}
