import { randomUUID } from 'node:crypto';
import { assertMay, assertMayAt, siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor, Tx } from '../../shared/db/database.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import {
  differenceOf,
  indicatorOf,
  levelValueOf,
  needsOverrideReason,
  overwritten,
} from './assessment.rules.ts';
import {
  type AssessmentRow,
  findAssessment,
  findInstrumentVersion,
  type InstrumentVersion,
  listAssessments,
  membersOf,
  photosOf,
  scoresOf,
  unitName,
  versionOf,
} from './assessments.repository.ts';
import type { DetailOut, OpenBody, OpenSelfBody, ScoreBody } from './assessments.schemas.ts';
import type { AssessmentSide, Prefill } from './evaluation.tables.ts';
import { evidenceSources } from './evidence-sources.ts';
import { type Answers, score } from './scoring.rules.ts';

/**
 * Assessments and inspections: opened by evaluators (a team, one lead) or by an agency for itself, scored one
 * indicator at a time from a tablet that may lose its connection. Each save carries the client's write id, so a
 * draft replayed is taken once; saves of one assessment are serialised on its row, so two evaluators saving the
 * same indicator are both taken in turn and the later one is told whose save it replaced. Every save recomputes
 * the total and band (scoring.rules.ts) in the same transaction, and is audited with the value it replaced.
 */

export type AssessDeps = WriteDeps;

const issue = (field: string, id: string, en: string): FieldIssue => ({ field, message: { id, en } });
const invalid = (field: string, id: string, en: string) =>
  new AppError('evaluation.assessment_invalid', [issue(field, id, en)]);

/** Where an assessment is: the site, the agency (with a booth there), the booth (of that agency). */
async function unitOf(db: Executor, siteId: string, agencyId?: string, boothId?: string) {
  await siteByIdOrCode(db, siteId);
  if (boothId) {
    const booth = await db
      .selectFrom('booths')
      .select(['siteId', 'agencyId'])
      .where('id', '=', boothId)
      .executeTakeFirst();
    if (!booth || booth.siteId !== siteId || (agencyId && booth.agencyId !== agencyId))
      throw invalid(
        'boothId',
        'Gerai bukan milik instansi di MPP ini.',
        'The booth is not the agency’s at this site.',
      );
    return { siteId, agencyId: booth.agencyId, boothId };
  }
  if (agencyId) {
    const here = await db
      .selectFrom('booths')
      .select('id')
      .where('siteId', '=', siteId)
      .where('agencyId', '=', agencyId)
      .limit(1)
      .executeTakeFirst();
    if (!here)
      throw invalid(
        'agencyId',
        'Instansi tidak memiliki gerai di MPP ini.',
        'The agency has no booth at this site.',
      );
  }
  return { siteId, agencyId: agencyId ?? null, boothId: null };
}

function checkPeriod(from: string, to: string) {
  if (to < from)
    throw invalid('periodTo', 'Akhir periode sebelum awalnya.', 'The period ends before it starts.');
}

/** What Atap can say for each indicator that names a source registered now; the others are scored by hand. */
async function prefillsOf(
  db: Executor,
  a: Pick<AssessmentRow, 'siteId' | 'agencyId' | 'boothId' | 'periodFrom' | 'periodTo'>,
  instrument: InstrumentVersion,
  now: Date,
): Promise<Map<string, Prefill>> {
  const found = new Map<string, Prefill>();
  const unit = {
    siteId: a.siteId,
    agencyId: a.agencyId,
    boothId: a.boothId,
    from: a.periodFrom,
    to: a.periodTo,
  };
  for (const aspect of instrument.definition.aspects)
    for (const i of aspect.indicators) {
      const source = i.source ? evidenceSources[i.source] : undefined;
      if (!source) continue;
      const answer = await source(db, unit, i.levels, now);
      if (!answer) continue;
      // A suggestion that is not one of the levels only informs: the evaluator picks the level.
      const suggested = answer.suggested === null ? null : levelValueOf(i, answer.suggested);
      found.set(i.id, { ...answer, suggested, computedAt: now.toISOString() });
    }
  return found;
}

/** Stores the prefills on the score rows, leaving any value an evaluator gave untouched. */
async function storePrefills(w: Write, assessmentId: string, prefills: Map<string, Prefill>) {
  for (const [indicatorId, prefill] of prefills)
    await w.tx
      .insertInto('assessmentScores')
      .values({
        assessmentId,
        indicatorId,
        value: null,
        prefill: JSON.stringify(prefill),
        writeId: randomUUID(),
        savedBy: null,
        savedAt: w.now,
      })
      .onConflict((oc) =>
        oc.columns(['assessmentId', 'indicatorId']).doUpdateSet({ prefill: JSON.stringify(prefill) }),
      )
      .execute();
}

async function insertAssessment(
  w: Write,
  values: {
    instrument: InstrumentVersion;
    unit: { siteId: string; agencyId: string | null; boothId: string | null };
    side: AssessmentSide;
    selfOf: string | null;
    periodFrom: string;
    periodTo: string;
    title: string;
    members: { userId: string; lead: boolean }[];
  },
): Promise<string> {
  const row = await w.tx
    .insertInto('assessments')
    .values({
      instrumentVersionId: values.instrument.versionId,
      ...values.unit,
      side: values.side,
      selfOf: values.selfOf,
      periodFrom: values.periodFrom,
      periodTo: values.periodTo,
      title: values.title,
      createdBy: w.ctx.actor?.userId ?? null,
      createdAt: w.now,
      updatedAt: w.now,
    })
    .returning(['id', 'periodFrom', 'periodTo', 'siteId', 'agencyId', 'boothId'])
    .executeTakeFirstOrThrow();
  await w.tx
    .insertInto('assessmentMembers')
    .values(values.members.map((m) => ({ assessmentId: row.id, ...m })))
    .execute();
  const prefills = await prefillsOf(w.tx, row, values.instrument, w.now);
  await storePrefills(w, row.id, prefills);
  w.audit({
    action: values.side === 'self' ? 'evaluation.self-assessment.open' : 'evaluation.assessment.open',
    entityType: 'assessment',
    entityId: row.id,
    siteId: row.siteId,
    agencyId: row.agencyId,
    after: {
      instrument: `${values.instrument.code} v${values.instrument.version}`,
      ...values.unit,
      period: [values.periodFrom, values.periodTo],
      title: values.title,
      members: values.members,
      selfOf: values.selfOf,
      prefilled: [...prefills.keys()],
    },
  });
  return row.id;
}

/** The self-assessment an evaluators' assessment may verify: the agency's own, same place and instrument. */
async function checkSelfOf(
  db: Executor,
  selfOf: string,
  target: { siteId: string; agencyId: string | null; instrumentVersionId: string },
) {
  const self = await db.selectFrom('assessments').selectAll().where('id', '=', selfOf).executeTakeFirst();
  if (
    self?.side !== 'self' ||
    self.siteId !== target.siteId ||
    self.agencyId !== target.agencyId ||
    self.instrumentVersionId !== target.instrumentVersionId
  )
    throw invalid(
      'selfOf',
      'Bukan penilaian mandiri instansi ini dengan versi instrumen yang sama.',
      'Not this agency’s self-assessment with the same instrument version.',
    );
}

export async function openAssessment(deps: AssessDeps, ctx: RequestContext, body: OpenBody) {
  siteListOf(ctx, 'evaluation.assess', body.siteId);
  checkPeriod(body.periodFrom, body.periodTo);
  const unit = await unitOf(deps.db, body.siteId, body.agencyId, body.boothId);
  const instrument = await findInstrumentVersion(deps.db, body);
  const ids = body.members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length)
    throw invalid('members', 'Anggota tim tercantum dua kali.', 'A team member is named twice.');
  if (body.members.filter((m) => m.lead).length !== 1)
    throw invalid('members', 'Tim harus memiliki tepat satu ketua.', 'The team needs exactly one lead.');
  const users = await deps.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute();
  const fit = new Set(
    users.filter((u) => u.role === 'evaluator' || u.role === 'national_admin').map((u) => u.id),
  );
  const k = ids.findIndex((id) => !fit.has(id));
  if (k >= 0)
    throw invalid(
      `members.${k}.userId`,
      'Anggota tim harus evaluator atau admin nasional yang aktif.',
      'Team members must be active evaluators or national admins.',
    );
  if (body.selfOf)
    await checkSelfOf(deps.db, body.selfOf, { ...unit, instrumentVersionId: instrument.versionId });
  const id = await writeChange(deps, ctx, unit.siteId, (w) =>
    insertAssessment(w, {
      instrument,
      unit,
      side: 'evaluator',
      selfOf: body.selfOf ?? null,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      title: body.title,
      members: body.members,
    }),
  );
  return assessmentDetail(deps.db, ctx, id);
}

export async function openSelfAssessment(deps: AssessDeps, ctx: RequestContext, body: OpenSelfBody) {
  const actor = assertMayAt(ctx, 'evaluation.self-assess', { siteId: body.siteId, agencyId: body.agencyId });
  checkPeriod(body.periodFrom, body.periodTo);
  const unit = await unitOf(deps.db, body.siteId, body.agencyId);
  const instrument = await findInstrumentVersion(deps.db, body);
  const id = await writeChange(deps, ctx, unit.siteId, (w) =>
    insertAssessment(w, {
      instrument,
      unit,
      side: 'self',
      selfOf: null,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      title: body.title,
      members: [{ userId: actor.userId, lead: true }],
    }),
  );
  return assessmentDetail(deps.db, ctx, id);
}

/** Links the agency's self-assessment to the evaluators' assessment that verifies it (a team member does). */
export async function linkSelf(deps: AssessDeps, ctx: RequestContext, id: string, selfOf: string) {
  await writeChange(deps, ctx, (await findAssessment(deps.db, id)).siteId, async (w) => {
    const a = await evaluatorsWrite(w.tx, ctx, id);
    await checkSelfOf(w.tx, selfOf, a);
    await w.tx.updateTable('assessments').set({ selfOf, updatedAt: w.now }).where('id', '=', id).execute();
    w.audit({
      action: 'evaluation.assessment.link-self',
      entityType: 'assessment',
      entityId: id,
      siteId: a.siteId,
      agencyId: a.agencyId,
      before: { selfOf: a.selfOf },
      after: { selfOf },
    });
  });
  return assessmentDetail(deps.db, ctx, id);
}

/** An evaluators' assessment the actor may change now: locked, in scope, a draft, the actor on its team. */
async function evaluatorsWrite(tx: Tx, ctx: RequestContext, id: string) {
  const actor = assertMay(ctx, 'evaluation.assess');
  const a = await findAssessment(tx, id, true);
  siteListOf(ctx, 'evaluation.assess', a.siteId);
  if (a.side !== 'evaluator') throw new AppError('evaluation.assessment_not_found');
  if (a.status !== 'draft') throw new AppError('evaluation.assessment_submitted');
  const member = await tx
    .selectFrom('assessmentMembers')
    .select('lead')
    .where('assessmentId', '=', id)
    .where('userId', '=', actor.userId)
    .executeTakeFirst();
  if (!member && actor.role !== 'national_admin') throw new AppError('evaluation.not_team_member');
  return { ...a, lead: member?.lead ?? false };
}

/** A self-assessment the actor may change now: locked, the agency's business in their scope, a draft. */
async function selfWrite(tx: Tx, ctx: RequestContext, id: string) {
  const a = await findAssessment(tx, id, true);
  assertMayAt(ctx, 'evaluation.self-assess', { siteId: a.siteId, agencyId: a.agencyId ?? '' });
  if (a.side !== 'self') throw new AppError('evaluation.assessment_not_found');
  if (a.status !== 'draft') throw new AppError('evaluation.assessment_submitted');
  return { ...a, lead: true };
}

const writeOf = (side: AssessmentSide) => (side === 'self' ? selfWrite : evaluatorsWrite);

/** Photos are the evaluators' evidence: their own assessment, as for a score. */
export const writeForPhotos = evaluatorsWrite;

async function recompute(tx: Tx, a: AssessmentRow, instrument: InstrumentVersion, now: Date) {
  const rows = await tx
    .selectFrom('assessmentScores')
    .select(['indicatorId', 'value'])
    .where('assessmentId', '=', a.id)
    .execute();
  const scores = score(instrument.definition, new Map(rows.map((r) => [r.indicatorId, r.value])));
  await tx
    .updateTable('assessments')
    .set({ total: scores.total, band: scores.band ? JSON.stringify(scores.band) : null, updatedAt: now })
    .where('id', '=', a.id)
    .execute();
  return scores;
}

/** One indicator's score: checked against its levels and prefill, taken once per write id, audited. */
export async function saveScore(
  deps: AssessDeps,
  ctx: RequestContext,
  id: string,
  indicatorId: string,
  body: ScoreBody,
  side: AssessmentSide,
) {
  const siteId = (await findAssessment(deps.db, id)).siteId;
  return writeChange(deps, ctx, siteId, async (w) => {
    const a = await writeOf(side)(w.tx, ctx, id);
    const instrument = await versionOf(w.tx, a.instrumentVersionId);
    const indicator = indicatorOf(instrument.definition, indicatorId);
    if (!indicator) throw new AppError('evaluation.indicator_not_found');
    const who = async (userId: string | null) =>
      userId
        ? ((await w.tx.selectFrom('users').select('displayName').where('id', '=', userId).executeTakeFirst())
            ?.displayName ?? '')
        : 'Atap';
    const stored = await w.tx
      .selectFrom('assessmentScores')
      .selectAll()
      .where('assessmentId', '=', id)
      .where('indicatorId', '=', indicatorId)
      .executeTakeFirst();
    const replay = await w.tx
      .selectFrom('assessmentScoreWrites')
      .selectAll()
      .where('writeId', '=', body.writeId)
      .executeTakeFirst();
    if (replay) {
      if (replay.assessmentId !== id || replay.indicatorId !== indicatorId)
        throw invalid('writeId', 'Pengenal penyimpanan sudah dipakai.', 'The write id is already used.');
      // A draft sent again (the answer was lost with the connection): what is stored now, nothing changed.
      return {
        indicatorId,
        value: stored?.value ?? null,
        note: stored?.note ?? '',
        overrideReason: stored?.overrideReason ?? null,
        revision: replay.revision,
        savedBy: { userId: stored?.savedBy ?? null, name: await who(stored?.savedBy ?? null) },
        savedAt: replay.savedAt.toISOString(),
        replayed: true,
        overwrote: null,
        total: a.total,
        band: a.band,
      };
    }
    const value = levelValueOf(indicator, body.value);
    if (value === null)
      throw new AppError('evaluation.value_invalid', [
        issue(
          'value',
          `Pilih salah satu: ${indicator.levels.map((l) => `${l.value} (${l.label})`).join(', ')}.`,
          `Choose one of: ${indicator.levels.map((l) => `${l.value} (${l.label})`).join(', ')}.`,
        ),
      ]);
    if (needsOverrideReason(stored?.prefill?.suggested, value, body.overrideReason))
      throw new AppError('evaluation.override_reason_required', [
        issue(
          'overrideReason',
          `Isian otomatis menyarankan ${stored?.prefill?.suggested}; tuliskan alasan memberi ${value}.`,
          `The prefill suggests ${stored?.prefill?.suggested}; give the reason for ${value}.`,
        ),
      ]);
    // A reason is kept only where it explains a departure from the suggestion.
    const overrideReason = needsOverrideReason(stored?.prefill?.suggested, value)
      ? (body.overrideReason ?? null)
      : null;
    const replaced = overwritten(body.baseRevision, stored?.savedBy ? stored : undefined);
    const saved = await w.tx
      .insertInto('assessmentScores')
      .values({
        assessmentId: id,
        indicatorId,
        value,
        note: body.note,
        overrideReason,
        writeId: body.writeId,
        savedBy: w.ctx.actor?.userId ?? null,
        savedAt: w.now,
      })
      .onConflict((oc) =>
        oc.columns(['assessmentId', 'indicatorId']).doUpdateSet((eb) => ({
          value,
          note: body.note,
          overrideReason,
          writeId: body.writeId,
          savedBy: w.ctx.actor?.userId ?? null,
          savedAt: w.now,
          revision: eb('assessmentScores.revision', '+', 1),
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await w.tx
      .insertInto('assessmentScoreWrites')
      .values({
        writeId: body.writeId,
        assessmentId: id,
        indicatorId,
        revision: saved.revision,
        savedAt: w.now,
      })
      .execute();
    const scores = await recompute(w.tx, a, instrument, w.now);
    const overwrote = replaced
      ? {
          value: replaced.value,
          revision: replaced.revision,
          savedBy: { userId: replaced.savedBy, name: await who(replaced.savedBy) },
          savedAt: replaced.savedAt.toISOString(),
        }
      : null;
    w.audit({
      action: side === 'self' ? 'evaluation.self-score.save' : 'evaluation.score.save',
      entityType: 'assessment',
      entityId: id,
      siteId: a.siteId,
      agencyId: a.agencyId,
      before: stored
        ? {
            indicatorId,
            value: stored.value,
            note: stored.note,
            revision: stored.revision,
            savedBy: stored.savedBy,
            savedAt: stored.savedAt,
          }
        : null,
      after: {
        indicatorId,
        value,
        note: body.note,
        overrideReason,
        revision: saved.revision,
        writeId: body.writeId,
        total: scores.total,
        ...(overwrote ? { overwrote } : {}),
      },
    });
    return {
      indicatorId,
      value: saved.value,
      note: saved.note,
      overrideReason: saved.overrideReason,
      revision: saved.revision,
      savedBy: { userId: saved.savedBy, name: await who(saved.savedBy) },
      savedAt: saved.savedAt.toISOString(),
      replayed: false,
      overwrote,
      total: scores.total,
      band: scores.band,
    };
  });
}

/** Asks the evidence sources again (new data since the assessment was opened); the values given stay. */
export async function refreshPrefill(deps: AssessDeps, ctx: RequestContext, id: string) {
  const siteId = (await findAssessment(deps.db, id)).siteId;
  await writeChange(deps, ctx, siteId, async (w) => {
    const a = await evaluatorsWrite(w.tx, ctx, id);
    const instrument = await versionOf(w.tx, a.instrumentVersionId);
    const prefills = await prefillsOf(w.tx, a, instrument, w.now);
    await storePrefills(w, id, prefills);
    w.audit({
      action: 'evaluation.assessment.prefill',
      entityType: 'assessment',
      entityId: id,
      siteId: a.siteId,
      agencyId: a.agencyId,
      after: Object.fromEntries(prefills),
    });
  });
  return assessmentDetail(deps.db, ctx, id);
}

/** The lead submits: total and band computed and kept; no more saves. */
export async function submitAssessment(
  deps: AssessDeps,
  ctx: RequestContext,
  id: string,
  side: AssessmentSide,
) {
  const siteId = (await findAssessment(deps.db, id)).siteId;
  await writeChange(deps, ctx, siteId, async (w) => {
    const a = await writeOf(side)(w.tx, ctx, id);
    if (!a.lead) throw new AppError('evaluation.lead_only');
    const instrument = await versionOf(w.tx, a.instrumentVersionId);
    const scores = await recompute(w.tx, a, instrument, w.now);
    if (scores.total === null) throw new AppError('evaluation.assessment_incomplete');
    await w.tx
      .updateTable('assessments')
      .set({ status: 'submitted', submittedAt: w.now, updatedAt: w.now })
      .where('id', '=', id)
      .execute();
    w.audit({
      action: 'evaluation.assessment.submit',
      entityType: 'assessment',
      entityId: id,
      siteId: a.siteId,
      agencyId: a.agencyId,
      before: { status: a.status },
      after: { status: 'submitted', total: scores.total, band: scores.band, formula: scores.formula },
    });
  });
  return assessmentDetail(deps.db, ctx, id);
}

/**
 * An assessment the actor may read: the site in their evaluation.read scope; an agency reads only its own (another
 * agency's is simply not there for it, as a filtered list would not show it).
 */
export async function readable(db: Executor, ctx: RequestContext, id: string): Promise<AssessmentRow> {
  const a = await findAssessment(db, id);
  const scope = siteListOf(ctx, 'evaluation.read', a.siteId);
  if (scope.agencyId !== null && scope.agencyId !== a.agencyId)
    throw new AppError('evaluation.assessment_not_found');
  return a;
}

const answersOf = (rows: { indicatorId: string; value: string | null }[]): Answers =>
  new Map(rows.map((r) => [r.indicatorId, r.value]));

export async function assessmentDetail(
  db: Database | Executor,
  ctx: RequestContext,
  id: string,
): Promise<DetailOut> {
  const a = await readable(db, ctx, id);
  const instrument = await versionOf(db, a.instrumentVersionId);
  const [members, scores, photos, unit] = await Promise.all([
    membersOf(db, id),
    scoresOf(db, id),
    photosOf(db, id),
    unitName(db, a),
  ]);
  const computed = score(instrument.definition, answersOf(scores));
  const def = instrument.definition;
  let self: DetailOut['self'] = null;
  if (a.selfOf) {
    const s = await findAssessment(db, a.selfOf);
    const selfScores = await scoresOf(db, s.id);
    const selfAnswers = answersOf(selfScores);
    const selfComputed = score(def, selfAnswers);
    const mine = answersOf(scores);
    self = {
      id: s.id,
      status: s.status,
      total: selfComputed.total,
      band: selfComputed.band,
      aspects: selfComputed.aspects.map(({ indicators: _, ...rest }) => rest),
      indicators: def.aspects.flatMap((asp) =>
        asp.indicators.map((i) => {
          const selfValue = selfAnswers.get(i.id) ?? null;
          const evaluator = mine.get(i.id) ?? null;
          return {
            indicatorId: i.id,
            self: selfValue === null ? null : String(selfValue),
            evaluator: evaluator === null ? null : String(evaluator),
            difference: differenceOf(
              evaluator === null ? null : String(evaluator),
              selfValue === null ? null : String(selfValue),
            ),
          };
        }),
      ),
    };
  }
  const actor = ctx.actor;
  const me = members.find((m) => m.userId === actor?.userId);
  const mayScore =
    a.status === 'draft' &&
    (a.side === 'self'
      ? actor !== null && actor.role !== 'evaluator' && actor.role !== 'officer'
      : me !== undefined || actor?.role === 'national_admin');
  return {
    id: a.id,
    title: a.title,
    side: a.side,
    status: a.status,
    siteId: a.siteId,
    agencyId: a.agencyId,
    boothId: a.boothId,
    unit,
    selfOf: a.selfOf,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    instrument: {
      versionId: instrument.versionId,
      code: instrument.code,
      name: instrument.name,
      version: instrument.version,
      definition: def,
    },
    members,
    scores: scores.map((s) => ({
      indicatorId: s.indicatorId,
      value: s.value,
      note: s.note,
      prefill: s.prefill,
      overrideReason: s.overrideReason,
      revision: s.revision,
      savedBy: s.savedBy ? { userId: s.savedBy, name: s.savedByName ?? '' } : null,
      savedAt: s.savedAt.toISOString(),
      photos: photos
        .filter((p) => p.indicatorId === s.indicatorId)
        .map((p) => ({ ...p, addedAt: p.addedAt.toISOString() })),
    })),
    computed: {
      aspects: computed.aspects.map(({ indicators: _, ...rest }) => rest),
      total: computed.total,
      band: computed.band,
      answered: computed.answered,
      of: computed.of,
      formula: computed.formula,
    },
    self,
    mine: { member: me !== undefined, lead: me?.lead ?? false, mayScore },
  };
}

export async function listSiteAssessments(
  db: Executor,
  ctx: RequestContext,
  site: string,
  query: { status?: string | undefined; side?: string | undefined },
) {
  const { id: siteId } = await siteByIdOrCode(db, site);
  const scope = siteListOf(ctx, 'evaluation.read', siteId);
  const rows = await listAssessments(db, siteId, { agencyId: scope.agencyId, ...query });
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      side: r.side,
      status: r.status,
      siteId: r.siteId,
      agencyId: r.agencyId,
      boothId: r.boothId,
      unit: [r.agencyName, r.boothName].filter(Boolean).join(' — ') || r.siteName,
      instrument: r.instrument,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      total: r.total,
      band: r.band,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/** Who may be on a team: active evaluators and national admins. */
export async function assessors(db: Executor, ctx: RequestContext) {
  assertMay(ctx, 'evaluation.assess');
  const rows = await db
    .selectFrom('users')
    .select(['id as userId', 'displayName as name', 'role'])
    .where('role', 'in', ['evaluator', 'national_admin'])
    .where('active', '=', true)
    .orderBy('displayName')
    .execute();
  return { items: rows };
}
