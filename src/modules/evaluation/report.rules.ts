/** Pure rules of the evaluation report: its number, and Indonesian date and decimal text. */

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

/** '88.31' → '88,31' (the report is Indonesian: decimal comma); null → '-'. */
export const decimalId = (text: string | null): string => (text === null ? '-' : text.replace('.', ','));

/**
 * A report's number, as a regional letter is numbered: the archive code of supervision (700), the running number
 * of the site's reports that year, the kind, the site and the year — '700/003/EVAL/SBY/2026', follow-ups 'TL'.
 */
export function reportNumber(kind: 'assessment' | 'follow_up', siteCode: string, year: number, seq: number) {
  return `700/${String(seq).padStart(3, '0')}/${kind === 'assessment' ? 'EVAL' : 'TL'}/${siteCode}/${year}`;
}
