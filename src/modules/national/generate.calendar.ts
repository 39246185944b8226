/**
 * The national demo's calendar: public holidays and joint leave (cuti bersama) on which every MPP is closed, and
 * Ramadan, when hours are shorter and crowds thinner, followed by the rush after Lebaran. Dates from the joint
 * ministerial decrees (SKB 3 Menteri) for 2025 and 2026; 2027 as far as it was announced.
 */
export const closedDays: readonly string[] = [
  // 2025
  '2025-01-01',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-03-28',
  '2025-03-31',
  '2025-04-01',
  '2025-04-02',
  '2025-04-03',
  '2025-04-04',
  '2025-04-07',
  '2025-04-18',
  '2025-05-01',
  '2025-05-12',
  '2025-05-13',
  '2025-05-29',
  '2025-05-30',
  '2025-06-06',
  '2025-06-09',
  '2025-06-27',
  '2025-08-18',
  '2025-09-05',
  '2025-12-25',
  '2025-12-26',
  // 2026
  '2026-01-01',
  '2026-01-16',
  '2026-02-16',
  '2026-02-17',
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-23',
  '2026-03-24',
  '2026-04-03',
  '2026-05-01',
  '2026-05-14',
  '2026-05-15',
  '2026-05-27',
  '2026-05-28',
  '2026-06-01',
  '2026-06-16',
  '2026-08-17',
  '2026-08-25',
  '2026-12-24',
  '2026-12-25',
  // 2027
  '2027-01-01',
  '2027-03-10',
  '2027-03-11',
  '2027-03-12',
];

/** Ramadan (first and last day) and, after it, the ten working days of the post-Lebaran rush. */
export const ramadans: readonly { from: string; to: string; rushUntil: string }[] = [
  { from: '2025-03-01', to: '2025-03-30', rushUntil: '2025-04-22' },
  { from: '2026-02-18', to: '2026-03-19', rushUntil: '2026-04-08' },
  { from: '2027-02-08', to: '2027-03-09', rushUntil: '2027-03-26' },
];
