import type { Executor } from '../../shared/db/database.ts';
import { siteWorkingCalendar, type WorkingCalendar } from '../sites/sites.public.ts';
import { type ComplaintDeadlines, deadlinesOf } from './complaint-deadlines.rules.ts';

/** A site's working calendar (the one site calendar, cached by sites) and its complaint deadlines. */
export async function complaintCalendar(
  db: Executor,
  siteId: string,
): Promise<{ cal: WorkingCalendar; deadlines: ComplaintDeadlines }> {
  const [work, site] = await Promise.all([
    siteWorkingCalendar(db, siteId),
    db.selectFrom('sites').select('complaintSettings').where('id', '=', siteId).executeTakeFirst(),
  ]);
  return { cal: work.calendar, deadlines: deadlinesOf(site?.complaintSettings ?? {}) };
}
