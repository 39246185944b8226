import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { localOf, siteByIdOrCode } from '../sites/sites.public.ts';
import { renderEvaluationReportPdf } from './report.pdf.ts';
import { reportAssessments, reportFindings, reportSite } from './report.repository.ts';
import { reportNumber } from './report.rules.ts';

/**
 * Reports to the regional secretary, kept as issued: issuing renders the PDF once from the tables as they are,
 * numbers it (the site's running number of the year, under a lock so two issues at once never share one) and
 * stores its bytes and sha256; a download returns exactly those bytes, however the data changed since.
 */

export interface ReportDeps extends WriteDeps {
  photosDir: string;
}

export interface IssueInput {
  kind: 'assessment' | 'follow_up';
  assessmentIds: string[];
}

export interface ReportSummary {
  id: string;
  kind: 'assessment' | 'follow_up';
  number: string;
  assessmentIds: string[];
  sha256: string;
  sizeBytes: number;
  /** ISO. */
  issuedAt: string;
  issuedBy: string | null;
}

async function activeSite(db: Executor, key: string) {
  const site = await siteByIdOrCode(db, key);
  if (!site.active) throw new AppError('site.not_found');
  return site;
}

export async function issueReport(
  deps: ReportDeps,
  ctx: RequestContext,
  siteKey: string,
  input: IssueInput,
): Promise<ReportSummary> {
  const site = await activeSite(deps.db, siteKey);
  siteListOf(ctx, 'evaluation.reports.issue', site.id);
  const ids = [...new Set(input.assessmentIds)];
  return writeChange(deps, ctx, site.id, async (w) => {
    const assessments = await reportAssessments(w.tx, site.id, ids);
    // A report is of finished work: every assessment named, at this site, submitted or closed.
    if (assessments.length !== ids.length || assessments.some((a) => a.status === 'draft'))
      throw new AppError('evaluation.report_assessments_invalid');
    const issuedOn = localOf(w.now, site.timezone).date;
    const year = Number(issuedOn.slice(0, 4));
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`evaluation-report:${site.id}`}))`.execute(w.tx);
    const { n } = await w.tx
      .selectFrom('evaluationReports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('siteId', '=', site.id)
      .where('number', 'like', `700/%/${site.code}/${year}`)
      .executeTakeFirstOrThrow();
    const number = reportNumber(input.kind, site.code, year, Number(n) + 1);
    const pdf = await renderEvaluationReportPdf({
      kind: input.kind,
      site: await reportSite(w.tx, site.id),
      number,
      issuedOn,
      issuedAt: w.now,
      assessments,
      findings: await reportFindings(w.tx, assessments, site.name),
      photosDir: deps.photosDir,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const row = await w.tx
      .insertInto('evaluationReports')
      .values({
        siteId: site.id,
        kind: input.kind,
        assessmentIds: ids,
        number,
        pdf,
        sha256,
        issuedBy: w.ctx.actor?.userId ?? null,
        issuedAt: w.now,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    w.audit({
      action: 'evaluation.report.issue',
      entityType: 'evaluation_report',
      entityId: row.id,
      siteId: site.id,
      after: { number, kind: input.kind, assessmentIds: ids, sha256, sizeBytes: pdf.length },
    });
    return {
      id: row.id,
      kind: input.kind,
      number,
      assessmentIds: ids,
      sha256,
      sizeBytes: pdf.length,
      issuedAt: w.now.toISOString(),
      issuedBy: w.ctx.actor?.displayName ?? null,
    };
  });
}

/**
 * The reports a reader may see at a site: all of them for the site's readers; for an agency's staff only those
 * whose every assessment is of their own agency (a report to the Sekda names other agencies' findings).
 */
function visible(db: Executor, siteId: string, agencyId: string | null) {
  let q = db
    .selectFrom('evaluationReports as r')
    .leftJoin('users as u', 'u.id', 'r.issuedBy')
    .where('r.siteId', '=', siteId);
  if (agencyId)
    q = q.where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM assessments a WHERE a.id = ANY(r.assessment_ids) AND a.agency_id IS DISTINCT FROM ${agencyId})`,
    );
  return q;
}

export async function listReports(
  db: Executor,
  ctx: RequestContext,
  siteKey: string,
): Promise<ReportSummary[]> {
  const site = await activeSite(db, siteKey);
  const { agencyId } = siteListOf(ctx, 'evaluation.read', site.id);
  const rows = await visible(db, site.id, agencyId)
    .select([
      'r.id',
      'r.kind',
      'r.number',
      'r.assessmentIds',
      'r.sha256',
      'r.issuedAt',
      'u.displayName as issuedBy',
      sql<number>`octet_length(r.pdf)`.as('sizeBytes'),
    ])
    .orderBy('r.issuedAt', 'desc')
    .orderBy('r.number', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, issuedAt: r.issuedAt.toISOString(), sizeBytes: Number(r.sizeBytes) }));
}

/** The stored bytes of an issued report, unchanged. */
export async function reportPdf(
  db: Executor,
  ctx: RequestContext,
  siteKey: string,
  id: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const site = await activeSite(db, siteKey);
  const { agencyId } = siteListOf(ctx, 'evaluation.read', site.id);
  const row = await visible(db, site.id, agencyId)
    .select(['r.number', 'r.pdf'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('evaluation.report_not_found');
  return { fileName: `laporan-evaluasi-${row.number.replaceAll('/', '-')}.pdf`, buffer: row.pdf };
}
