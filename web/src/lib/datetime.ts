import { useTranslation } from 'react-i18next';

/**
 * Dates and times for people, in the language on screen and the site's timezone: "Sabtu, 5 Desember 2026
 * pukul 08.30 WIB" rather than "2026-12-05 01:30". One formatter for every citizen page, so a booking, a
 * ticket and a file all read the same way.
 */

/** The names Indonesians use for their three zones, in either language ("GMT+7" is not how a time is read). */
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'id-ID');

function zoneLabel(timeZone: string, language: string, at = new Date()): string {
  const known = ZONE_LABELS[timeZone];
  if (known) return known;
  const parts = new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** For a table's cells, where a row must stay one or two lines: "5 Des 2026 pukul 08.30 WIB". */
export const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** A calendar day given as YYYY-MM-DD (already the site's day): "Sabtu, 5 Desember 2026". */
export function formatDay(date: string, language: string, options: Intl.DateTimeFormatOptions = DAY): string {
  return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A wall-clock time on a site's day (a booking slot: date and HH:MM as the site reads them). */
export function formatSlot(date: string, time: string, timeZone: string, language: string): string {
  const text = new Intl.DateTimeFormat(localeOf(language), { ...DAY, ...TIME, timeZone: 'UTC' }).format(
    new Date(`${date}T${time}:00Z`),
  );
  return `${text} ${zoneLabel(timeZone, language)}`;
}

/** An instant (ISO timestamp) as the site's clock showed it. */
export function formatInstant(
  iso: string,
  timeZone: string,
  language: string,
  day: Intl.DateTimeFormatOptions = DAY,
): string {
  const at = new Date(iso);
  const text = new Intl.DateTimeFormat(localeOf(language), { ...day, ...TIME, timeZone }).format(at);
  return `${text} ${zoneLabel(timeZone, language, at)}`;
}

/** The same three, bound to the language on screen. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    day: (date: string, options?: Intl.DateTimeFormatOptions) => formatDay(date, language, options),
    slot: (date: string, time: string, timeZone: string) => formatSlot(date, time, timeZone, language),
    instant: (iso: string, timeZone: string) => formatInstant(iso, timeZone, language),
  };
}
