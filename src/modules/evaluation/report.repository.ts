import type { Executor } from '../../shared/db/database.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';
import { type Scores, score } from './scoring.rules.ts';

/**
 * What a report is made of, read from the tables of migration 0023: the assessments (each with its instrument
 * version, unit, team and scores recomputed by scoring.rules.ts from the saved answers), their findings with the
 * photos of the indicator concerned, and each finding's actions and verdicts.
 */

export interface ReportSite {
  id: string;
  code: string;
  name: string;
  city: string;
  province: string;
  timezone: string;
}

interface ReportMember {
  name: string;
  lead: boolean;
}

export interface ReportAssessment {
  id: string;
  title: string;
  status: string;
  periodFrom: string;
  periodTo: string;
  /** The day of the visit: the latest saved score (or the assessment's creation), as a date at the site. */
  visitedOn: string;
  instrumentCode: string;
  instrumentName: string;
  instrumentVersion: number;
  definition: InstrumentDefinition;
  /** The unit assessed: the site, an agency, or a booth of an agency. */
  unit: { kind: 'site' | 'agency' | 'booth'; name: string; agencyName: string | null };
  members: ReportMember[];
  scores: Scores;
}

interface ReportPhoto {
  id: string;
  contentType: string;
}

interface ReportAction {
  kind: 'action' | 'verified' | 'returned';
  text: string;
  doneOn: string | null;
  evidence: string;
  actorName: string;
  at: Date;
}

export interface ReportFinding {
  id: string;
  assessmentId: string;
  unitName: string;
  indicatorName: string | null;
  severity: 'low' | 'medium' | 'high';
  title: string;
  evidence: string;
  recommendation: string;
  assignee: 'agency' | 'site';
  dueAt: Date;
  status: 'open' | 'answered' | 'returned' | 'closed';
  closedAt: Date | null;
  photos: ReportPhoto[];
  actions: ReportAction[];
}

export async function reportSite(db: Executor, siteId: string): Promise<ReportSite> {
  return db
    .selectFrom('sites')
    .select(['id', 'code', 'name', 'city', 'province', 'timezone'])
    .where('id', '=', siteId)
    .executeTakeFirstOrThrow();
}

/** The assessments of a report, in the order asked; the ids not found at the site are simply missing. */
export async function reportAssessments(
  db: Executor,
  siteId: string,
  ids: readonly string[],
): Promise<ReportAssessment[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('instrumentVersions as v', 'v.id', 'a.instrumentVersionId')
    .innerJoin('instruments as i', 'i.id', 'v.instrumentId')
    .leftJoin('agencies as g', 'g.id', 'a.agencyId')
    .leftJoin('booths as b', 'b.id', 'a.boothId')
    .select([
      'a.id',
      'a.title',
      'a.status',
      'a.periodFrom',
      'a.periodTo',
      'a.createdAt',
      'a.agencyId',
      'a.boothId',
      'i.code as instrumentCode',
      'i.name as instrumentName',
      'v.version as instrumentVersion',
      'v.definition',
      'g.name as agencyName',
      'b.name as boothName',
    ])
    .where('a.siteId', '=', siteId)
    .where('a.id', 'in', ids)
    .execute();
  const [members, answers] = await Promise.all([
    db
      .selectFrom('assessmentMembers as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['m.assessmentId', 'm.lead', 'u.displayName'])
      .where('m.assessmentId', 'in', ids)
      .orderBy('m.lead', 'desc')
      .orderBy('u.displayName')
      .execute(),
    db
      .selectFrom('assessmentScores')
      .select(['assessmentId', 'indicatorId', 'value', 'savedAt'])
      .where('assessmentId', 'in', ids)
      .execute(),
  ]);
  const byId = new Map(
    rows.map((r) => {
      const mine = answers.filter((s) => s.assessmentId === r.id);
      const last = new Date(Math.max(r.createdAt.getTime(), ...mine.map((s) => s.savedAt.getTime())));
      const unit: ReportAssessment['unit'] = r.boothId
        ? { kind: 'booth', name: r.boothName ?? '', agencyName: r.agencyName }
        : r.agencyId
          ? { kind: 'agency', name: r.agencyName ?? '', agencyName: r.agencyName }
          : { kind: 'site', name: '', agencyName: null };
      const assessment: ReportAssessment = {
        id: r.id,
        title: r.title,
        status: r.status,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        visitedOn: last.toISOString().slice(0, 10),
        instrumentCode: r.instrumentCode,
        instrumentName: r.instrumentName,
        instrumentVersion: r.instrumentVersion,
        definition: r.definition,
        unit,
        members: members
          .filter((m) => m.assessmentId === r.id)
          .map((m) => ({ name: m.displayName, lead: m.lead })),
        scores: score(r.definition, new Map(mine.map((s) => [s.indicatorId, s.value]))),
      };
      return [r.id, assessment] as const;
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The findings of the assessments, most severe first, each with its photos and its actions in order. */
export async function reportFindings(
  db: Executor,
  assessments: readonly ReportAssessment[],
  siteName: string,
): Promise<ReportFinding[]> {
  const ids = assessments.map((a) => a.id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('findings as f')
    .leftJoin('agencies as g', 'g.id', 'f.agencyId')
    .leftJoin('booths as b', 'b.id', 'f.boothId')
    .select([
      'f.id',
      'f.assessmentId',
      'f.indicatorId',
      'f.severity',
      'f.title',
      'f.evidence',
      'f.recommendation',
      'f.assignee',
      'f.dueAt',
      'f.status',
      'f.closedAt',
      'f.createdAt',
      'g.name as agencyName',
      'b.name as boothName',
    ])
    .where('f.assessmentId', 'in', ids)
    .execute();
  if (rows.length === 0) return [];
  const findingIds = rows.map((r) => r.id);
  const [photos, actions] = await Promise.all([
    db
      .selectFrom('assessmentPhotos')
      .select(['id', 'assessmentId', 'indicatorId', 'contentType'])
      .where('assessmentId', 'in', ids)
      .orderBy('addedAt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('findingActions')
      .select(['findingId', 'kind', 'text', 'doneOn', 'evidence', 'actorName', 'at'])
      .where('findingId', 'in', findingIds)
      .orderBy('at')
      .orderBy('id')
      .execute(),
  ]);
  const order = { high: 0, medium: 1, low: 2 } as const;
  const indicatorName = (assessmentId: string, indicatorId: string | null) => {
    const def = assessments.find((a) => a.id === assessmentId)?.definition;
    for (const aspect of def?.aspects ?? [])
      for (const i of aspect.indicators) if (i.id === indicatorId) return i.name;
    return null;
  };
  return rows
    .sort(
      (a, b) =>
        order[a.severity] - order[b.severity] ||
        ids.indexOf(a.assessmentId) - ids.indexOf(b.assessmentId) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    )
    .map((r) => ({
      id: r.id,
      assessmentId: r.assessmentId,
      unitName: r.boothName ? `${r.agencyName ?? ''} (${r.boothName})` : (r.agencyName ?? siteName),
      indicatorName: indicatorName(r.assessmentId, r.indicatorId),
      severity: r.severity,
      title: r.title,
      evidence: r.evidence,
      recommendation: r.recommendation,
      assignee: r.assignee,
      dueAt: r.dueAt,
      status: r.status,
      closedAt: r.closedAt,
      photos:
        r.indicatorId === null
          ? []
          : photos
              .filter((p) => p.assessmentId === r.assessmentId && p.indicatorId === r.indicatorId)
              .map((p) => ({ id: p.id, contentType: p.contentType })),
      actions: actions
        .filter((a) => a.findingId === r.id)
        .map((a) => ({
          kind: a.kind,
          text: a.text,
          doneOn: a.doneOn,
          evidence: a.evidence,
          actorName: a.actorName,
          at: a.at,
        })),
    }));
}
