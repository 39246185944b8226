import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';

/** The form field a server path names: "body.nik" → "nik" (schema checks say where, services say the field). */
function formField(serverPath: string): string {
  return serverPath.replace(/^(body|query|params)(\.|$)/, '');
}

const under = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/**
 * Server refusals shown where they belong: a field's message next to that field (by the path the server names,
 * e.g. "weeklyHours.2.closes" or "body.phone"), the rest above the form; in the language on screen. A form that
 * lists its `fields` also gets, in the summary, the messages for fields it does not show — none is lost.
 */
export function useFormErrors(fields: readonly string[] = []) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const en = i18n.language === 'en';
  const details = error instanceof ApiError ? (error.body.details ?? []) : [];
  const say = (m: { id: string; en: string }) => (en ? m.en : m.id);
  const elsewhere =
    fields.length === 0
      ? []
      : details.filter((d) => !fields.some((f) => under(formField(d.field), f))).map((d) => say(d.message));
  return {
    setError,
    clear: () => setError(null),
    summary:
      error === null
        ? null
        : error instanceof ApiError
          ? [say(error.body.message), ...new Set(elsewhere)].join(' ')
          : t('error.generic'),
    field(path: string): string | null {
      const found = details.filter((d) => under(formField(d.field), path));
      return found.length ? [...new Set(found.map((d) => say(d.message)))].join(' ') : null;
    },
  };
}

export function FieldError({ text, id }: { text: string | null; id?: string }) {
  if (!text) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {text}
    </span>
  );
}
