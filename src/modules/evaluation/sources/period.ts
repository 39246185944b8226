import type { Executor } from '../../../shared/db/database.ts';
import { localDateTime, siteByIdOrCode } from '../../sites/sites.public.ts';
import type { EvaluatedUnit } from '../evidence.types.ts';

/**
 * The part of an assessment's period that has happened (up to the site's today): a floor that has not opened yet
 * is not a booth that failed to open. Null when the period has not started.
 */
export async function pastPart(db: Executor, unit: EvaluatedUnit, now: Date) {
  const site = await siteByIdOrCode(db, unit.siteId);
  const today = localDateTime(now, site.timezone).date;
  // biome-ignore lint/complexity/useMathMinMax: days as text (YYYY-MM-DD), not numbers
  const to = unit.to < today ? unit.to : today;
  return unit.from > to ? null : { from: unit.from, to };
}
