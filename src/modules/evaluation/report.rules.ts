/** Pure rules of the evaluation report: its number (its dates and decimals: shared/pdf/indonesian-text.ts). */

/**
 * A report's number, as a regional letter is numbered: the archive code of supervision (700), the running number
 * of the site's reports that year, the kind, the site and the year — '700/003/EVAL/SBY/2026', follow-ups 'TL'.
 */
export function reportNumber(kind: 'assessment' | 'follow_up', siteCode: string, year: number, seq: number) {
  return `700/${String(seq).padStart(3, '0')}/${kind === 'assessment' ? 'EVAL' : 'TL'}/${siteCode}/${year}`;
}
