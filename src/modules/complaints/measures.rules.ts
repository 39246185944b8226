/**
 * The measures of complaints (issue 22, "Measures"), pure: what a set of complaint rows of one unit and period adds
 * up to. measures.ts reads the rows and the visitors; this file only counts. Decisions, written down once:
 *
 * - Time to answer is counted in WORKING DAYS of the site's calendar, as the deadlines are (SP4N-LAPOR! counts
 *   working days): from the day of receipt to the day of the answer, the receipt's day not counted — answered the
 *   same day is 0, received Friday and answered Monday is 1. The latest answer counts (a reopened complaint's
 *   second answer replaces the first, as the row keeps it).
 * - Median and p90 are Excel's PERCENTILE.INC (linear between ranks), so an assessor checking the export in a
 *   spreadsheet gets the same figures.
 * - Answered within the deadline: of the complaints received in the period that have been answered, the share whose
 *   answer came by its deadline (answered_on_time, set by the move that answered it).
 * - Complaints per 1,000 visitors: complaints proper (kind 'complaint', not archived as not-a-complaint, duplicate
 *   or abusive) per 1,000 served visits of the same unit and period — suggestions, information requests and
 *   appreciations are not held against a booth.
 * - Open and late are "now", not of the period: every open complaint of the unit, wherever it was received.
 */
import { pauseExtension, type WorkingCalendar } from '../sites/sites.public.ts';
import { stageState } from './complaint-deadlines.rules.ts';
import { type ComplaintStatus, isOpen } from './complaint-status.rules.ts';
import { SUBJECTS, type Subject } from './complaint-subjects.ts';
import type { ComplaintChannel, ComplaintKind } from './complaints.tables.ts';

export const KINDS: readonly ComplaintKind[] = ['complaint', 'suggestion', 'information', 'appreciation'];
export const CHANNELS: readonly ComplaintChannel[] = [
  'web',
  'ticket',
  'request',
  'kiosk',
  'phone',
  'whatsapp',
  'letter',
  'suggestion_box',
  'lapor',
  'walk_in',
];

/** A complaint as the measures see it: no text, no identity. */
export interface MeasureRow {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  status: ComplaintStatus;
  subject: string;
  agencyId: string | null;
  boothId: string | null;
  serviceId: string | null;
  receivedOn: string;
  receivedAt: Date;
  answeredAt: Date | null;
  answeredOnTime: boolean | null;
  citizenRating: number | null;
}

/** An open complaint's stage, for "open now" and "late now". */
export interface OpenRow {
  status: ComplaintStatus;
  stageDueAt: Date | null;
  stageAtRiskAt: Date | null;
}

/** Excel's PERCENTILE.INC of ascending values (p in 0…1); null when there are none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return round2(a + (b - a) * (rank - low));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Working days from receipt to answer, in the site's calendar (the receipt's own day not counted). */
const workingDaysToAnswer = (receivedAt: Date, answeredAt: Date, cal: WorkingCalendar) =>
  pauseExtension(receivedAt, answeredAt, 'working_days', cal);

/** Whether a row counts against the unit in "complaints per 1,000 visitors". */
const countsPerVisitor = (r: Pick<MeasureRow, 'kind' | 'status'>) =>
  r.kind === 'complaint' && r.status !== 'archived';

/** Per 1,000 visitors, two decimals; null without visitors (a rate of nothing is not zero). */
export function perThousand(count: number, visitors: number): number | null {
  return visitors > 0 ? round2((count * 1000) / visitors) : null;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface Summary {
  received: number;
  byKind: Record<ComplaintKind, number>;
  byChannel: Record<ComplaintChannel, number>;
  answered: { count: number; onTime: number; late: number; onTimeShare: number | null };
  timeToAnswer: { unit: 'working_days'; count: number; median: number | null; p90: number | null };
  rating: { count: number; mean: number | null; distribution: [number, number, number, number] };
  subjects: { subject: Subject; count: number }[];
  /** Complaints proper (see countsPerVisitor), the numerator of the per-1,000 rate. */
  complaints: number;
}

/** What the rows of one unit and period add up to (see the decisions above). */
export function summarize(rows: readonly MeasureRow[], cal: WorkingCalendar): Summary {
  const byKind = zeroes(KINDS);
  const byChannel = zeroes(CHANNELS);
  const subjects = zeroes(SUBJECTS);
  const distribution: [number, number, number, number] = [0, 0, 0, 0];
  const days: number[] = [];
  let onTime = 0;
  let late = 0;
  let ratingSum = 0;
  let complaints = 0;
  for (const r of rows) {
    byKind[r.kind]++;
    byChannel[r.channel]++;
    subjects[(SUBJECTS as readonly string[]).includes(r.subject) ? (r.subject as Subject) : 'other']++;
    if (countsPerVisitor(r)) complaints++;
    if (r.answeredAt) {
      if (r.answeredOnTime) onTime++;
      else late++;
      days.push(workingDaysToAnswer(r.receivedAt, r.answeredAt, cal));
    }
    if (r.citizenRating !== null && r.citizenRating >= 1 && r.citizenRating <= 4) {
      distribution[r.citizenRating - 1] = (distribution[r.citizenRating - 1] ?? 0) + 1;
      ratingSum += r.citizenRating;
    }
  }
  days.sort((a, b) => a - b);
  const rated = distribution.reduce((a, b) => a + b, 0);
  const answered = onTime + late;
  return {
    received: rows.length,
    byKind,
    byChannel,
    answered: { count: answered, onTime, late, onTimeShare: answered > 0 ? onTime / answered : null },
    timeToAnswer: {
      unit: 'working_days',
      count: days.length,
      median: percentile(days, 0.5),
      p90: percentile(days, 0.9),
    },
    rating: { count: rated, mean: rated > 0 ? round2(ratingSum / rated) : null, distribution },
    subjects: SUBJECTS.map((subject) => ({ subject, count: subjects[subject] }))
      .filter((s) => s.count > 0)
      .sort((a, b) => b.count - a.count || SUBJECTS.indexOf(a.subject) - SUBJECTS.indexOf(b.subject)),
    complaints,
  };
}

/** Open complaints now and where their stages stand (late, at risk, paused by a postponement). */
export function openNow(rows: readonly OpenRow[], now: Date) {
  const counts = { open: 0, late: 0, atRisk: 0, paused: 0 };
  for (const r of rows) {
    if (!isOpen(r.status)) continue;
    counts.open++;
    const state = stageState(r, now);
    if (state === 'late') counts.late++;
    else if (state === 'at_risk') counts.atRisk++;
    else if (state === 'paused') counts.paused++;
  }
  return counts;
}

/** The calendar months a range touches, as 'YYYY-MM'. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (let i = 0; i < 1200; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** Received per month and kind, answered and answered on time per month of receipt: the charts' series. */
export function byMonth(rows: readonly MeasureRow[], from: string, to: string) {
  const months = new Map(
    monthsOf(from, to).map((month) => [
      month,
      { month, received: 0, byKind: zeroes(KINDS), answered: 0, onTime: 0 },
    ]),
  );
  for (const r of rows) {
    const m = months.get(r.receivedOn.slice(0, 7));
    if (!m) continue;
    m.received++;
    m.byKind[r.kind]++;
    if (r.answeredAt) {
      m.answered++;
      if (r.answeredOnTime) m.onTime++;
    }
  }
  return [...months.values()].map((m) => ({
    ...m,
    onTimeShare: m.answered > 0 ? m.onTime / m.answered : null,
  }));
}

/** A well-formed range of site-local days, at most `maxDays` long. */
export function validRange(from: string, to: string, maxDays: number): boolean {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || a > b) return false;
  if (new Date(a).toISOString().slice(0, 10) !== from || new Date(b).toISOString().slice(0, 10) !== to)
    return false;
  return (b - a) / 86_400_000 + 1 <= maxDays;
}

/** The quarter a site-local day is in, up to that day: the period shown when none is asked for. */
export function quarterToDate(today: string): { from: string; to: string } {
  const month = Number(today.slice(5, 7));
  const first = 1 + 3 * Math.floor((month - 1) / 3);
  return { from: `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: today };
}
