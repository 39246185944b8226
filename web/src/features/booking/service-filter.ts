import {
  buildSearchDocument,
  normalize,
  parseQuery,
} from '../../../../src/modules/catalogue/search.rules.ts';

/**
 * Finds services in the booking list as the catalogue search does (same Indonesian normalisation and
 * stemming: "akta lahir" finds "Akta Kelahiran"), on the phone itself: the list is already there, and on
 * slow 3G a round trip per keystroke would take longer than reading the list. Typos are absorbed by
 * allowing one edit in words of five letters or more ("pasport" → "paspor"). Pure.
 */

export interface Searchable {
  name: string;
  agencyName: string;
}

interface Indexed<T> {
  item: T;
  words: string[];
  compact: string;
}

/** Levenshtein distance, stopped early once it exceeds `max`. */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = row;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

function formMatches(form: string, word: string): boolean {
  if (word.startsWith(form)) return true;
  if (form.length < 5) return false;
  // A typo in a whole word, or in the part typed so far of a longer one.
  return within(form, word, 1) || within(form, word.slice(0, form.length), 1);
}

export function indexServices<T extends Searchable>(items: readonly T[]): Indexed<T>[] {
  return items.map((item) => {
    const doc = buildSearchDocument({
      name: item.name,
      code: '',
      category: '',
      keywords: [],
      agencyName: item.agencyName,
      agencyShortName: '',
    });
    return { item, words: doc.searchText.split(' '), compact: doc.searchCompact };
  });
}

/** Services matching every meaningful word of the query, in their listed order; all of them for no query. */
export function filterServices<T extends Searchable>(index: readonly Indexed<T>[], query: string): T[] {
  if (normalize(query) === '') return index.map((i) => i.item);
  const parsed = parseQuery(query);
  return index
    .filter(
      (entry) =>
        (parsed.compact.length >= 5 && entry.compact.includes(parsed.compact)) ||
        parsed.words.every((w) =>
          w.forms.some((form) => entry.words.some((word) => formMatches(form, word))),
        ),
    )
    .map((entry) => entry.item);
}
