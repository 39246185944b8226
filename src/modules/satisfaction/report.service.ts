import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { csvOf, type ExportFilter, exportRows, xlsxOf } from './answers.export.ts';
import { sampleCheck } from './ikm.rules.ts';
import {
  followUpsOf,
  type PeriodRow,
  periodById,
  previousPeriod,
  profileCounts,
  siteById,
  suggestionsOf,
} from './periods.repository.ts';
import { periodIndex } from './periods.service.ts';
import { populationOf } from './population.ts';
import { type ReportData, renderReportPdf } from './report.pdf.ts';
import { weakestElements } from './report.rules.ts';

/** What the report of a period is made of, gathered from the rollups (the figures) and the responses (the rest). */

/** The report lists every suggestion up to this many, else the latest this many with the count. */
const SUGGESTIONS_SHOWN = 100;

async function readablePeriod(db: Database, ctx: RequestContext, id: string): Promise<PeriodRow> {
  const period = await periodById(db, id);
  if (!period) throw new AppError('satisfaction.period_not_found');
  siteListOf(ctx, 'satisfaction.report.read', period.siteId);
  return period;
}

async function reportData(db: Database, period: PeriodRow, now: Date): Promise<ReportData> {
  const range = { siteId: period.siteId, from: period.startsOn, to: period.endsOn };
  const [site, index, population, profile, suggestions, followUps, previous] = await Promise.all([
    siteById(db, period.siteId),
    periodIndex(db, period),
    populationOf(db, range),
    profileCounts(db, range),
    suggestionsOf(db, range, SUGGESTIONS_SHOWN),
    followUpsOf(db, period.id),
    previousPeriod(db, period),
  ]);
  return {
    site,
    period,
    index,
    sample: sampleCheck(population, index.respondents),
    profile,
    weakest: weakestElements(index),
    suggestions,
    followUps,
    previous: previous ? { period: previous, followUps: await followUpsOf(db, previous.id) } : null,
    generatedOn: now,
  };
}

export async function periodReportPdf(
  db: Database,
  ctx: RequestContext,
  id: string,
  now: Date,
): Promise<{ fileName: string; buffer: Buffer }> {
  const period = await readablePeriod(db, ctx, id);
  const data = await reportData(db, period, now);
  return {
    fileName: `laporan-skm-${data.site.code}-${period.startsOn}.pdf`,
    buffer: await renderReportPdf(data),
  };
}

/** The raw, anonymous answers of a period (a unit of it), in the import template's layout. */
export async function periodAnswers(
  db: Database,
  ctx: RequestContext,
  id: string,
  filter: Omit<ExportFilter, 'siteId' | 'from' | 'to'>,
  format: 'xlsx' | 'csv',
): Promise<{ fileName: string; buffer: Buffer }> {
  const period = await readablePeriod(db, ctx, id);
  const site = await siteById(db, period.siteId);
  const rows = await exportRows(db, {
    ...filter,
    siteId: period.siteId,
    from: period.startsOn,
    to: period.endsOn,
  });
  const base = `jawaban-skm-${site.code}-${period.startsOn}`;
  return format === 'xlsx'
    ? { fileName: `${base}.xlsx`, buffer: await xlsxOf(rows) }
    : { fileName: `${base}.csv`, buffer: await csvOf(rows) };
}
