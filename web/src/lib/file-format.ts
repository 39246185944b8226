import { useTranslation } from 'react-i18next';

/** Dates and durations of application files, in the site's timezone and the language on screen. */
export function useFileFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const dateTime = (iso: string, timeZone?: string) =>
    new Date(iso).toLocaleString(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
  const date = (iso: string, timeZone?: string) =>
    new Date(iso).toLocaleDateString(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(timeZone ? { timeZone } : {}),
    });
  /** Minutes as "3,2 hari" or "5 jam": what a manager reads at a glance. */
  const duration = (minutes: number | null) => {
    if (minutes === null) return '–';
    const fmt = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 1 });
    return minutes >= 1440
      ? t('application.monitor.days', { value: fmt(minutes / 1440) })
      : t('application.monitor.hours', { value: fmt(minutes / 60) });
  };
  const share = (value: number | null) =>
    value === null ? '–' : `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
  const stepLabel = (code: string, labels?: { code: string; label: { id: string; en: string } }[]) => {
    const own = labels?.find((s) => s.code === code);
    if (own) return i18n.language === 'en' ? own.label.en : own.label.id;
    return t(`application.step.${code}`, { defaultValue: code });
  };
  return { dateTime, date, duration, share, stepLabel };
}
