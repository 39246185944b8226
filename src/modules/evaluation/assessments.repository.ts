import { sql } from 'kysely';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type InstrumentDefinition, instrumentDefinition } from './instrument.schema.ts';

/** Queries of assessments: the row with its instrument, the team, the scores and photos, a site's list. */

export interface InstrumentVersion {
  versionId: string;
  code: string;
  name: string;
  version: number;
  definition: InstrumentDefinition;
}

/** An instrument version by its id, or an instrument's latest version by its code. */
export async function findInstrumentVersion(
  db: Executor,
  ref: { instrumentCode?: string | undefined; instrumentVersionId?: string | undefined },
): Promise<InstrumentVersion> {
  let q = db
    .selectFrom('instrumentVersions as v')
    .innerJoin('instruments as i', 'i.id', 'v.instrumentId')
    .select(['v.id as versionId', 'i.code', 'i.name', 'v.version', 'v.definition']);
  if (ref.instrumentVersionId) q = q.where('v.id', '=', ref.instrumentVersionId);
  else if (ref.instrumentCode) q = q.where('i.code', '=', ref.instrumentCode.toUpperCase());
  else
    throw new AppError('evaluation.assessment_invalid', [
      {
        field: 'instrumentCode',
        message: {
          id: 'Sebutkan kode instrumen atau versinya.',
          en: 'Name the instrument code or its version.',
        },
      },
    ]);
  const row = await q.orderBy('v.version', 'desc').limit(1).executeTakeFirst();
  if (!row) throw new AppError('evaluation.instrument_not_found');
  return { ...row, definition: instrumentDefinition.parse(row.definition) };
}

export async function findAssessment(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('assessments').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('evaluation.assessment_not_found');
  return row;
}
export type AssessmentRow = Awaited<ReturnType<typeof findAssessment>>;

export async function versionOf(db: Executor, versionId: string): Promise<InstrumentVersion> {
  return findInstrumentVersion(db, { instrumentVersionId: versionId });
}

export async function membersOf(db: Executor, assessmentId: string) {
  return db
    .selectFrom('assessmentMembers as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.userId', 'u.displayName as name', 'm.lead'])
    .where('m.assessmentId', '=', assessmentId)
    .orderBy('m.lead', 'desc')
    .orderBy('u.displayName')
    .execute();
}

export async function scoresOf(db: Executor, assessmentId: string) {
  return db
    .selectFrom('assessmentScores as s')
    .leftJoin('users as u', 'u.id', 's.savedBy')
    .selectAll('s')
    .select('u.displayName as savedByName')
    .where('s.assessmentId', '=', assessmentId)
    .execute();
}

export async function photosOf(db: Executor, assessmentId: string) {
  return db
    .selectFrom('assessmentPhotos')
    .select(['id', 'indicatorId', 'contentType', 'sizeBytes', 'addedAt'])
    .where('assessmentId', '=', assessmentId)
    .orderBy('addedAt')
    .execute();
}

/** What is assessed, in words: "Dispendukcapil — Gerai 3, MPP Surabaya". */
export async function unitName(
  db: Executor,
  a: { siteId: string; agencyId: string | null; boothId: string | null },
): Promise<string> {
  const site = await db.selectFrom('sites').select('name').where('id', '=', a.siteId).executeTakeFirst();
  const agency = a.agencyId
    ? await db.selectFrom('agencies').select('shortName').where('id', '=', a.agencyId).executeTakeFirst()
    : undefined;
  const booth = a.boothId
    ? await db.selectFrom('booths').select('name').where('id', '=', a.boothId).executeTakeFirst()
    : undefined;
  const what = [agency?.shortName, booth?.name].filter(Boolean).join(' — ');
  return what ? `${what}, ${site?.name ?? ''}` : (site?.name ?? '');
}

/** A site's assessments, newest period first; an agency's only when `agencyId` is set. */
export async function listAssessments(
  db: Executor,
  siteId: string,
  filter: { agencyId: string | null; status?: string | undefined; side?: string | undefined },
) {
  let q = db
    .selectFrom('assessments as a')
    .innerJoin('instrumentVersions as v', 'v.id', 'a.instrumentVersionId')
    .innerJoin('instruments as i', 'i.id', 'v.instrumentId')
    .innerJoin('sites as s', 's.id', 'a.siteId')
    .leftJoin('agencies as g', 'g.id', 'a.agencyId')
    .leftJoin('booths as b', 'b.id', 'a.boothId')
    .select([
      'a.id',
      'a.title',
      'a.side',
      'a.status',
      'a.siteId',
      'a.agencyId',
      'a.boothId',
      'a.periodFrom',
      'a.periodTo',
      'a.total',
      'a.band',
      'a.updatedAt',
      's.name as siteName',
      'g.shortName as agencyName',
      'b.name as boothName',
      sql<string>`i.name || ' v' || v.version`.as('instrument'),
    ])
    .where('a.siteId', '=', siteId);
  if (filter.agencyId) q = q.where('a.agencyId', '=', filter.agencyId);
  if (filter.status) q = q.where('a.status', '=', filter.status as 'draft');
  if (filter.side) q = q.where('a.side', '=', filter.side as 'self');
  return q.orderBy('a.periodTo', 'desc').orderBy('a.createdAt', 'desc').limit(500).execute();
}
