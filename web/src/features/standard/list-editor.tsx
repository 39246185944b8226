import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An ordered list inside a standard (requirements, steps, channels…): each row edited in place, moved up or
 * down, removed; a row added at the end. Buttons name their row ("Hapus persyaratan 2") for screen readers.
 */
export function ListEditor<T>({
  items,
  onChange,
  make,
  what,
  row,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  make: () => T;
  /** The row's noun, for button names. */
  what: string;
  row: (item: T, update: (next: T) => void, n: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <div className="list-editor">
      <ol>
        {items.map((item, i) => (
          // Rows have no identity of their own; the index is what the user sees ("persyaratan 2").
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className="list-editor-row">
            <div className="list-editor-fields">
              {row(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i + 1)}
            </div>
            <div className="list-editor-tools">
              <button
                type="button"
                aria-label={t('standardEditor.up', { what, n: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('standardEditor.down', { what, n: i + 1 })}
                disabled={i === items.length - 1}
                onClick={() => move(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('standardEditor.remove', { what, n: i + 1 })}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...items, make()])}>
        {t('standardEditor.add')} {what}
      </button>
    </div>
  );
}
