/**
 * Rules for tolerant catalogue search in Indonesian. Pure: no I/O.
 *
 * Citizens type "pasport", "akta lahir", "ktp", "aktekelahiran". We index each service as normalised words
 * plus their stems (kelahiran → lahir), and a compact form without spaces; PostgreSQL's trigram word
 * similarity then absorbs typos. Queries go through the same normalisation.
 */

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // accents
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
const VOWELS = /[aiueo]/;

/** Enough of a word must remain after stripping an affix to still be a root. */
function strip(word: string, affix: string, atStart: boolean): string | null {
  if (atStart ? !word.startsWith(affix) : !word.endsWith(affix)) return null;
  const rest = atStart ? word.slice(affix.length) : word.slice(0, -affix.length);
  return rest.length >= 3 && VOWELS.test(rest) ? rest : null;
}

function stripSuffixes(word: string): string {
  let w = word;
  for (const p of PARTICLES) w = strip(w, p, false) ?? w;
  for (const p of POSSESSIVES) w = strip(w, p, false) ?? w;
  for (const s of SUFFIXES) {
    const r = strip(w, s, false);
    if (r) return r;
  }
  return w;
}

/** me-/pe- with nasal assimilation: mem+proses, meny+sapu → sapu, peng+urus → urus. */
function stripNasalPrefix(word: string): string | null {
  const m = /^(me|pe)(ng|ny|m|n)?(.*)$/.exec(word);
  if (!m) return null;
  const [, , nasal = '', rest = ''] = m;
  if (rest.length < 3) return null;
  if (nasal === 'ny') return `s${rest}`;
  if (nasal === 'm' && VOWELS.test(rest[0] ?? '')) return `p${rest}`;
  if (nasal === 'n' && VOWELS.test(rest[0] ?? '')) return `t${rest}`;
  if (nasal === 'ng' && VOWELS.test(rest[0] ?? '')) return rest;
  return rest;
}

/**
 * A light Indonesian stemmer (after Nazief–Adriani, simplified): removes particles, possessives, one
 * derivational suffix and up to two prefixes. Good enough for search recall; not a linguistic tool.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  let w = stripSuffixes(word);
  for (let round = 0; round < 2; round++) {
    let next: string | null = null;
    // di-/ke-/se- only stand first (di+per+panjang, never ke+se+…).
    const prefixes =
      round === 0 ? ['di', 'ke', 'se', 'ter', 'ber', 'per', 'be', 'te'] : ['ter', 'ber', 'per', 'be', 'te'];
    for (const prefix of prefixes) {
      next = strip(w, prefix, true);
      if (next) break;
    }
    next ??= w.length > 5 ? stripNasalPrefix(w) : null;
    if (!next || next.length < 3) break;
    w = next;
  }
  return w.length >= 3 ? w : word;
}

/** Words that carry no meaning in a service search ("cara mengurus paspor" is about "paspor"). */
const STOPWORDS = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'untuk',
  'yang',
  'dengan',
  'pada',
  'bagi',
  'oleh',
  'cara',
  'urus',
  'mengurus',
  'membuat',
  'buat',
  'bikin',
  'syarat',
  'persyaratan',
  'layanan',
  'pelayanan',
  'pengurusan',
  'pembuatan',
  'mau',
  'ingin',
  'saya',
  'bagaimana',
  'gimana',
  'the',
  'of',
  'for',
  'how',
  'to',
  'a',
  'an',
]);

export interface SearchDocumentInput {
  name: string;
  code: string;
  category: string;
  keywords: readonly string[];
  agencyName: string;
  agencyShortName: string;
}

export interface SearchDocument {
  searchText: string;
  searchCompact: string;
}

function wordsWithStems(text: string): string[] {
  const words = normalize(text).split(' ').filter(Boolean);
  return words.flatMap((w) => {
    const s = stem(w);
    return s === w ? [w] : [w, s];
  });
}

export function buildSearchDocument(input: SearchDocumentInput): SearchDocument {
  const words = new Set([
    ...wordsWithStems(input.name),
    ...input.keywords.flatMap(wordsWithStems),
    ...wordsWithStems(input.category),
    ...wordsWithStems(input.agencyShortName),
    ...wordsWithStems(input.agencyName),
    ...normalize(input.code).split(' '),
  ]);
  words.delete('');
  const compact = [input.name, ...input.keywords].map((t) => normalize(t).replaceAll(' ', ''));
  return { searchText: [...words].join(' '), searchCompact: [...new Set(compact)].join(' ') };
}

export interface ParsedQuery {
  /** Each query word must match the service (typo-tolerant), in its typed form or its stem. */
  words: { forms: string[] }[];
  /** The whole query without spaces, for "aktekelahiran"-style input. */
  compact: string;
}

export function parseQuery(query: string): ParsedQuery {
  const words = normalize(query).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  const kept = meaningful.length > 0 ? meaningful : words;
  const unique = [...new Set(kept)].slice(0, 8);
  return {
    words: unique.map((w) => ({ forms: [...new Set([w, stem(w)])] })),
    compact: kept.join(''),
  };
}
