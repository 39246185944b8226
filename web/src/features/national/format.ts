import { useTranslation } from 'react-i18next';
import type { Figure, Measure } from './types.ts';

/**
 * Figures of the national view as the reader writes them (Indonesian "1.234" and "2,5"; English "1,234" and
 * "2.5"), each with its unit: the same number means minutes on one measure and a share on another.
 */
export function useNationalFormat() {
  const { t, i18n } = useTranslation();
  const lang: 'id' | 'en' = i18n.language === 'en' ? 'en' : 'id';
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const num = (n: number, digits = 0) => n.toLocaleString(locale, { maximumFractionDigits: digits });
  /** A measure's value with its unit; null (no data, or a sample too small) is a dash. */
  const value = (measure: Pick<Measure, 'unit'>, v: number | null): string => {
    if (v === null) return '—';
    switch (measure.unit) {
      case 'share':
        return `${num(v * 100, 1)}%`;
      case 'minutes':
        return t('national.unit.minutes', { value: num(v, 1) });
      case 'days':
        return t('national.unit.days', { value: num(v, 1) });
      case 'count':
        return num(v);
      default:
        return num(v, 2);
    }
  };
  return {
    lang,
    locale,
    int: (n: number) => num(n),
    value,
    /** The value with its grade or band beside it ("82,4 (B)"). */
    figure: (measure: Pick<Measure, 'unit'>, f: Figure) =>
      f.value === null ? '—' : f.label ? `${value(measure, f.value)} (${f.label})` : value(measure, f.value),
    /** A month given as YYYY-MM: "Okt 2026" / "Oct 2026". */
    month: (ym: string) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${ym}-01T00:00:00Z`),
      ),
    /** When the hub last heard from a site, on the reader's clock with its zone: "5 Des 2026, 08.30 WIB". */
    asOf: (iso: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      }).format(new Date(iso)),
    /** How long ago, for a stale site ("3 jam yang lalu" / "3 hours ago"). */
    ago: (iso: string, now = Date.now()) => {
      const minutes = Math.round((now - new Date(iso).getTime()) / 60_000);
      const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      if (Math.abs(minutes) < 60) return rtf.format(-minutes, 'minute');
      if (Math.abs(minutes) < 48 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
      return rtf.format(-Math.round(minutes / 1440), 'day');
    },
  };
}
