/**
 * Line-by-line comparison of one component in two versions: which lines only the older has (removed), which
 * only the newer has (added). Lists in a standard are short (≤ 50) and their order rarely matters to a reader,
 * so a multiset difference says more than a positional diff. Pure.
 */
export interface DiffSide {
  text: string;
  /** Present on this side only. */
  only: boolean;
}

export function diffLines(
  older: readonly string[],
  newer: readonly string[],
): { older: DiffSide[]; newer: DiffSide[]; changed: boolean } {
  const mark = (side: readonly string[], other: readonly string[]) => {
    const left = new Map<string, number>();
    for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
    return side.map((text) => {
      const n = left.get(text) ?? 0;
      if (n > 0) left.set(text, n - 1);
      return { text, only: n === 0 };
    });
  };
  const a = mark(older, newer);
  const b = mark(newer, older);
  const reordered = older.length === newer.length && older.some((line, i) => line !== newer[i]);
  return { older: a, newer: b, changed: reordered || a.some((l) => l.only) || b.some((l) => l.only) };
}
