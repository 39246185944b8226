import type { Executor } from '../../shared/db/database.ts';
import { countsPerAgency, listFindingRows } from './findings.repository.ts';
import { isOverdue } from './findings.rules.ts';

/**
 * What other modules may use of evaluation: the dashboard's query of a site, the open findings and their counts per
 * agency (the national view reads them later; unscoped — the caller checks who may read), and the demo's
 * generator. The only evaluation file others import.
 */
export { evaluationDashboard } from './dashboard.ts';
export { generateEvaluation } from './evaluation.demo.ts';

export interface FindingsFilter {
  siteId?: string;
  agencyId?: string;
}

/** Findings not closed yet, most urgent first, each with whether it is overdue at `now`. */
export async function openFindings(db: Executor, filter: FindingsFilter, now: Date) {
  const rows = await listFindingRows(db, { ...filter, openOnly: true });
  return rows.map((r) => ({
    id: r.id,
    assessmentId: r.assessmentId,
    siteId: r.siteId,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    boothName: r.boothName,
    indicatorId: r.indicatorId,
    severity: r.severity,
    title: r.title,
    recommendation: r.recommendation,
    assignee: r.assignee,
    status: r.status,
    dueAt: r.dueAt,
    overdue: isOverdue(r, now),
  }));
}

/** Per agency (null: the site's own findings): how many are not closed, how many overdue at `now`. */
export function findingCountsPerAgency(db: Executor, filter: { siteId?: string }, now: Date) {
  return countsPerAgency(db, filter, now);
}
