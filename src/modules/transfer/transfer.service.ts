import { isDeepStrictEqual } from 'node:util';
import { recordAudit } from '../../shared/audit/audit.ts';
import {
  assertMay,
  assertMayAgency,
  assertSharedServiceData,
  boundSiteOf,
} from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import { type RequestContext, systemContext } from '../../shared/context.ts';
import type { Database, Executor, Tx } from '../../shared/db/database.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import type { SheetFormat } from '../../shared/sheets.ts';
import {
  insertService,
  insertStandardVersion,
  refreshSearchDocuments,
  SERVICE_CODE_KEY,
} from '../catalogue/catalogue.public.ts';
import {
  cellsByColumn,
  columnByKey,
  EXAMPLE_CODE,
  exampleCells,
  isBlankRow,
  isHintRow,
  mapHeader,
  type ParsedServiceRow,
  parseServiceRow,
  type RowIssue,
  resolveBoothRefs,
  serviceToCells,
} from './services.template.ts';
import {
  addServiceBooths,
  agenciesByIds,
  agencyBooths,
  boothIdsOfServices,
  currentStandards,
  type ExistingService,
  type ExportFilter,
  exportBooths,
  exportServices,
  lockServicesByCode,
  type ServiceMeta,
  updateServiceMeta,
} from './transfer.repository.ts';
import { readServicesSheet, servicesCsv, servicesWorkbook } from './transfer.sheets.ts';

/**
 * Import and export of services through the spreadsheet template. An import is all-or-nothing: every row is
 * checked first (each problem reported with its row and column), then everything is written in one transaction.
 */

const MAX_IMPORT_ROWS = 2000;
/** Enough to fix a file in one go without sending megabytes of errors back. */
const MAX_REPORTED_ISSUES = 500;

export function buildTemplateXlsx(): Promise<Buffer> {
  return servicesWorkbook([exampleCells()]);
}

export function buildTemplateCsv(): Promise<Buffer> {
  return servicesCsv([exampleCells()]);
}

export interface ImportInput {
  agencyId: string;
  fileName: string;
  buffer: Buffer;
}

export interface ImportResult {
  format: SheetFormat;
  /** Service rows read from the file. */
  rows: number;
  created: number;
  /** Existing services whose data, standard or booths changed. */
  updated: number;
  /** Existing services the file describes exactly as they are. */
  unchanged: number;
}

interface DataRow {
  row: number;
  parsed: ParsedServiceRow;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const rowIssue = (row: number, i: RowIssue): FieldIssue => ({
  row,
  column: i.column,
  field: i.field,
  message: i.message,
});

function invalidRows(issues: FieldIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (sorted.length <= MAX_REPORTED_ISSUES) return new AppError('import.rows_invalid', sorted);
  const rest = sorted.length - MAX_REPORTED_ISSUES;
  return new AppError('import.rows_invalid', [
    ...sorted.slice(0, MAX_REPORTED_ISSUES),
    {
      field: 'file',
      message: { id: `…dan ${rest} kesalahan lainnya.`, en: `…and ${rest} more errors.` },
    },
  ]);
}

/**
 * The CLI imports as the system (trusted, audited as 'system'); every other caller needs a catalogue role
 * and the agency in scope.
 */
async function authorize(
  db: Executor,
  ctx: RequestContext,
  agencyId: string,
): Promise<{ code: string; siteId: string; actor: Actor | null }> {
  const actor = ctx === systemContext ? null : assertMay(ctx, 'catalogue.edit');
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'siteId'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('agency.not_found');
  if (actor) await assertMayAgency(db, ctx, 'catalogue.edit', agencyId);
  return { code: agency.code, siteId: agency.siteId, actor };
}

/** File → header check → every row parsed: the rows that parse, and the problems of those that do not. */
async function readRows(
  fileName: string,
  buffer: Buffer,
): Promise<{ format: SheetFormat; rows: DataRow[]; issues: FieldIssue[] }> {
  const sheet = await readServicesSheet(fileName, buffer);
  const [header, ...rest] = sheet.rows;
  if (!header) {
    throw new AppError('import.invalid_file', [
      { field: 'file', message: { id: 'Berkas kosong.', en: 'The file is empty.' } },
    ]);
  }
  const mapped = mapHeader(header.values);
  if ('errors' in mapped) throw invalidRows(mapped.errors.map((i) => rowIssue(header.number, i)));
  const candidates = rest
    .map((r) => ({ row: r.number, cells: cellsByColumn(mapped.ok, r.values) }))
    .filter((r) => !isBlankRow(r.cells) && !isHintRow(r.cells));
  if (candidates.length === 0) {
    throw new AppError('import.invalid_file', [
      {
        field: 'file',
        message: {
          id: 'Tidak ada baris layanan di bawah baris judul.',
          en: 'No service rows below the header.',
        },
      },
    ]);
  }
  if (candidates.length > MAX_IMPORT_ROWS) {
    throw new AppError('import.too_many_rows', [
      {
        field: 'file',
        message: {
          id: `Berkas berisi ${candidates.length} baris layanan; maksimal ${MAX_IMPORT_ROWS}.`,
          en: `The file has ${candidates.length} service rows; at most ${MAX_IMPORT_ROWS}.`,
        },
      },
    ]);
  }
  const issues: FieldIssue[] = [];
  const rows: DataRow[] = [];
  for (const c of candidates) {
    const result = parseServiceRow(c.cells);
    if ('errors' in result) issues.push(...result.errors.map((i) => rowIssue(c.row, i)));
    else rows.push({ row: c.row, parsed: result.ok });
  }
  return { format: sheet.format, rows, issues };
}

function metaOf(s: ExistingService): ServiceMeta {
  return {
    name: s.name,
    category: s.category,
    serviceTypeCode: s.serviceTypeCode,
    description: s.description,
    keywords: s.keywords,
    averageServiceMinutes: s.averageServiceMinutes,
    bookable: s.bookable,
    dailyQuota: s.dailyQuota,
    active: s.active,
  };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === SERVICE_CODE_KEY;
}

export async function importServices(
  db: Database,
  ctx: RequestContext,
  input: ImportInput,
): Promise<ImportResult> {
  const { code: agencyCode, siteId, actor } = await authorize(db, ctx, input.agencyId);
  const { format, rows, issues: parseIssues } = await readRows(input.fileName, input.buffer);
  const issue = (
    row: number,
    key: keyof typeof columnByKey,
    field: string,
    id: string,
    en: string,
  ): FieldIssue => ({
    row,
    column: columnByKey[key].header,
    field,
    message: { id, en },
  });

  try {
    return await db.transaction().execute(async (tx) => {
      const codes = rows.map((r) => r.parsed.service.code);
      const existing = new Map(
        (await lockServicesByCode(tx, siteId, [...new Set(codes)])).map((s) => [s.code, s]),
      );
      const booths = await agencyBooths(tx, input.agencyId);
      const uploader = {
        siteId: actor?.siteId ?? null,
        // A site-bound uploader (site manager, agency admin of one site) offers at their own site's booths only.
        onlyOwnSite: actor !== null && boundSiteOf(actor) !== null,
      };

      // 1. Check every row against the data too; nothing is written while any row is wrong.
      const issues: FieldIssue[] = [...parseIssues];
      const firstRowOfCode = new Map<string, number>();
      const boothIdsOfRow = new Map<number, string[]>();
      for (const { row, parsed } of rows) {
        const { code } = parsed.service;
        if (parsed.agencyCode && parsed.agencyCode !== agencyCode) {
          issues.push(
            issue(
              row,
              'agencyCode',
              'agencyCode',
              `Baris ini untuk instansi ${parsed.agencyCode}, bukan ${agencyCode}.`,
              `This row is for agency ${parsed.agencyCode}, not ${agencyCode}.`,
            ),
          );
        }
        if (code === EXAMPLE_CODE) {
          issues.push(
            issue(
              row,
              'code',
              'code',
              'Ini baris contoh dari templat: hapus barisnya atau ganti kodenya.',
              "This is the template's example row: delete it or change its code.",
            ),
          );
        }
        const first = firstRowOfCode.get(code);
        if (first !== undefined) {
          issues.push(
            issue(
              row,
              'code',
              'code',
              `Kode ${code} sudah dipakai di baris ${first}.`,
              `Code ${code} is already used in row ${first}.`,
            ),
          );
        } else firstRowOfCode.set(code, row);
        const owner = existing.get(code);
        if (owner && owner.agencyId !== input.agencyId) {
          issues.push(
            issue(
              row,
              'code',
              'code',
              `Kode ${code} sudah dipakai layanan instansi lain (${owner.agencyCode}).`,
              `Code ${code} is already used by a service of another agency (${owner.agencyCode}).`,
            ),
          );
        }
        const resolved = resolveBoothRefs(parsed.booths, booths, uploader);
        issues.push(...resolved.issues.map((i) => rowIssue(row, i)));
        boothIdsOfRow.set(row, resolved.ids);
      }
      if (issues.length > 0) throw invalidRows(issues);

      // 2. Write: new services through the catalogue, existing ones updated, changed standards versioned.
      const ownIds = [...existing.values()].filter((s) => s.agencyId === input.agencyId).map((s) => s.id);
      const standards = await currentStandards(tx, ownIds);
      const boothsNow = await boothIdsOfServices(tx, ownIds);
      const created: string[] = [];
      const updated: { id: string; code: string }[] = [];
      let unchanged = 0;
      const sharedIssues: FieldIssue[] = [];
      for (const { row, parsed } of rows) {
        const { standard, ...fields } = parsed.service;
        const boothIds = boothIdsOfRow.get(row) ?? [];
        const current = existing.get(fields.code);
        if (!current) {
          await insertService(tx, ctx, { ...parsed.service, agencyId: input.agencyId, boothIds });
          created.push(fields.code);
          continue;
        }
        const changed = await updateExisting(tx, ctx, actor, {
          service: current,
          // An empty national type leaves the service's mapping as it is (a file made before the column).
          meta: {
            ...fields,
            serviceTypeCode: fields.serviceTypeCode ?? current.serviceTypeCode,
            active: true,
          },
          standard,
          currentStandard: standards.get(current.id),
          addBooths: boothIds.filter((id) => !boothsNow.get(current.id)?.has(id)),
          fileName: input.fileName,
        });
        if (changed === 'shared') {
          sharedIssues.push(
            issue(
              row,
              'code',
              'code',
              `Layanan ${current.code} juga ditawarkan di MPP lain: isinya hanya dapat diubah admin instansi untuk semua MPP atau admin nasional.`,
              `Service ${current.code} is offered at other sites too: only the agency's admin for all sites or the national admin may change it.`,
            ),
          );
        } else if (changed) updated.push({ id: current.id, code: current.code });
        else unchanged++;
      }
      // Nothing is kept when a row would change what other sites share (the transaction rolls back).
      if (sharedIssues.length > 0) throw invalidRows(sharedIssues);
      await refreshSearchDocuments(tx, { serviceIds: updated.map((u) => u.id) });
      const result: ImportResult = {
        format,
        rows: rows.length,
        created: created.length,
        updated: updated.length,
        unchanged,
      };
      await recordAudit(tx, ctx, {
        action: 'service.import',
        entityType: 'agency',
        entityId: input.agencyId,
        agencyId: input.agencyId,
        siteId: actor?.siteId ?? null,
        after: {
          fileName: input.fileName,
          ...result,
          createdCodes: created,
          updatedCodes: updated.map((u) => u.code),
        },
      });
      return result;
    });
  } catch (error) {
    // Another import or editor created the same code meanwhile.
    if (isUniqueViolation(error)) throw new AppError('service.code_taken');
    throw error;
  }
}

interface ExistingUpdate {
  service: ExistingService;
  meta: ServiceMeta & { code: string };
  standard: ParsedServiceRow['service']['standard'];
  currentStandard: ParsedServiceRow['service']['standard'] | undefined;
  addBooths: string[];
  fileName: string;
}

/**
 * Updates what differs; returns whether anything did, or 'shared' when the row would change data the uploader
 * may not (policy.ts, assertSharedServiceData). Each change is audited like the catalogue's own.
 */
async function updateExisting(
  tx: Tx,
  ctx: RequestContext,
  actor: Actor | null,
  u: ExistingUpdate,
): Promise<boolean | 'shared'> {
  const { service } = u;
  const { code: _code, ...meta } = u.meta;
  const before = metaOf(service);
  const metaChanged = !isDeepStrictEqual(before, meta);
  const standardChanged = !u.currentStandard || !isDeepStrictEqual(u.currentStandard, u.standard);
  if (!metaChanged && !standardChanged && u.addBooths.length === 0) return false;
  if (actor && (metaChanged || standardChanged)) {
    try {
      await assertSharedServiceData(tx, actor, service);
    } catch (error) {
      if (error instanceof AppError && error.code === 'auth.shared_data') return 'shared';
      throw error;
    }
  }
  const siteId = ctx.actor?.siteId ?? null;
  if (metaChanged || u.addBooths.length > 0) {
    if (metaChanged) await updateServiceMeta(tx, service.id, meta);
    await addServiceBooths(tx, service.id, u.addBooths);
    await recordAudit(tx, ctx, {
      action: 'service.update',
      entityType: 'service',
      entityId: service.id,
      agencyId: service.agencyId,
      siteId,
      before,
      after: {
        ...meta,
        ...(u.addBooths.length > 0 ? { addedBoothIds: u.addBooths } : {}),
        source: u.fileName,
      },
    });
  }
  if (standardChanged) {
    const version = service.currentStandardVersion + 1;
    const changeNote = `Diperbarui melalui impor berkas ${u.fileName}`.slice(0, 1000);
    await insertStandardVersion(tx, service.id, version, u.standard, {
      effectiveFrom: todayIso(),
      changeNote,
      createdBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'standard.change',
      entityType: 'service',
      entityId: service.id,
      agencyId: service.agencyId,
      siteId,
      before: { version: service.currentStandardVersion, standard: u.currentStandard ?? null },
      after: { version, standard: u.standard, changeNote },
    });
  }
  return true;
}

// ---------- export ----------

export interface ExportFile {
  fileName: string;
  buffer: Buffer;
  services: number;
}

/** Active services (of a site, of an agency) in the template's layout, so the file re-imports as it is. */
export async function exportCatalogueXlsx(db: Executor, filter: ExportFilter = {}): Promise<ExportFile> {
  let label = 'semua';
  if (filter.siteId) {
    const site = await db
      .selectFrom('sites')
      .select('code')
      .where('id', '=', filter.siteId)
      .executeTakeFirst();
    if (!site) throw new AppError('site.not_found');
    label = site.code;
  }
  if (filter.agencyId) {
    const agency = await db
      .selectFrom('agencies')
      .select('code')
      .where('id', '=', filter.agencyId)
      .executeTakeFirst();
    if (!agency) throw new AppError('agency.not_found');
    label = filter.siteId ? `${label}-${agency.code}` : agency.code;
  }
  const services = await exportServices(db, filter);
  const booths = await exportBooths(
    db,
    services.map((s) => s.id),
    filter.siteId,
  );
  const counts = new Map<string, number>();
  for (const s of services) counts.set(s.agencyId, (counts.get(s.agencyId) ?? 0) + 1);
  const agencies = await agenciesByIds(db, [...counts.keys()]);
  const buffer = await servicesWorkbook(
    services.map((s) =>
      serviceToCells({
        agencyCode: s.agencyCode,
        code: s.code,
        name: s.name,
        category: s.category,
        serviceTypeCode: s.serviceTypeCode,
        description: s.description,
        keywords: s.keywords,
        averageServiceMinutes: s.averageServiceMinutes,
        bookable: s.bookable,
        dailyQuota: s.dailyQuota,
        standard: s.standard,
        booths: booths.get(s.id) ?? [],
      }),
    ),
    { agencies: agencies.map((a) => ({ ...a, serviceCount: counts.get(a.id) ?? 0 })) },
  );
  return { fileName: `katalog-layanan-${label}-${todayIso()}.xlsx`, buffer, services: services.length };
}
