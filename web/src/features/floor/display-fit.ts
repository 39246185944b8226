import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/**
 * How many items of a list fit in its box without scrolling: the box's size over one rendered item's size (all
 * items of a board list have the same size by design). Measured again when the window changes (a TV turned to
 * portrait, a browser resized), so the board never scrolls and never clips.
 */
export function useFitCount(
  box: RefObject<HTMLElement | null>,
  itemSelector: string,
  deps: unknown[],
): { columns: number; rows: number; perPage: number } {
  const [fit, setFit] = useState({ columns: 1, rows: 1, perPage: 1 });
  const [size, setSize] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when the caller's content or the window changes.
  useLayoutEffect(() => {
    const el = box.current;
    const item = el?.querySelector<HTMLElement>(itemSelector);
    if (!el || !item) return;
    const style = getComputedStyle(el);
    const rowGap = Number.parseFloat(style.rowGap) || 0;
    const columnGap = Number.parseFloat(style.columnGap) || 0;
    const itemBox = item.getBoundingClientRect();
    const minWidth = Number.parseFloat(getComputedStyle(item).minWidth) || itemBox.width;
    const columns = Math.max(1, Math.floor((el.clientWidth + columnGap) / (minWidth + columnGap)));
    const rows = Math.max(1, Math.floor((el.clientHeight + rowGap) / (itemBox.height + rowGap)));
    setFit((old) =>
      old.columns === columns && old.rows === rows ? old : { columns, rows, perPage: columns * rows },
    );
  }, [size.w, size.h, ...deps]);
  return fit;
}

/** Page `index` of `items`, `perPage` at a time. */
export function pageOf<T>(items: T[], perPage: number, index: number): T[] {
  return items.slice(index * perPage, (index + 1) * perPage);
}

/** Turns the pages by itself every `seconds`; back to the first when the number of pages changes. */
export function useRotatingPage(pages: number, seconds: number): number {
  const [page, setPage] = useState(0);
  useEffect(() => {
    setPage((p) => (p < pages ? p : 0));
    if (pages <= 1) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), seconds * 1000);
    return () => clearInterval(timer);
  }, [pages, seconds]);
  return Math.min(page, Math.max(0, pages - 1));
}
