/**
 * PostgreSQL text and jsonb cannot hold U+0000 (it answers 22021/22P05), and a lone UTF-16 surrogate has no
 * UTF-8 form (the driver would silently store U+FFFD instead). Neither is ever meaningful input. Pure.
 */

/** What a refused field says. */
export const UNSTORABLE_TEXT_MESSAGE = {
  id: 'Berisi karakter yang tidak dapat disimpan (NUL atau karakter Unicode yang tidak utuh).',
  en: 'Contains a character that cannot be stored (NUL or a broken Unicode character).',
};

/** At most this many fields are named; one is enough to fix the request, a few help. */
const MAX_REPORTED = 10;

/** False for text PostgreSQL cannot store as given: a NUL, or a lone surrogate. */
export const isStorableText = (text: string): boolean => !text.includes('\0') && text.isWellFormed();

/** The dotted paths of the strings (values or keys) under `value` that PostgreSQL cannot store. Pure. */
export function unstorableFields(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push(path);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && found.length < MAX_REPORTED; i++) {
      unstorableFields(value[i], `${path}.${i}`, found);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (found.length >= MAX_REPORTED) break;
      if (!isStorableText(key)) {
        // The key itself is the problem; name it escaped, so the answer stays readable.
        found.push(`${path}.${JSON.stringify(key).slice(1, -1)}`);
        continue;
      }
      unstorableFields(item, `${path}.${key}`, found);
    }
  }
  return found;
}
