/**
 * Did each booth open on time? Monitoring teams (and Ombudsman visits) check exactly this: a booth whose first
 * counter opened well after the site's opening time, or that stood empty all day, is a finding. Pure.
 */

export interface SessionTimes {
  boothId: string;
  /** Site-local 'HH:MM' the session started, or null for a counter nobody opened that day. */
  startedAt: string | null;
}

export type BoothAttendance =
  | { boothId: string; status: 'on_time' | 'late'; firstOpenedAt: string; minutesLate: number }
  | { boothId: string; status: 'never_opened'; firstOpenedAt: null; minutesLate: null }
  | { boothId: string; status: 'site_closed'; firstOpenedAt: string | null; minutesLate: null };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** `opens` is the site's opening time that day (null when closed); a booth is late after `graceMinutes`. */
export function boothAttendance(
  sessions: SessionTimes[],
  opens: string | null,
  graceMinutes = 15,
): BoothAttendance[] {
  const first = new Map<string, string | null>();
  for (const s of sessions) {
    const known = first.get(s.boothId) ?? null;
    if (!first.has(s.boothId)) first.set(s.boothId, s.startedAt);
    else if (s.startedAt !== null && (known === null || s.startedAt < known))
      first.set(s.boothId, s.startedAt);
  }
  return [...first].map(([boothId, firstOpenedAt]) => {
    if (opens === null) return { boothId, status: 'site_closed', firstOpenedAt, minutesLate: null };
    if (firstOpenedAt === null)
      return { boothId, status: 'never_opened', firstOpenedAt: null, minutesLate: null };
    const late = Math.max(0, minutes(firstOpenedAt) - minutes(opens));
    return { boothId, status: late > graceMinutes ? 'late' : 'on_time', firstOpenedAt, minutesLate: late };
  });
}
