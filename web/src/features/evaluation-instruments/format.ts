import type { Draft } from './types.ts';

/** Decimals as the author wrote them, shown the Indonesian way: "0.24" → "0,24". */
export const showDecimal = (v: string | number | undefined, en: boolean): string =>
  v === undefined ? '' : en ? String(v) : String(v).replace('.', ',');

/** A typed decimal ("0,25" or "0.25") as the server takes it, or the text as typed when it is none. */
export const typedDecimal = (text: string): string => text.trim().replace(',', '.');

/**
 * The aspects' weights summed in millionths (the server checks the exact sum; this is the live hint beside the
 * weights), or null when a weight is not a number yet.
 */
export function weightSum(draft: Draft): number | null {
  let millionths = 0;
  for (const a of draft.aspects) {
    const n = Number(typedDecimal(String(a.weight)));
    if (String(a.weight).trim() === '' || !Number.isFinite(n)) return null;
    millionths += Math.round(n * 1_000_000);
  }
  return millionths / 1_000_000;
}

/** A new instrument's starting point: one aspect weighing 1, one yes/partly/no item, three bands on 0–100. */
export function blankDraft(): Draft {
  return {
    name: '',
    description: '',
    basis: '',
    aspects: [
      {
        id: 'aspek-1',
        name: '',
        weight: '1',
        indicators: [newIndicator('indikator-1')],
      },
    ],
    total: {
      min: '0',
      max: '100',
      decimals: 2,
      bands: [
        { min: '90', code: 'Baik', label: 'Baik', zone: 'green' },
        { min: '70', code: 'Cukup', label: 'Cukup', zone: 'yellow' },
        { min: '0', code: 'Kurang', label: 'Kurang', zone: 'red' },
      ],
    },
  };
}

export function newIndicator(id: string) {
  return {
    id,
    name: '',
    description: '',
    weight: '1',
    evidence: '',
    levels: [
      { value: '0', label: 'Tidak', description: '' },
      { value: '0.5', label: 'Sebagian', description: '' },
      { value: '1', label: 'Ya', description: '' },
    ],
  };
}
