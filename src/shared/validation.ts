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
      return {
        id: `Format tidak sesuai (${String(p.format ?? p.pattern ?? '')}).`,
        en: `Invalid format (${String(p.format ?? p.pattern ?? '')}).`,
      };
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
      return { id: issue.message, en: issue.message };
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
