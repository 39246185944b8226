import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMayAt, siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import { ELEMENT_IDS, type ElementId } from './elements.ts';
import {
  checkMethod,
  computeIndex,
  DEFAULT_METHOD,
  type IndexResult,
  methodWithWeights,
  type SurveyMethod,
} from './ikm.rules.ts';
import {
  deleteFollowUp,
  deletePeriod,
  type FollowUpRow,
  followUpById,
  followUpCounts,
  followUpsOf,
  insertFollowUp,
  insertPeriod,
  type PeriodRow,
  periodById,
  periodsOfSite,
  previousPeriod,
  type SiteRow,
  sameDates,
  saveSiteWeights,
  siteById,
  siteWeights,
  updateFollowUp,
  updatePeriod,
} from './periods.repository.ts';
import { weakestElements } from './report.rules.ts';
import { tallyOf } from './responses.repository.ts';

/**
 * Survey periods (the span a site reports on, with the method its index is computed by, stored as used), the site's
 * custom weights, and each period's follow-up plan (rencana tindak lanjut). Every change is audited in its own
 * transaction; site managers write for their site (satisfaction.periods.manage), readers read
 * (satisfaction.report.read).
 */

type Weights = Partial<Record<ElementId, string>>;

/** A site by id or code (SBY); 404 site.not_found. */
export const siteOf = (db: Executor, ref: string): Promise<SiteRow> => siteByIdOrCode(db, ref);

/** The method of a site's next period: its custom weights, else the regulation's default. */
async function methodOfSite(db: Executor, siteId: string): Promise<SurveyMethod> {
  const weights = await siteWeights(db, siteId);
  return weights ? methodWithWeights(weights as Record<ElementId, string>) : DEFAULT_METHOD;
}

function weightsView(method: SurveyMethod) {
  return { weights: { ...method.weights }, customWeights: customWeightsOf(method) };
}

/** The elements whose weight is not exactly 1/9, as computeIndex warns of them (exact: '0.1111…' is not 1/9). */
function customWeightsOf(method: SurveyMethod): ElementId[] {
  const warning = computeIndex(emptyAnswered(), method).warnings.find((w) => w.code === 'custom_weights');
  return warning && 'elements' in warning ? warning.elements : [];
}

const emptyAnswered = () => ({
  respondents: 0,
  elements: Object.fromEntries(ELEMENT_IDS.map((id) => [id, { sum: 0, answered: 0 }])) as Record<
    ElementId,
    { sum: number; answered: number }
  >,
});

export async function readSiteWeights(db: Database, ctx: RequestContext, code: string) {
  const site = await siteOf(db, code);
  siteListOf(ctx, 'satisfaction.report.read', site.id);
  return weightsView(await methodOfSite(db, site.id));
}

/** Sets (or clears, with null) the site's weights for the periods created from now on. Old periods keep theirs. */
export async function setSiteWeights(
  db: Database,
  ctx: RequestContext,
  code: string,
  weights: Weights | null,
) {
  const site = await siteOf(db, code);
  const actor = assertMayAt(ctx, 'satisfaction.periods.manage', { siteId: site.id });
  const method = weights ? methodWithWeights(weights as Record<ElementId, string>) : DEFAULT_METHOD;
  await db.transaction().execute(async (tx) => {
    const before = await siteWeights(tx, site.id);
    await saveSiteWeights(tx, site.id, weights ? { ...method.weights } : null, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'satisfaction.weights.set',
      entityType: 'site',
      entityId: site.id,
      siteId: site.id,
      before,
      after: weights ? method.weights : null,
    });
  });
  return weightsView(method);
}

// ---------- periods ----------

/** A period's index from the rollups under its stored method (checked first: a stored method is data). */
export async function periodIndex(db: Executor, period: PeriodRow): Promise<IndexResult> {
  checkMethod(period.method);
  const tally = await tallyOf(db, { siteId: period.siteId, from: period.startsOn, to: period.endsOn });
  return computeIndex(tally, period.method);
}

function periodView(period: PeriodRow, index: IndexResult, followUps: number) {
  return {
    id: period.id,
    siteId: period.siteId,
    label: period.label,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    methodVersion: period.method.version,
    ...weightsView(period.method),
    respondents: index.respondents,
    followUps,
    converted: index.convertedText,
    grade: index.grade,
  };
}

export async function listPeriods(db: Database, ctx: RequestContext, code: string) {
  const site = await siteOf(db, code);
  siteListOf(ctx, 'satisfaction.report.read', site.id);
  const periods = await periodsOfSite(db, site.id);
  const counts = await followUpCounts(
    db,
    periods.map((p) => p.id),
  );
  const views = await Promise.all(
    periods.map(async (p) => periodView(p, await periodIndex(db, p), counts.get(p.id) ?? 0)),
  );
  return {
    site: { id: site.id, code: site.code, name: site.name },
    weights: weightsView(await methodOfSite(db, site.id)),
    periods: views,
  };
}

export async function createPeriod(
  db: Database,
  ctx: RequestContext,
  code: string,
  input: { label: string; startsOn: string; endsOn: string; weights?: Weights | undefined },
) {
  const site = await siteOf(db, code);
  const actor = assertMayAt(ctx, 'satisfaction.periods.manage', { siteId: site.id });
  const method = input.weights
    ? methodWithWeights(input.weights as Record<ElementId, string>)
    : await methodOfSite(db, site.id);
  const period = await db.transaction().execute(async (tx) => {
    const row = await insertPeriod(tx, {
      siteId: site.id,
      label: input.label,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      method,
      createdBy: actor.userId,
    });
    if (!row) throw new AppError('satisfaction.period_exists');
    await recordAudit(tx, ctx, {
      action: 'satisfaction.period.create',
      entityType: 'survey_period',
      entityId: row.id,
      siteId: site.id,
      after: { label: row.label, startsOn: row.startsOn, endsOn: row.endsOn, method },
    });
    return row;
  });
  return periodView(period, await periodIndex(db, period), 0);
}

/** A period and the scope check of the action on its site. */
async function loadPeriod(
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: 'satisfaction.periods.manage' | 'satisfaction.report.read',
  lock = false,
): Promise<PeriodRow> {
  const period = await periodById(db, id, lock);
  if (!period) throw new AppError('satisfaction.period_not_found');
  if (action === 'satisfaction.periods.manage') assertMayAt(ctx, action, { siteId: period.siteId });
  else siteListOf(ctx, action, period.siteId);
  return period;
}

/** The label can always change; the dates only while no response counts in the period (its figures would move). */
export async function editPeriod(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { label?: string | undefined; startsOn?: string | undefined; endsOn?: string | undefined },
) {
  const updated = await db.transaction().execute(async (tx) => {
    const period = await loadPeriod(tx, ctx, id, 'satisfaction.periods.manage', true);
    const startsOn = input.startsOn ?? period.startsOn;
    const endsOn = input.endsOn ?? period.endsOn;
    const datesChange = startsOn !== period.startsOn || endsOn !== period.endsOn;
    if (datesChange) {
      if (endsOn < startsOn) {
        throw new AppError('request.invalid', [
          {
            field: 'endsOn',
            message: {
              id: 'Tanggal akhir tidak boleh sebelum tanggal mulai.',
              en: 'The end date cannot be before the start date.',
            },
          },
        ]);
      }
      const tally = await tallyOf(tx, { siteId: period.siteId, from: period.startsOn, to: period.endsOn });
      if (tally.respondents > 0) throw new AppError('satisfaction.period_answered');
      if (await sameDates(tx, period.siteId, startsOn, endsOn, id))
        throw new AppError('satisfaction.period_exists');
    }
    const changes = {
      ...(input.label !== undefined && input.label !== period.label ? { label: input.label } : {}),
      ...(datesChange ? { startsOn, endsOn } : {}),
    };
    if (Object.keys(changes).length === 0) return period;
    const row = await updatePeriod(tx, id, changes);
    await recordAudit(tx, ctx, {
      action: 'satisfaction.period.update',
      entityType: 'survey_period',
      entityId: id,
      siteId: period.siteId,
      before: { label: period.label, startsOn: period.startsOn, endsOn: period.endsOn },
      after: { label: row.label, startsOn: row.startsOn, endsOn: row.endsOn },
    });
    return row;
  });
  return periodView(updated, await periodIndex(db, updated), (await followUpCounts(db, [id])).get(id) ?? 0);
}

/** Only a period without a follow-up plan is deleted (a plan is a commitment the next report reports on). */
export async function removePeriod(db: Database, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const period = await loadPeriod(tx, ctx, id, 'satisfaction.periods.manage', true);
    if ((await followUpsOf(tx, id)).length > 0) throw new AppError('satisfaction.period_has_follow_ups');
    await deletePeriod(tx, id);
    await recordAudit(tx, ctx, {
      action: 'satisfaction.period.delete',
      entityType: 'survey_period',
      entityId: id,
      siteId: period.siteId,
      before: {
        label: period.label,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        method: period.method,
      },
    });
  });
}

/** The follow-up page: the period, its elements weakest first marked, its plan, and the previous period's plan. */
export async function periodDetail(db: Database, ctx: RequestContext, id: string) {
  const period = await loadPeriod(db, ctx, id, 'satisfaction.report.read');
  const [index, followUps, previous, site] = await Promise.all([
    periodIndex(db, period),
    followUpsOf(db, id),
    previousPeriod(db, period),
    siteById(db, period.siteId),
  ]);
  return {
    period: periodView(period, index, followUps.length),
    site: { id: site.id, code: site.code, name: site.name },
    elements: index.elements.map((e) => ({
      id: e.id,
      sum: e.sum,
      answered: e.answered,
      weight: e.weight,
      nrr: e.nrrText,
      weightedNrr: e.weightedNrrText,
    })),
    weakest: weakestElements(index),
    followUps,
    previous: previous
      ? { id: previous.id, label: previous.label, followUps: await followUpsOf(db, previous.id) }
      : null,
  };
}

// ---------- follow-ups ----------

export async function addFollowUp(
  db: Database,
  ctx: RequestContext,
  periodId: string,
  input: Pick<FollowUpRow, 'element' | 'action' | 'owner' | 'dueOn'>,
): Promise<FollowUpRow> {
  return db.transaction().execute(async (tx) => {
    const period = await loadPeriod(tx, ctx, periodId, 'satisfaction.periods.manage', true);
    const row = await insertFollowUp(tx, { ...input, periodId, createdBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, {
      action: 'satisfaction.follow_up.create',
      entityType: 'survey_follow_up',
      entityId: row.id,
      siteId: period.siteId,
      after: row,
    });
    return row;
  });
}

async function loadFollowUp(db: Executor, ctx: RequestContext, id: string) {
  const row = await followUpById(db, id);
  if (!row) throw new AppError('satisfaction.follow_up_not_found');
  const period = await loadPeriod(db, ctx, row.periodId, 'satisfaction.periods.manage');
  return { row, period };
}

export async function editFollowUp(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: Partial<Pick<FollowUpRow, 'action' | 'owner' | 'dueOn' | 'status' | 'statusNote'>>,
): Promise<FollowUpRow> {
  return db.transaction().execute(async (tx) => {
    const { row, period } = await loadFollowUp(tx, ctx, id);
    const changes = Object.fromEntries(
      Object.entries(input).filter(
        ([key, value]) => value !== undefined && row[key as keyof FollowUpRow] !== value,
      ),
    ) as typeof input;
    if (Object.keys(changes).length === 0) return row;
    const updated = await updateFollowUp(tx, id, changes);
    await recordAudit(tx, ctx, {
      action: 'satisfaction.follow_up.update',
      entityType: 'survey_follow_up',
      entityId: id,
      siteId: period.siteId,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof FollowUpRow]])),
      after: changes,
    });
    return updated;
  });
}

export async function removeFollowUp(db: Database, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { row, period } = await loadFollowUp(tx, ctx, id);
    await deleteFollowUp(tx, id);
    await recordAudit(tx, ctx, {
      action: 'satisfaction.follow_up.delete',
      entityType: 'survey_follow_up',
      entityId: id,
      siteId: period.siteId,
      before: row,
    });
  });
}
