import type { DaySchedule } from '../sites/sites.public.ts';
import { toMinutes } from './estimate.rules.ts';

/**
 * When numbers can next be taken at a site. Pure: the caller passes today's date and time (site time) and the
 * schedules of today and the following days, in date order. A newcomer at the kiosk at night is told the day and
 * the hour, not only "closed".
 */

export interface NextOpening {
  date: string;
  weekday: number;
  opens: string;
  /** The kiosk issues from this time: opening minus the kiosk lead time. */
  issueFrom: string;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The first opening from now on; null when numbers can be taken right now or none is found in the schedules. */
export function nextOpening(
  today: string,
  nowMinutes: number,
  schedules: DaySchedule[],
  leadMinutes: number,
): NextOpening | null {
  for (const day of schedules) {
    if (day.date < today || !day.open || !day.opens || !day.closes) continue;
    const from = Math.max(0, toMinutes(day.opens) - leadMinutes);
    if (day.date === today) {
      if (nowMinutes >= toMinutes(day.closes)) continue;
      if (nowMinutes >= from) return null;
    }
    return { date: day.date, weekday: day.weekday, opens: day.opens, issueFrom: hhmm(from) };
  }
  return null;
}

const dateFormat = {
  id: new Intl.DateTimeFormat('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "Selasa, 1 Desember 2026": a calendar date (already in site time) in words. */
function dateInWords(date: string, language: 'id' | 'en'): string {
  return dateFormat[language].format(new Date(`${date}T00:00:00Z`));
}

/** The sentence a refusal carries, in both languages. */
export function nextOpeningMessage(next: NextOpening): { id: string; en: string } {
  return {
    id: `Nomor antrean dapat diambil lagi ${dateInWords(next.date, 'id')} mulai pukul ${next.issueFrom} (layanan buka pukul ${next.opens}).`,
    en: `Queue numbers can be taken again on ${dateInWords(next.date, 'en')} from ${next.issueFrom} (service opens at ${next.opens}).`,
  };
}
