import type { Executor } from '../../shared/db/database.ts';

/**
 * The population of a survey (PermenPAN-RB 14/2017: the people served by the unit in the period), the N of the
 * Krejcie–Morgan sample: distinct visits with a ticket finished as served (or taken in as a file) at the site in the
 * period, optionally one agency's. A visit is one person's trip through the MPP, so a citizen served at three booths
 * counts once for the site. (The index helper writes the same for its page; the lead keeps one of the two.)
 */
export async function populationOf(
  db: Executor,
  unit: { siteId: string; from: string; to: string; agencyId?: string },
): Promise<number> {
  let query = db
    .selectFrom('tickets as t')
    .select((eb) => eb.fn.count<string>('t.visitId').distinct().as('n'))
    .where('t.siteId', '=', unit.siteId)
    .where('t.serviceDate', '>=', unit.from)
    .where('t.serviceDate', '<=', unit.to)
    .where('t.status', '=', 'done')
    .where('t.outcome', 'in', ['served', 'submitted']);
  if (unit.agencyId) {
    query = query.innerJoin('booths as b', 'b.id', 't.boothId').where('b.agencyId', '=', unit.agencyId);
  }
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
