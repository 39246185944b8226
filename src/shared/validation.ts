import type { FieldIssue } from './errors.ts';

/**
 * Turns validation issues (zod's, as fastify-type-provider-zod passes them on) into field issues with a
 * message in Indonesian and English. Pure.
 */
export interface RawIssue {
  code: string;
  path: string;
  message: string;
  params: Record<string, unknown>;
}

/**
 * What a pattern means, for the person who typed it. A schema's `.regex(re, message)` names its format with the
 * message; the entry here says it in both languages (a message without an entry gets the plain "invalid format").
 * Never the pattern itself: "body.code: Format tidak sesuai (regex)" tells a citizen nothing.
 */
const formatHints: Record<string, { id: string; en: string }> = {
  'HH:MM': { id: 'Isi jam dengan format JJ:MM, mis. 08:00.', en: 'Enter a time as HH:MM, e.g. 08:00.' },
  'A-Z, 0-9 and -': {
    id: 'Hanya huruf A–Z, angka 0–9 dan tanda hubung (-), diawali huruf atau angka.',
    en: 'Only letters A–Z, digits 0–9 and hyphens (-), starting with a letter or digit.',
  },
  'A-Z and 0-9, 2 to 12': {
    id: 'Hanya huruf A–Z dan angka 0–9, 2 sampai 12 karakter.',
    en: 'Only letters A–Z and digits 0–9, 2 to 12 characters.',
  },
  'one or two letters': { id: 'Satu atau dua huruf A–Z.', en: 'One or two letters A–Z.' },
  'a-z, 0-9, . _ -, 3 to 40': {
    id: 'Huruf kecil a–z, angka 0–9 dan . _ -, 3 sampai 40 karakter.',
    en: 'Lower-case letters a–z, digits 0–9 and . _ -, 3 to 40 characters.',
  },
  'a 10-character booking code': {
    id: 'Kode booking terdiri dari 10 huruf dan angka.',
    en: 'A booking code has 10 letters and digits.',
  },
  'a 16-character tracking code': {
    id: 'Kode pelacakan terdiri dari 16 huruf dan angka.',
    en: 'A tracking code has 16 letters and digits.',
  },
  'the last 4 digits': { id: 'Isi 4 digit terakhir.', en: 'Enter the last 4 digits.' },
  'the 4-digit PIN': { id: 'PIN terdiri dari 4 angka.', en: 'The PIN has 4 digits.' },
  // A refinement's message, the same way.
  'A free service has fee amount 0': {
    id: 'Layanan gratis berbiaya 0.',
    en: 'A free service has fee amount 0.',
  },
};

/** zod's named string formats, said for people. */
const namedFormats: Record<string, { id: string; en: string }> = {
  email: { id: 'Alamat e-mail tidak valid.', en: 'Not a valid e-mail address.' },
  url: { id: 'Alamat web tidak valid (mis. https://…).', en: 'Not a valid web address (e.g. https://…).' },
  date: { id: 'Tanggal tidak valid (TTTT-BB-HH).', en: 'Not a valid date (YYYY-MM-DD).' },
  datetime: { id: 'Waktu tidak valid.', en: 'Not a valid date and time.' },
  time: { id: 'Jam tidak valid (JJ:MM).', en: 'Not a valid time (HH:MM).' },
  uuid: { id: 'Pengenal tidak valid.', en: 'Not a valid identifier.' },
};

function describe(issue: RawIssue): { id: string; en: string } {
  const p = issue.params;
  switch (issue.code) {
    case 'invalid_type':
      if (p.input === undefined) return { id: 'Wajib diisi.', en: 'Required.' };
      return {
        id: `Jenis data salah (harus ${String(p.expected)}).`,
        en: `Wrong type (expected ${String(p.expected)}).`,
      };
    case 'too_small':
      if (p.origin === 'string') {
        return Number(p.minimum) <= 1
          ? { id: 'Wajib diisi.', en: 'Required.' }
          : { id: `Minimal ${String(p.minimum)} karakter.`, en: `At least ${String(p.minimum)} characters.` };
      }
      if (p.origin === 'array') {
        return { id: `Minimal ${String(p.minimum)} isian.`, en: `At least ${String(p.minimum)} items.` };
      }
      return { id: `Nilai minimal ${String(p.minimum)}.`, en: `Must be at least ${String(p.minimum)}.` };
    case 'too_big':
      if (p.origin === 'string') {
        return {
          id: `Maksimal ${String(p.maximum)} karakter.`,
          en: `At most ${String(p.maximum)} characters.`,
        };
      }
      if (p.origin === 'array') {
        return { id: `Maksimal ${String(p.maximum)} isian.`, en: `At most ${String(p.maximum)} items.` };
      }
      return { id: `Nilai maksimal ${String(p.maximum)}.`, en: `Must be at most ${String(p.maximum)}.` };
    case 'invalid_value':
    case 'invalid_enum_value': {
      const options = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return {
        id: `Pilihan tidak dikenal. Pilihan: ${options}.`,
        en: `Unknown option. Options: ${options}.`,
      };
    }
    case 'invalid_format':
      return (
        (p.format === 'regex' ? formatHints[issue.message] : namedFormats[String(p.format)]) ?? {
          id: 'Format tidak sesuai.',
          en: 'Invalid format.',
        }
      );
    case 'unrecognized_keys':
      return {
        id: `Isian tidak dikenal: ${Array.isArray(p.keys) ? p.keys.join(', ') : ''}.`,
        en: `Unknown fields: ${Array.isArray(p.keys) ? p.keys.join(', ') : ''}.`,
      };
    case 'not_multiple_of':
      return { id: 'Harus bilangan bulat.', en: 'Must be a whole number.' };
    case 'custom': {
      // A rule of our own (zod refine) names its message in both languages in `params`.
      const own = p.params as { id?: unknown; en?: unknown } | undefined;
      if (typeof own?.id === 'string' && typeof own.en === 'string') return { id: own.id, en: own.en };
      return { id: issue.message, en: issue.message };
    }
    default:
      return formatHints[issue.message] ?? { id: issue.message, en: issue.message };
  }
}

export function toFieldIssues(issues: RawIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ field: issue.path || '(body)', message: describe(issue) }));
}

/** Same, straight from a zod error's issues (used by services and imports that parse by hand). */
export function zodIssuesToFieldIssues(
  issues: readonly { code: string; path: PropertyKey[]; message: string }[],
  prefix = '',
): FieldIssue[] {
  return toFieldIssues(
    issues.map((issue) => {
      const { code, path, message, ...params } = issue;
      return {
        code,
        path: [prefix, ...path.map(String)].filter(Boolean).join('.'),
        message,
        params: params as Record<string, unknown>,
      };
    }),
  );
}
