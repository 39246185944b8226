import { localDateTime } from '../sites/sites.public.ts';

/** Where a service is offered nowhere yet, its standard is dated as in the capital (WIB). */
const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/**
 * The day a new version of a standard takes effect when the editor names none: today, as the MPPs that offer
 * the service count days — not the UTC date, which before 07:00 WIB is still yesterday in Indonesia.
 *
 * One standard is shared by every site that offers the service, and the sites may lie in different zones
 * (WIB, WITA, WIT). The earliest of their local dates is taken: the version is then never dated in the
 * future anywhere (a "berlaku sejak besok" on the current version would contradict itself), at the cost of
 * reading as in force from the evening before in the eastern zones for at most two hours a day.
 */
export function effectiveDate(now: Date, timezones: readonly string[]): string {
  const zones = timezones.length > 0 ? timezones : [DEFAULT_TIMEZONE];
  // ISO dates sort as text: the first after sorting is the earliest.
  return zones.map((zone) => localDateTime(now, zone).date).sort()[0] as string;
}
