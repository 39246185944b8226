import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant, SHORT_DAY } from '../../lib/datetime.ts';

/** The words and times of findings, in the language on screen and the site's clock. */
export function useFindingFormat() {
  const { t, i18n } = useTranslation();
  return {
    status: (s: string) => t(`evaluationFindings.status.${s}`),
    severity: (s: string) => t(`evaluationFindings.severity.${s}`),
    assignee: (a: string) => t(`evaluationFindings.assignee.${a}`),
    kind: (k: string) => t(`evaluationFindings.kind.${k}`),
    at: (iso: string, timeZone: string) => formatInstant(iso, timeZone, i18n.language),
    /** A due date is the end of a working day: the day says it. */
    day: (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { ...SHORT_DAY, timeZone }).format(
        new Date(iso),
      ),
    date: (date: string) => formatDay(date, i18n.language, SHORT_DAY),
  };
}
