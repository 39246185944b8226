import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';

/** The server's own words for a refusal (it answers in both languages), in the language on screen. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('error.generic');
    const en = i18n.language === 'en';
    const main = en ? error.body.message.en : error.body.message.id;
    const details = (error.body.details ?? []).map((d) => (en ? d.message.en : d.message.id));
    return [main, ...new Set(details)].join(' ');
  };
}
