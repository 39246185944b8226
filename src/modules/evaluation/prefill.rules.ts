/**
 * How a figure Atap measured becomes a suggested level of an indicator (the evaluator confirms or overrides it with
 * a reason), and how it is said in Indonesian. Pure.
 *
 * A share (0–1) on a short scale — Tidak / Sebagian / Ya, or Tidak / Ya — suggests the top level from 90%, the
 * middle one from 50%, else the lowest. On a longer scale (PEKPPP's 0–5) it is placed proportionally and rounded
 * down: on 0–5, 100% → 5, from 80% → 4, from 60% → 3, from 40% → 2, from 20% → 1, else 0.
 */

export type Levels = readonly { value: string | number }[];

const SHORT_SCALE_TOP = 0.9;
const SHORT_SCALE_MIDDLE = 0.5;

export function levelForShare(share: number | null, levels: Levels): string | null {
  if (share === null || !Number.isFinite(share) || levels.length === 0) return null;
  const s = Math.min(1, Math.max(0, share));
  const value = (k: number) =>
    String((levels[Math.min(levels.length - 1, Math.max(0, k))] as { value: string | number }).value);
  if (levels.length <= 3) {
    if (s >= SHORT_SCALE_TOP) return value(levels.length - 1);
    if (levels.length === 3 && s >= SHORT_SCALE_MIDDLE) return value(1);
    return value(0);
  }
  // A tiny tolerance: 0.6 × 5 is 3.0000000000000004 in floating point, 0.7 × 5 must stay 3.
  return value(Math.floor(s * (levels.length - 1) + 1e-9));
}

/**
 * The IKM's grade on a short scale: A or B (good, very good) → the top level, C → the middle, D → the lowest. On a
 * longer scale the converted value (25–100) is placed as a share of its range: (IKM − 25) / 75.
 */
export function levelForIkm(grade: string | null, converted: number | null, levels: Levels): string | null {
  if (grade === null || converted === null) return null;
  if (levels.length <= 3) {
    const share = grade === 'A' || grade === 'B' ? 1 : grade === 'C' ? SHORT_SCALE_MIDDLE : 0;
    return levelForShare(share, levels);
  }
  return levelForShare((converted - 25) / 75, levels);
}

/** 0.925 → "92,5%" (one decimal, Indonesian comma, no trailing ",0"). */
export function percent(share: number): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1).replace(/\.0$/, '').replace('.', ',');
  return `${text}%`;
}

/** 12.5 → "12,5" */
export const decimal = (n: number): string => String(n).replace('.', ',');

/** "2026-01-01 s.d. 2026-06-30" */
export const periodText = (from: string, to: string): string => (from === to ? from : `${from} s.d. ${to}`);

/** Where a prefill came from: the source id and the period it covers. */
export const sourceOf = (id: string, from: string, to: string): string => `${id} (${from}–${to})`;
