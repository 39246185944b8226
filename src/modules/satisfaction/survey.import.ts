import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMayAt } from '../../shared/auth/policy.ts';
import { type RequestContext, systemContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import {
  insertImport,
  type ServiceAtSite,
  type SiteRow,
  serviceRef,
  servicesAtSite,
} from './periods.repository.ts';
import { type NewResponse, recordResponses } from './responses.repository.ts';
import { readSurveyFile } from './survey.sheets.ts';

/**
 * A paper import (or another app's export): the template file read all or nothing (survey.sheets.ts), each row's
 * service code resolved to the service and its booth at the site (an unknown code is an error of that row), then
 * every row written with recordResponses (channel 'paper', one survey_imports row) and audited, in one transaction.
 * A row without a service code counts for the default service given (the CLI's --service), else for the site only.
 */

export interface SurveyImportInput {
  site: SiteRow;
  fileName: string;
  buffer: Buffer;
  /** A service id or code offered at the site, for rows that name none. */
  service?: string | undefined;
  now: Date;
}

/** The site's local date of an instant (a row without a date counts on the day it is imported). */
function siteDay(timezone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Whether the actor may import at the site: checked before the upload is read (a refusal is the rule's). */
export function assertMayImport(ctx: RequestContext, site: SiteRow): void {
  // The command line (atap import-survey) runs as the system, whoever has the server's shell.
  if (ctx !== systemContext) assertMayAt(ctx, 'satisfaction.import', { siteId: site.id });
}

export async function importSurvey(db: Database, ctx: RequestContext, input: SurveyImportInput) {
  const { site } = input;
  assertMayImport(ctx, site);
  let fallback: ServiceAtSite | null = null;
  if (input.service) {
    const found = await serviceRef(db, site.id, input.service);
    if (!found) {
      throw new AppError('request.invalid', [
        {
          field: 'service',
          message: {
            id: `Layanan ${input.service} tidak ditawarkan di ${site.name}.`,
            en: `Service ${input.service} is not offered at ${site.name}.`,
          },
        },
      ]);
    }
    fallback = found;
  }
  const rows = await readSurveyFile(input.fileName, input.buffer);
  const codes = [...new Set(rows.flatMap((r) => (r.serviceCode ? [r.serviceCode] : [])))];
  const services = await servicesAtSite(db, site.id, codes);
  const errors: FieldIssue[] = [];
  const today = siteDay(site.timezone, input.now);
  const responses: NewResponse[] = [];
  for (const row of rows) {
    const service = row.serviceCode ? services.get(row.serviceCode) : fallback;
    if (row.serviceCode && !service) {
      errors.push({
        row: row.row,
        column: 'kode_layanan',
        field: 'serviceCode',
        message: {
          id: `Kode layanan ${row.serviceCode} tidak dikenal atau tidak ditawarkan di ${site.name}.`,
          en: `Service code ${row.serviceCode} is unknown or not offered at ${site.name}.`,
        },
      });
      continue;
    }
    if (row.date && row.date > today) {
      errors.push({
        row: row.row,
        column: 'tanggal',
        field: 'date',
        message: {
          id: 'Tanggal survei tidak boleh di masa depan.',
          en: 'The survey date cannot be in the future.',
        },
      });
      continue;
    }
    responses.push({
      invitationId: null,
      importId: null,
      channel: 'paper',
      siteId: site.id,
      agencyId: service?.agencyId ?? null,
      serviceId: service?.serviceId ?? null,
      boothId: service?.boothId ?? null,
      servedOn: row.date ?? today,
      answers: row.answers,
      sex: row.sex,
      ageBand: row.ageBand,
      education: row.education,
      occupation: row.occupation,
      suggestion: row.suggestion,
    });
  }
  if (errors.length > 0) throw new AppError('satisfaction.rows_invalid', errors.slice(0, 200));
  return db.transaction().execute(async (tx) => {
    const { id: importId } = await insertImport(tx, {
      siteId: site.id,
      fileName: input.fileName.slice(0, 200),
      rows: responses.length,
      importedBy: ctx.actor?.userId ?? null,
    });
    await recordResponses(
      tx,
      responses.map((r) => ({ ...r, importId })),
    );
    const withService = responses.filter((r) => r.serviceId !== null).length;
    await recordAudit(tx, ctx, {
      action: 'satisfaction.import',
      entityType: 'survey_import',
      entityId: importId,
      siteId: site.id,
      after: { fileName: input.fileName, rows: responses.length, withService },
    });
    return { importId, rows: responses.length, withService };
  });
}
