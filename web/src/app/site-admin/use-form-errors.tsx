import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';

/**
 * Server refusals shown where they belong: a field's message next to that field (by the path the server names,
 * e.g. "weeklyHours.2.closes"), the rest above the form; in the language on screen.
 */
export function useFormErrors() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const en = i18n.language === 'en';
  const details = error instanceof ApiError ? (error.body.details ?? []) : [];
  return {
    setError,
    clear: () => setError(null),
    summary:
      error === null
        ? null
        : error instanceof ApiError
          ? en
            ? error.body.message.en
            : error.body.message.id
          : t('error.generic'),
    field(path: string): string | null {
      const found = details.filter((d) => d.field === path || d.field.startsWith(`${path}.`));
      return found.length ? found.map((d) => (en ? d.message.en : d.message.id)).join(' ') : null;
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
