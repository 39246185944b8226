import { recordAudit } from '../../shared/audit/audit.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { zodIssuesToFieldIssues } from '../../shared/validation.ts';
import type { InstrumentKind } from './evaluation.tables.ts';
import { problemIssues } from './instrument.problems.ts';
import { type InstrumentDefinition, instrumentDefinition } from './instrument.schema.ts';
import { inspection } from './instruments/inspection.ts';
import { ombudsman } from './instruments/ombudsman.ts';
import { pekppp } from './instruments/pekppp.ts';
import {
  definitionOf,
  insertInstrument,
  insertVersion,
  instrumentByCode,
  listInstruments,
  renameInstrument,
  type VersionRow,
  versionsOf,
} from './instruments.repository.ts';
import { definitionProblems } from './scoring.rules.ts';

/**
 * Instruments as versioned data: listed with their latest version, read at any version, created, and edited by
 * adding a version (an assessment keeps the version it used: versions are never changed). Every definition is checked
 * by its shape (instrument.schema.ts) and its arithmetic (definitionProblems) before it is saved; every change is
 * audited. Instruments belong to no site, so a change is one transaction with its audit entry (recordAudit) rather
 * than writeChange, whose events and notices are a site's.
 */

/** The shipped three, present on every installation (seeded at start, idempotent). */
const SHIPPED = [
  { code: 'PEKPPP', kind: 'evaluation', definition: pekppp },
  { code: 'OMBUDSMAN', kind: 'compliance', definition: ombudsman },
  { code: 'INSPEKSI-GERAI', kind: 'inspection', definition: inspection },
] as const;

/**
 * Inserts each shipped instrument that is missing, as its version 1. Runs at every start (app.ts): a fresh
 * installation, a test database and an upgraded one all have them; an administrator's later versions are kept.
 */
export async function seedShippedInstruments(db: Database, ctx: RequestContext): Promise<void> {
  for (const s of SHIPPED) {
    const definition = checkedDefinition(s.definition);
    await db.transaction().execute(async (tx) => {
      const row = await insertInstrument(tx, {
        code: s.code,
        name: definition.name,
        kind: s.kind,
        createdBy: null,
      });
      if (!row) return;
      await insertVersion(tx, { instrumentId: row.id, version: 1, definition, note: '', createdBy: null });
      await recordAudit(tx, ctx, {
        action: 'evaluation.instrument.create',
        entityType: 'instrument',
        entityId: row.id,
        after: { code: s.code, kind: s.kind, version: 1 },
      });
    });
  }
}

/** A definition as sent, parsed and checked whole: every problem named with its field, or 422. */
export function checkedDefinition(input: unknown): InstrumentDefinition {
  const parsed = instrumentDefinition.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      'evaluation.instrument_invalid',
      zodIssuesToFieldIssues(parsed.error.issues, 'definition'),
    );
  const problems = definitionProblems(parsed.data);
  if (problems.length > 0)
    throw new AppError('evaluation.instrument_invalid', problemIssues(parsed.data, problems));
  return parsed.data;
}

const summary = (
  v: VersionRow | { version: number; note: string; createdAt: Date; createdBy: string | null },
) => ({
  version: v.version,
  note: v.note,
  createdAt: v.createdAt.toISOString(),
  createdBy: v.createdBy,
});

export async function instrumentList(db: Executor) {
  const rows = await listInstruments(db);
  return {
    instruments: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      aspects: r.definition.aspects.length,
      indicators: r.definition.aspects.reduce((n, a) => n + a.indicators.length, 0),
      latest: summary(r),
    })),
  };
}

/** One version of an instrument (the latest without `version`), with the history of its versions. */
export async function instrumentVersion(db: Executor, code: string, version?: number) {
  const instrument = await instrumentByCode(db, code);
  if (!instrument) throw new AppError('evaluation.instrument_not_found');
  const history = await versionsOf(db, instrument.id);
  const chosen = version === undefined ? history[0] : history.find((v) => v.version === version);
  if (!chosen) throw new AppError('evaluation.instrument_not_found');
  return {
    id: instrument.id,
    code: instrument.code,
    name: instrument.name,
    kind: instrument.kind,
    version: { id: chosen.id, ...summary(chosen) },
    latestVersion: history[0]?.version ?? chosen.version,
    definition: await definitionOf(db, chosen.id),
    history: history.map(summary),
  };
}

export async function createInstrument(
  db: Database,
  ctx: RequestContext,
  input: { code: string; kind: InstrumentKind; definition: unknown; note: string },
) {
  const definition = checkedDefinition(input.definition);
  const userId = ctx.actor?.userId ?? null;
  await db.transaction().execute(async (tx) => {
    const row = await insertInstrument(tx, {
      code: input.code,
      name: definition.name,
      kind: input.kind,
      createdBy: userId,
    });
    if (!row)
      throw new AppError('evaluation.instrument_exists', [
        {
          field: 'code',
          message: { id: `Kode ${input.code} sudah dipakai.`, en: `The code ${input.code} is taken.` },
        },
      ]);
    await insertVersion(tx, {
      instrumentId: row.id,
      version: 1,
      definition,
      note: input.note,
      createdBy: userId,
    });
    await recordAudit(tx, ctx, {
      action: 'evaluation.instrument.create',
      entityType: 'instrument',
      entityId: row.id,
      after: { code: input.code, kind: input.kind, version: 1, definition },
    });
  });
  return instrumentVersion(db, input.code);
}

/**
 * Edits an instrument by adding a version after `basedOn` (the version the editor started from): a version saved
 * meanwhile refuses this one (409) rather than silently replacing what the other person did.
 */
export async function addVersion(
  db: Database,
  ctx: RequestContext,
  code: string,
  input: { basedOn: number | null; definition: unknown; note: string },
) {
  const definition = checkedDefinition(input.definition);
  const userId = ctx.actor?.userId ?? null;
  await db.transaction().execute(async (tx) => {
    const instrument = await instrumentByCode(tx, code, true);
    if (!instrument) throw new AppError('evaluation.instrument_not_found');
    const latest = (await versionsOf(tx, instrument.id))[0]?.version ?? 0;
    if (input.basedOn !== null && input.basedOn !== latest)
      throw new AppError('evaluation.instrument_changed');
    const added = await insertVersion(tx, {
      instrumentId: instrument.id,
      version: latest + 1,
      definition,
      note: input.note,
      createdBy: userId,
    });
    if (definition.name !== instrument.name) await renameInstrument(tx, instrument.id, definition.name);
    await recordAudit(tx, ctx, {
      action: 'evaluation.instrument.version',
      entityType: 'instrument',
      entityId: instrument.id,
      before: { code, version: latest },
      after: { code, version: added.version, note: input.note, definition },
    });
  });
  return instrumentVersion(db, code);
}
