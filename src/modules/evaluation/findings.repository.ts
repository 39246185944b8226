import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../../shared/db/database.ts';
import type { EvaluationTables, FindingStatus } from './evaluation.tables.ts';
import { AWAITING_AGENCY } from './findings.rules.ts';

/** The SQL of findings: reads take any executor; what needs the row lock takes the caller's transaction. */

export type FindingRow = Selectable<EvaluationTables['findings']>;
export type ActionRow = Selectable<EvaluationTables['findingActions']>;

/** An assessment with its instrument's definition, its scores and the ids of its photos per indicator. */
export async function assessmentForFindings(db: Executor, id: string) {
  const a = await db
    .selectFrom('assessments as a')
    .innerJoin('instrumentVersions as v', 'v.id', 'a.instrumentVersionId')
    .select(['a.id', 'a.siteId', 'a.agencyId', 'a.boothId', 'a.side', 'a.status', 'v.definition'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!a) return null;
  const [scores, photos] = await Promise.all([
    db
      .selectFrom('assessmentScores')
      .select(['indicatorId', 'value', 'note'])
      .where('assessmentId', '=', id)
      .execute(),
    db
      .selectFrom('assessmentPhotos')
      .select(['id', 'indicatorId'])
      .where('assessmentId', '=', id)
      .orderBy('addedAt')
      .execute(),
  ]);
  return { ...a, scores, photos };
}

/** Adds findings; one per assessment and indicator (migration 0024): the ones already there are skipped. */
export async function insertFindings(tx: Tx, rows: Insertable<EvaluationTables['findings']>[]) {
  if (rows.length === 0) return [];
  return tx
    .insertInto('findings')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['assessmentId', 'indicatorId']).where('indicatorId', 'is not', null).doNothing(),
    )
    .returningAll()
    .execute();
}

export function lockFinding(tx: Tx, id: string): Promise<FindingRow | undefined> {
  return tx.selectFrom('findings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findingPlace(db: Executor, id: string) {
  return db
    .selectFrom('findings')
    .select(['id', 'siteId', 'agencyId', 'assignee'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface FindingFilter {
  findingId?: string;
  siteId?: string;
  agencyId?: string | null;
  assessmentId?: string;
  status?: FindingStatus;
  /** Only those waiting for the unit past their due moment at this instant. */
  overdueAt?: Date;
  /** Only those still waiting for anyone (not closed). */
  openOnly?: boolean;
}

/** Findings with their unit's names and their photos' ids, most urgent first. */
export async function listFindingRows(db: Executor, f: FindingFilter) {
  let q = db
    .selectFrom('findings as f')
    .leftJoin('agencies as ag', 'ag.id', 'f.agencyId')
    .leftJoin('booths as b', 'b.id', 'f.boothId')
    .selectAll('f')
    .select(['ag.name as agencyName', 'b.name as boothName']);
  if (f.findingId) q = q.where('f.id', '=', f.findingId);
  if (f.siteId) q = q.where('f.siteId', '=', f.siteId);
  if (f.agencyId) q = q.where('f.agencyId', '=', f.agencyId);
  if (f.assessmentId) q = q.where('f.assessmentId', '=', f.assessmentId);
  if (f.status) q = q.where('f.status', '=', f.status);
  if (f.openOnly) q = q.where('f.status', '!=', 'closed');
  if (f.overdueAt) q = q.where('f.status', 'in', [...AWAITING_AGENCY]).where('f.dueAt', '<', f.overdueAt);
  const rows = await q.orderBy('f.dueAt').orderBy('f.createdAt').orderBy('f.id').execute();
  const photos = await photosOf(db, rows);
  return rows.map((r) => ({ ...r, photoIds: photos.get(`${r.assessmentId}/${r.indicatorId}`) ?? [] }));
}

async function photosOf(db: Executor, rows: { assessmentId: string; indicatorId: string | null }[]) {
  const ids = [...new Set(rows.filter((r) => r.indicatorId).map((r) => r.assessmentId))];
  const byKey = new Map<string, string[]>();
  if (ids.length === 0) return byKey;
  const photos = await db
    .selectFrom('assessmentPhotos')
    .select(['id', 'assessmentId', 'indicatorId'])
    .where('assessmentId', 'in', ids)
    .orderBy('addedAt')
    .execute();
  for (const p of photos) {
    const key = `${p.assessmentId}/${p.indicatorId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p.id]);
  }
  return byKey;
}

export type ListedFinding = Awaited<ReturnType<typeof listFindingRows>>[number];

export function actionsOf(db: Executor, findingId: string): Promise<ActionRow[]> {
  return db
    .selectFrom('findingActions')
    .selectAll()
    .where('findingId', '=', findingId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Findings waiting past their due moment, not reminded in the last day, with the site's address. */
export function reminderCandidates(db: Executor, now: Date, remindedBefore: Date, limit: number) {
  return db
    .selectFrom('findings')
    .select(['id', 'siteId'])
    .where('status', 'in', [...AWAITING_AGENCY])
    .where('dueAt', '<', now)
    .where((eb) => eb.or([eb('remindedAt', 'is', null), eb('remindedAt', '<=', remindedBefore)]))
    .orderBy('dueAt')
    .limit(limit)
    .execute();
}

/** Per agency of a site (or of every site): findings not closed, and those overdue at `now`. */
export async function countsPerAgency(db: Executor, f: { siteId?: string }, now: Date) {
  let q = db
    .selectFrom('findings as f')
    .leftJoin('agencies as ag', 'ag.id', 'f.agencyId')
    .select((eb) => [
      'f.siteId',
      'f.agencyId',
      'ag.name as agencyName',
      eb.fn.countAll<string>().as('open'),
      eb.fn
        .count<string>('f.id')
        .filterWhere((w) => w.and([w('f.status', 'in', [...AWAITING_AGENCY]), w('f.dueAt', '<', now)]))
        .as('overdue'),
    ])
    .where('f.status', '!=', 'closed');
  if (f.siteId) q = q.where('f.siteId', '=', f.siteId);
  const rows = await q.groupBy(['f.siteId', 'f.agencyId', 'ag.name']).execute();
  return rows.map((r) => ({
    siteId: r.siteId,
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    open: Number(r.open),
    overdue: Number(r.overdue),
  }));
}
