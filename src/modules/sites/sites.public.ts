/**
 * What other modules may use of sites: the site calendar (one cache, `sites.calendar.ts`), its pure hour rules, the
 * working-time rules every deadline counts with (application files, complaints), and the hooks a calendar change
 * runs (`sites.hooks.ts`). The only sites file other modules import.
 */
export {
  type Closure,
  type DayHours,
  type DaySchedule,
  localDateTime,
  type SpecialPeriod,
} from './hours.rules.ts';
export {
  forgetSiteCalendars,
  onSiteCalendarsForgotten,
  type SiteDay,
  siteDay,
  siteScheduleOn,
  siteSchedules,
  siteWorkingCalendar,
} from './sites.calendar.ts';
export { type CalendarChangeHook, onSiteCalendarChange } from './sites.hooks.ts';
export type { timezones } from './sites.schemas.ts';
export { siteByIdOrCode } from './sites.service.ts';
export {
  addWorkingDays,
  atRiskAt,
  dueAt,
  isWorkingDay,
  localOf,
  pauseExtension,
  slaState,
  type WorkingCalendar,
} from './working-time.rules.ts';
