/**
 * A complaint's deadlines, in the site's working calendar (sites' working-time rules, as application files use).
 * Pure. SP4N-LAPOR! service levels in working days: verified and dispatched ≤ 3 after receipt, the agency's
 * follow-up ≤ 5 after dispatch, closed automatically 10 after the answer when the citizen does not reply.
 * UU 25/2009 bounds them from outside: a written response within 14 days of receipt, a decision within 60
 * (calendar days: the law counts "hari"). A site may shorten the working-day stages (never lengthen past the
 * statutory ones); the outer bounds are the law's.
 */
import { atRiskAt, dueAt, localOf, pauseExtension, type WorkingCalendar } from '../sites/sites.public.ts';
import type { ComplaintStatus } from './complaint-status.rules.ts';

export interface ComplaintDeadlines {
  /** Working days from receipt (or reopening) to verified and dispatched. */
  verifyDays: number;
  /** Working days from dispatch to the agency's follow-up. */
  followUpDays: number;
  /** Working days after the answer before it closes by itself without the citizen's reply. */
  autoCloseDays: number;
  /** Calendar days from receipt to a written response (UU 25/2009). */
  responseDays: number;
  /** Calendar days from receipt to a decision (UU 25/2009). */
  decisionDays: number;
  /** Share of a stage's working time after which it is "at risk" (as application files). */
  atRiskShare: number;
}

export const STATUTORY: ComplaintDeadlines = {
  verifyDays: 3,
  followUpDays: 5,
  autoCloseDays: 10,
  responseDays: 14,
  decisionDays: 60,
  atRiskShare: 0.75,
};

/** The days a site may set, and their bounds: 1 up to the statutory number (auto-close: 5 to 30). */
export const SITE_LIMITS = {
  verifyDays: { min: 1, max: STATUTORY.verifyDays },
  followUpDays: { min: 1, max: STATUTORY.followUpDays },
  autoCloseDays: { min: 5, max: 30 },
} as const;

/** A site's settings (sites.complaint_settings) over the statutory defaults; out-of-range values are ignored. */
export function deadlinesOf(settings: Record<string, unknown>): ComplaintDeadlines {
  const pick = (key: keyof typeof SITE_LIMITS): number => {
    const v = settings[key];
    const { min, max } = SITE_LIMITS[key];
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : STATUTORY[key];
  };
  const share = settings.atRiskShare;
  return {
    ...STATUTORY,
    verifyDays: pick('verifyDays'),
    followUpDays: pick('followUpDays'),
    autoCloseDays: pick('autoCloseDays'),
    atRiskShare: typeof share === 'number' && share > 0 && share < 1 ? share : STATUTORY.atRiskShare,
  };
}

const DAY_MS = 86_400_000;

/** The end (last second, site time) of the calendar day `days` after `from`'s site-local date. */
function calendarDaysAfter(from: Date, days: number, cal: WorkingCalendar): Date {
  const wholeSeconds = Math.floor(from.getTime() / 1000) * 1000;
  const localMidnight = wholeSeconds - Math.round(localOf(from, cal.timeZone).minute * 60_000);
  return new Date(localMidnight + (days + 1) * DAY_MS - 1000);
}

/** The deadlines fixed at receipt: the first stage's, the answer's, and the law's outer bounds. */
export function deadlinesAtReceipt(receivedAt: Date, d: ComplaintDeadlines, cal: WorkingCalendar) {
  const responseDueAt = calendarDaysAfter(receivedAt, d.responseDays, cal);
  const decisionDueAt = calendarDaysAfter(receivedAt, d.decisionDays, cal);
  const stage = stageDeadline(receivedAt, d.verifyDays, d, cal);
  const answerDueAt = earlier(
    dueAt(receivedAt, d.verifyDays + d.followUpDays, 'working_days', cal),
    responseDueAt,
  );
  return { ...stage, answerDueAt, responseDueAt, decisionDueAt };
}

const earlier = (a: Date, b: Date) => (a <= b ? a : b);

/** A stage of `days` working days beginning at `from`: when it is due and when it turns at risk. */
function stageDeadline(from: Date, days: number, d: ComplaintDeadlines, cal: WorkingCalendar) {
  const stageDueAt = dueAt(from, days, 'working_days', cal);
  return { stageDueAt, stageAtRiskAt: atRiskAt(from, stageDueAt, d.atRiskShare, 'working_days', cal) };
}

/**
 * The stage a complaint enters with its new status, timed from `at`: the deadline the late list and the
 * escalation notices watch. Null while postponed (the clock stops) and in a final status. Awaiting the handler's
 * review of a follow-up, the answer's own deadline applies.
 */
export function stageOnEntering(
  status: ComplaintStatus,
  at: Date,
  c: { answerDueAt: Date },
  d: ComplaintDeadlines,
  cal: WorkingCalendar,
): { stageDueAt: Date | null; stageAtRiskAt: Date | null } {
  switch (status) {
    case 'received':
    case 'verified':
    case 'reopened':
      return stageDeadline(at, d.verifyDays, d, cal);
    case 'dispatched':
      return stageDeadline(at, d.followUpDays, d, cal);
    case 'followed_up':
      return { stageDueAt: c.answerDueAt, stageAtRiskAt: c.answerDueAt <= at ? at : c.answerDueAt };
    case 'answered':
      // Not a deadline anyone can miss: the moment the sweep closes it without the citizen's reply.
      return stageDeadline(at, d.autoCloseDays, d, cal);
    default:
      return { stageDueAt: null, stageAtRiskAt: null };
  }
}

/**
 * Resuming after a postponement: the clock stood still for the working days it lasted, so the stage it returns to
 * and the answer's deadline move by as many working days (the law's outer bounds do not move).
 */
export function afterPause(
  c: { postponedAt: Date; stageDueAt: Date | null; answerDueAt: Date; responseDueAt: Date },
  resumedAt: Date,
  cal: WorkingCalendar,
): { pausedDays: number; answerDueAt: Date } {
  const pausedDays = pauseExtension(c.postponedAt, resumedAt, 'working_days', cal);
  if (pausedDays === 0) return { pausedDays, answerDueAt: c.answerDueAt };
  // answerDueAt is the end of a working day: the same end, pausedDays working days later.
  const moved = dueAt(c.answerDueAt, pausedDays, 'working_days', cal);
  return { pausedDays, answerDueAt: earlier(moved, c.responseDueAt) };
}

/** UU 25/2009: a complaint may be filed up to 30 days after the service. */
const FILING_WINDOW_DAYS = 30;

export function withinFilingWindow(servedAt: Date, now: Date): boolean {
  return now.getTime() - servedAt.getTime() <= FILING_WINDOW_DAYS * DAY_MS;
}

/** Where an open complaint's stage stands at `now`. */
export type StageState = 'on_time' | 'at_risk' | 'late' | 'paused' | 'none';

export function stageState(
  c: { status: ComplaintStatus; stageDueAt: Date | null; stageAtRiskAt: Date | null },
  now: Date,
): StageState {
  if (c.status === 'postponed') return 'paused';
  // An answered complaint waits for the citizen: its timer is not a deadline.
  if (!c.stageDueAt || c.status === 'answered') return 'none';
  if (now > c.stageDueAt) return 'late';
  if (c.stageAtRiskAt && now >= c.stageAtRiskAt) return 'at_risk';
  return 'on_time';
}
