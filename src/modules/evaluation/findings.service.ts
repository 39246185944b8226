import { assertMay, mayAt, roleRefusal, siteListOf } from '../../shared/auth/policy.ts';
import type { Actor } from '../../shared/auth/roles.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';
import { type Write, type WriteDeps, writeChange } from '../../shared/write/write.ts';
import type { NotifyChannels } from '../notifications/notifications.public.ts';
import { dueAt, localOf, siteByIdOrCode, siteWorkingCalendar } from '../sites/sites.public.ts';
import type { Severity } from './evaluation.tables.ts';
import {
  actionsOf,
  assessmentForFindings,
  type FindingRow,
  findingPlace,
  insertFindings,
  type ListedFinding,
  listFindingRows,
  lockFinding,
} from './findings.repository.ts';
import {
  DUE_DAYS,
  type FindingMove,
  isOverdue,
  movesFrom,
  nextFindingStatus,
  severityOf,
} from './findings.rules.ts';
import type { AnswerBody, EditBody, ListQuery, VerifyBody } from './findings.schemas.ts';
import { instrumentDefinition } from './instrument.schema.ts';

/**
 * Findings and their follow-up. Each command goes validate → authorize → one transaction (shared/write): the row
 * locked, the version and the move checked (findings.rules.ts), the step kept in finding_actions, the change
 * audited. Reads are scoped like the rest of evaluation: evaluators every site, a manager theirs, an agency its
 * own findings.
 */

export interface FindingDeps extends WriteDeps {
  personalData: PersonalDataCipher;
  notify: NotifyChannels;
}

const invalid = (field: string, id: string, en: string) =>
  new AppError('request.invalid', [{ field: `body.${field}`, message: { id, en } }]);

async function workingDue(db: Executor, siteId: string, from: Date, days: number): Promise<Date> {
  const { calendar } = await siteWorkingCalendar(db, siteId);
  return dueAt(from, days, 'working_days', calendar);
}

const auditOf = (f: FindingRow) => ({
  status: f.status,
  version: f.version,
  severity: f.severity,
  assignee: f.assignee,
  dueAt: f.dueAt.toISOString(),
});

// ——— drawing and adding ———

async function assessmentOf(db: Executor, ctx: RequestContext, assessmentId: string) {
  const a = await assessmentForFindings(db, assessmentId);
  if (!a) throw new AppError('evaluation.assessment_not_found');
  siteListOf(ctx, 'evaluation.assess', a.siteId);
  return a;
}

/**
 * Every indicator scored under its threshold becomes a finding (severity by how far below, findings.rules.ts),
 * about the assessment's unit, with the score's note as evidence, its photos, and a recommendation the evaluators
 * then edit. Drawing again adds only indicators not drawn before (one finding per assessment and indicator).
 */
export async function drawFindings(
  deps: FindingDeps,
  ctx: RequestContext,
  assessmentId: string,
  body: { dueDays?: number | undefined },
) {
  const a = await assessmentOf(deps.db, ctx, assessmentId);
  // A self-assessment is the agency's own view: the evaluators verify it with their own assessment, and draw from that.
  if (a.side !== 'evaluator')
    throw new AppError('request.invalid', [
      {
        field: 'params.id',
        message: {
          id: 'Temuan ditarik dari penilaian tim evaluator, bukan dari penilaian mandiri.',
          en: "Findings are drawn from the evaluators' assessment, not from a self-assessment.",
        },
      },
    ]);
  const def = instrumentDefinition.parse(a.definition);
  const values = new Map(a.scores.map((s) => [s.indicatorId, s]));
  const { calendar } = await siteWorkingCalendar(deps.db, a.siteId);
  const created = await writeChange(deps, ctx, a.siteId, async (w) => {
    const rows = [];
    for (const aspect of def.aspects)
      for (const indicator of aspect.indicators) {
        const s = values.get(indicator.id);
        if (!s || s.value === null) continue;
        const severity = severityOf(indicator, s.value);
        if (!severity) continue;
        const level = indicator.levels.find((l) => String(l.value) === s.value)?.label ?? s.value;
        rows.push({
          assessmentId: a.id,
          siteId: a.siteId,
          agencyId: a.agencyId,
          boothId: a.boothId,
          indicatorId: indicator.id,
          severity,
          title: indicator.name,
          evidence: s.note,
          recommendation:
            `Penuhi indikator "${indicator.name}" (dinilai: ${level}). ${indicator.evidence}`.trim(),
          assignee: a.agencyId ? ('agency' as const) : ('site' as const),
          dueAt: dueAt(w.now, body.dueDays ?? DUE_DAYS[severity], 'working_days', calendar),
          createdBy: ctx.actor?.userId ?? null,
          createdAt: w.now,
          updatedAt: w.now,
        });
      }
    const inserted = await insertFindings(w.tx, rows);
    for (const f of inserted) auditCreated(w, f, 'evaluation.finding.draw');
    return inserted.length;
  });
  return { created, rows: await presentList(deps.db, { assessmentId: a.id }, deps.now()) };
}

function auditCreated(w: Write, f: FindingRow, action: string) {
  w.audit({
    action,
    entityType: 'finding',
    entityId: f.id,
    siteId: f.siteId,
    agencyId: f.agencyId,
    before: null,
    after: { ...auditOf(f), assessmentId: f.assessmentId, indicatorId: f.indicatorId },
  });
}

/** An observation the team adds by hand (no indicator): as many as they find. */
export async function addObservation(
  deps: FindingDeps,
  ctx: RequestContext,
  assessmentId: string,
  body: {
    title: string;
    severity: Severity;
    evidence: string;
    recommendation: string;
    assignee?: 'agency' | 'site' | undefined;
    dueDays?: number | undefined;
  },
) {
  const a = await assessmentOf(deps.db, ctx, assessmentId);
  const assignee = body.assignee ?? (a.agencyId ? 'agency' : 'site');
  if (assignee === 'agency' && !a.agencyId)
    throw invalid(
      'assignee',
      'Penilaian ini tidak tentang satu instansi: tugaskan ke pengelola MPP.',
      'This assessment is not of one agency: assign it to the site manager.',
    );
  const due = await workingDue(deps.db, a.siteId, deps.now(), body.dueDays ?? DUE_DAYS[body.severity]);
  const row = await writeChange(deps, ctx, a.siteId, async (w) => {
    const [f] = await insertFindings(w.tx, [
      {
        assessmentId: a.id,
        siteId: a.siteId,
        agencyId: a.agencyId,
        boothId: a.boothId,
        indicatorId: null,
        severity: body.severity,
        title: body.title,
        evidence: body.evidence,
        recommendation: body.recommendation,
        assignee,
        dueAt: due,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: w.now,
        updatedAt: w.now,
      },
    ]);
    if (!f) throw new Error('observation not inserted');
    auditCreated(w, f, 'evaluation.finding.observe');
    return f;
  });
  return presentOne(deps.db, row.id, deps.now());
}

// ——— moves ———

interface MoveInput {
  move: FindingMove;
  expectedVersion: number;
  /** Checks that need the locked row (the unit's scope). Throws to refuse. */
  authorize: (row: FindingRow) => void;
  set?: Partial<
    Pick<FindingRow, 'title' | 'severity' | 'evidence' | 'recommendation' | 'assignee' | 'dueAt'>
  >;
  /** The step kept in finding_actions (none for an edit: the audit log has it). */
  action?: { kind: 'action' | 'verified' | 'returned'; text: string; evidence?: string; doneOn?: string };
}

/**
 * The one way a finding changes: locked, the unit's scope and the version checked on the locked row, the move
 * checked by the status machine, the step written, the change audited — one transaction. Two people acting at
 * once: the second waits for the lock, then hears 409 (stale, or an illegal move).
 */
async function moveFinding(deps: FindingDeps, ctx: RequestContext, id: string, input: MoveInput) {
  const place = await findingPlace(deps.db, id);
  if (!place) throw new AppError('evaluation.finding_not_found');
  return writeChange(deps, ctx, place.siteId, async (w) => {
    const before = await lockFinding(w.tx, id);
    if (!before) throw new AppError('evaluation.finding_not_found');
    input.authorize(before);
    if (before.version !== input.expectedVersion) throw new AppError('evaluation.finding_stale');
    const move = nextFindingStatus(before.status, input.move);
    if ('refused' in move) throw new AppError(move.refused);
    const after = await w.tx
      .updateTable('findings')
      .set({
        ...(input.set ?? {}),
        status: move.to,
        version: before.version + 1,
        updatedAt: w.now,
        closedAt: move.to === 'closed' ? w.now : null,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.action)
      await w.tx
        .insertInto('findingActions')
        .values({
          findingId: id,
          kind: input.action.kind,
          text: input.action.text,
          evidence: input.action.evidence ?? '',
          doneOn: input.action.doneOn ?? null,
          actorUserId: ctx.actor?.userId ?? null,
          actorName: ctx.actor?.displayName ?? 'Sistem',
          at: w.now,
        })
        .execute();
    w.audit({
      action: `evaluation.finding.${input.move}`,
      entityType: 'finding',
      entityId: id,
      siteId: after.siteId,
      agencyId: after.agencyId,
      before: auditOf(before),
      after: auditOf(after),
    });
    return { id: after.id, status: after.status, version: after.version };
  });
}

/** The evaluators shape a finding before the unit first answers: text, severity, unit, due date. */
export async function editFinding(deps: FindingDeps, ctx: RequestContext, id: string, body: EditBody) {
  const place = await findingPlace(deps.db, id);
  if (!place) throw new AppError('evaluation.finding_not_found');
  siteListOf(ctx, 'evaluation.assess', place.siteId);
  const set: MoveInput['set'] = {};
  if (body.title !== undefined) set.title = body.title;
  if (body.severity !== undefined) set.severity = body.severity;
  if (body.evidence !== undefined) set.evidence = body.evidence;
  if (body.recommendation !== undefined) set.recommendation = body.recommendation;
  if (body.assignee !== undefined) {
    if (body.assignee === 'agency' && !place.agencyId)
      throw invalid(
        'assignee',
        'Temuan ini tidak tentang satu instansi.',
        'This finding is not of one agency.',
      );
    set.assignee = body.assignee;
  }
  if (body.dueDays !== undefined)
    set.dueAt = await workingDue(deps.db, place.siteId, deps.now(), body.dueDays);
  return moveFinding(deps, ctx, id, {
    move: 'edit',
    expectedVersion: body.expectedVersion,
    authorize: () => undefined,
    set,
  });
}

/** Who answers: the agency's admin (its scope) for an agency's finding, the site's manager for the site's. */
function mayAnswer(
  actor: Actor,
  f: { siteId: string; agencyId: string | null; assignee: 'agency' | 'site' },
) {
  if (roleRefusal(actor, 'evaluation.findings.answer')) return false;
  if (actor.role === 'national_admin') return true;
  if (f.assignee === 'site') return actor.role === 'site_manager' && actor.siteId === f.siteId;
  return (
    f.agencyId !== null &&
    mayAt(actor, 'evaluation.findings.answer', { siteId: f.siteId, agencyId: f.agencyId })
  );
}

function assertMayAnswer(
  ctx: RequestContext,
  f: FindingRow | NonNullable<Awaited<ReturnType<typeof findingPlace>>>,
) {
  const actor = assertMay(ctx, 'evaluation.findings.answer');
  if (!mayAnswer(actor, f)) throw new AppError('auth.out_of_scope');
}

/** The unit's action (tindak lanjut): what was done, its evidence, the day; the finding waits for verification. */
export async function answerFinding(deps: FindingDeps, ctx: RequestContext, id: string, body: AnswerBody) {
  const place = await findingPlace(deps.db, id);
  if (!place) throw new AppError('evaluation.finding_not_found');
  assertMayAnswer(ctx, place);
  const { calendar } = await siteWorkingCalendar(deps.db, place.siteId);
  if (body.doneOn > localOf(deps.now(), calendar.timeZone).date)
    throw invalid(
      'doneOn',
      'Tanggal selesai tidak boleh di masa depan.',
      'The day it was done cannot be in the future.',
    );
  return moveFinding(deps, ctx, id, {
    move: 'answer',
    expectedVersion: body.expectedVersion,
    // The assignee may have changed between the look and the lock.
    authorize: (row) => assertMayAnswer(ctx, row),
    action: { kind: 'action', text: body.text, evidence: body.evidence, doneOn: body.doneOn },
  });
}

/** The evaluators' verdict on the unit's action: closed, or sent back with the reason. */
export async function verifyFinding(deps: FindingDeps, ctx: RequestContext, id: string, body: VerifyBody) {
  const place = await findingPlace(deps.db, id);
  if (!place) throw new AppError('evaluation.finding_not_found');
  siteListOf(ctx, 'evaluation.findings.verify', place.siteId);
  const close = body.verdict === 'close';
  if (!close && body.reason.length < 5)
    throw invalid(
      'reason',
      'Tuliskan alasan mengembalikan temuan (paling sedikit 5 karakter).',
      'Give the reason for sending it back (at least 5 characters).',
    );
  return moveFinding(deps, ctx, id, {
    move: close ? 'close' : 'return',
    expectedVersion: body.expectedVersion,
    authorize: () => undefined,
    action: close
      ? { kind: 'verified', text: body.reason || 'Tindak lanjut diverifikasi; temuan ditutup.' }
      : { kind: 'returned', text: body.reason },
  });
}

// ——— reads ———

function present(r: ListedFinding, now: Date) {
  return {
    id: r.id,
    assessmentId: r.assessmentId,
    siteId: r.siteId,
    agency: r.agencyId ? { id: r.agencyId, name: r.agencyName ?? '' } : null,
    booth: r.boothId ? { id: r.boothId, name: r.boothName ?? '' } : null,
    indicatorId: r.indicatorId,
    severity: r.severity,
    title: r.title,
    evidence: r.evidence,
    photoIds: r.photoIds,
    recommendation: r.recommendation,
    assignee: r.assignee,
    dueAt: r.dueAt.toISOString(),
    status: r.status,
    overdue: isOverdue(r, now),
    version: r.version,
    remindedAt: r.remindedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

async function presentList(db: Executor, filter: Parameters<typeof listFindingRows>[1], now: Date) {
  return (await listFindingRows(db, filter)).map((r) => present(r, now));
}

async function presentOne(db: Executor, id: string, now: Date) {
  const [row] = await listFindingRows(db, { findingId: id });
  if (!row) throw new AppError('evaluation.finding_not_found');
  return present(row, now);
}

/** A site's findings in my scope (an agency: its own), with the filters of the screen. */
export async function listSiteFindings(
  db: Executor,
  ctx: RequestContext,
  siteRef: string,
  q: ListQuery,
  now: Date,
) {
  const site = await siteByIdOrCode(db, siteRef);
  const scope = siteListOf(ctx, 'evaluation.read', site.id);
  if (scope.agencyId && q.agencyId && q.agencyId !== scope.agencyId) throw new AppError('auth.out_of_scope');
  const rows = await presentList(
    db,
    {
      siteId: site.id,
      agencyId: scope.agencyId ?? q.agencyId ?? null,
      ...(q.status ? { status: q.status } : {}),
      ...(q.assessmentId ? { assessmentId: q.assessmentId } : {}),
      ...(q.overdue === 'true' ? { overdueAt: now } : {}),
    },
    now,
  );
  return {
    timezone: site.timezone,
    asOf: now.toISOString(),
    rows: q.overdue === 'false' ? rows.filter((r) => !r.overdue) : rows,
  };
}

/** The overdue list of a site in my scope: the findings, and how many per agency (most first). */
export async function overdueFindings(db: Executor, ctx: RequestContext, siteRef: string, now: Date) {
  const site = await siteByIdOrCode(db, siteRef);
  const scope = siteListOf(ctx, 'evaluation.read', site.id);
  const rows = await presentList(db, { siteId: site.id, agencyId: scope.agencyId, overdueAt: now }, now);
  const per = new Map<string, { agency: { id: string; name: string } | null; overdue: number }>();
  for (const r of rows) {
    const key = r.agency?.id ?? '';
    const e = per.get(key) ?? { agency: r.agency, overdue: 0 };
    e.overdue++;
    per.set(key, e);
  }
  const agencies = [...per.values()].sort(
    (a, b) => b.overdue - a.overdue || (a.agency?.name ?? '').localeCompare(b.agency?.name ?? ''),
  );
  return { timezone: site.timezone, asOf: now.toISOString(), agencies, rows };
}

/** One finding with its timeline, and what I may do with it now. */
export async function findingDetail(db: Executor, ctx: RequestContext, id: string, now: Date) {
  const place = await findingPlace(db, id);
  if (!place) throw new AppError('evaluation.finding_not_found');
  const scope = siteListOf(ctx, 'evaluation.read', place.siteId);
  // Another agency's finding is not there for an agency (as complaints: its existence is not theirs to know).
  if (scope.agencyId && scope.agencyId !== place.agencyId) throw new AppError('evaluation.finding_not_found');
  const actor = assertMay(ctx, 'evaluation.read');
  const [finding, actions, site] = await Promise.all([
    presentOne(db, id, now),
    actionsOf(db, id),
    db.selectFrom('sites').select('timezone').where('id', '=', place.siteId).executeTakeFirstOrThrow(),
  ]);
  const moves = movesFrom(finding.status);
  const can = (move: FindingMove) => moves.includes(move);
  return {
    ...finding,
    timezone: site.timezone,
    actions: actions.map((a) => ({
      kind: a.kind,
      text: a.text,
      evidence: a.evidence,
      doneOn: a.doneOn,
      actor: a.actorName,
      at: a.at.toISOString(),
    })),
    may: {
      edit: can('edit') && roleRefusal(actor, 'evaluation.assess') === null,
      answer: can('answer') && mayAnswer(actor, place),
      verify: can('close') && roleRefusal(actor, 'evaluation.findings.verify') === null,
    },
  };
}
