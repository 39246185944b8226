import { useTranslation } from 'react-i18next';
import { formatInstant, SHORT_DAY } from '../../lib/datetime.ts';

/** The words and times of complaint handling, in the language on screen and the site's clock. */
export function useComplaintFormat() {
  const { t, i18n } = useTranslation();
  return {
    status: (s: string) => t(`complaintHandling.status.${s}`),
    action: (a: string) => t(`complaintHandling.action.${a}`),
    kind: (k: string) => t(`complaintHandling.kind.${k}`),
    channel: (c: string) => t(`complaintHandling.channel.${c}`),
    stage: (s: string) => t(`complaintHandling.stage.${s}`),
    at: (iso: string | null, timeZone: string) => (iso ? formatInstant(iso, timeZone, i18n.language) : '—'),
    /** In a list's cells: without the weekday, the month short. */
    atShort: (iso: string | null, timeZone: string) =>
      iso ? formatInstant(iso, timeZone, i18n.language, SHORT_DAY) : '—',
  };
}
