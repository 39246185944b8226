import { insertAuditRows } from '../../shared/audit/audit.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { KeyedBatcher, type Settled } from '../../shared/keyed-batcher.ts';
import { type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { deviceByToken } from '../floor/floor.public.ts';
import { ELEMENT_IDS, type ElementId, type Score } from './elements.ts';
import { feeScoreForFreeService } from './ikm.rules.ts';
import { type NewResponse, recordResponses } from './responses.repository.ts';
import {
  claimInvitations,
  counterOf,
  type InvitationRow,
  invitationByToken,
  invitationsByTokens,
  latestAtCounter,
  surveysOfVisit,
} from './survey.repository.ts';

/**
 * The citizen's survey: reading a link, and answering it once. The link's token is the only key (no sign-in); an
 * answer is refused for an unknown (404), answered (409) or expired (410) link, and from the console session of
 * the officer who served (403). A survey exists only after service (invitations.ts), so "not yet served" is an
 * unknown link. The answer is claimed and recorded in one transaction with its rollups and an audit entry that
 * holds no answer and no profile.
 */

type SurveyState = 'open' | 'answered' | 'expired';

const stateOf = (inv: { answeredAt: Date | null; expiresAt: Date }, now: Date): SurveyState =>
  inv.answeredAt ? 'answered' : inv.expiresAt <= now ? 'expired' : 'open';

/** The elements put to the respondent: the fee question is skipped for a free service (scored as free). */
const elementsAsked = (feeFree: boolean): ElementId[] =>
  ELEMENT_IDS.filter((id) => !(feeFree && id === 'fee'));

export async function surveyByToken(db: Executor, token: string, now: Date) {
  const inv = await invitationByToken(db, token);
  if (!inv) throw new AppError('survey.not_found');
  return { inv, state: stateOf(inv, now), elements: elementsAsked(inv.feeFree) };
}

export interface SurveyAnswer {
  answers: Partial<Record<ElementId, number | null | undefined>>;
  profile?: {
    sex?: string | null;
    ageBand?: string | null;
    education?: string | null;
    occupation?: string | null;
  };
  suggestion?: string;
  channel: 'online' | 'device' | 'notification';
}

/** One answer on its way: its request, its link, and what was answered. */
interface Submission {
  ctx: RequestContext;
  token: string;
  answer: SurveyAnswer;
}

type Answered = { token: string; state: 'answered' };

/**
 * Answers, by group commit (shared/keyed-batcher.ts): answers arriving together are read and written together —
 * their invitations in one query, then in one transaction claimed in one UPDATE (a token claimed by an earlier
 * transaction, or twice in this batch, is refused 409), their audit entries in one INSERT, and the responses with
 * their rollups in one statement, last, since every answer of a booth's day adds to the same rollup rows: those are
 * held only for that statement and the commit. Each answer gets its own outcome (unknown link, the serving
 * officer's session, no answer, answered, expired). Bench (bench/satisfaction.submit.ts, 200 submitters): one
 * transaction per answer queued on the rollup rows at about 190 answers a second; batched, 1,300–2,000 a second on
 * the shared two-core machine under load, 4,300–5,300 when it was quiet. Four batches at once did no better.
 */
export function surveyDesk(deps: WriteDeps) {
  // Two batches at once, as booking does: the next batch gathers while one is in the database.
  const batcher = new KeyedBatcher<Submission, Answered>((_key, batch) => answerTogether(deps, batch), {
    parallel: 2,
    maxBatch: 500,
  });
  return (ctx: RequestContext, token: string, answer: SurveyAnswer): Promise<Answered> =>
    batcher.submit('surveys', { ctx, token, answer });
}

/** The batch's context: no one person acts for it (each audit entry carries its own request). */
const batchContext: RequestContext = { actor: null, clientIp: null, requestId: 'survey-batch' };

interface Checked {
  s: Submission;
  inv: InvitationRow;
  response: NewResponse;
}

/** The checks of one answer that need no lock: its link exists, not the serving officer, something answered. */
function check(s: Submission, inv: InvitationRow | undefined): Checked | AppError {
  if (!inv) return new AppError('survey.not_found');
  if (s.ctx.actor && inv.servedBy !== null && s.ctx.actor.userId === inv.servedBy)
    return new AppError('survey.own_service');
  const answers = scoresOf(s.answer.answers);
  if (Object.values(answers).every((a) => a === null))
    return new AppError('survey.no_answer', [
      {
        field: 'body.answers',
        message: { id: 'Jawab setidaknya satu pertanyaan.', en: 'Answer at least one question.' },
      },
    ]);
  // The regulation scores the fee of a free service as "Gratis" (4) when it was not asked (ikm.rules.ts).
  if (inv.feeFree) answers.fee = feeScoreForFreeService(answers.fee);
  const profile = s.answer.profile;
  return {
    s,
    inv,
    response: {
      invitationId: inv.id,
      importId: null,
      channel: s.answer.channel,
      siteId: inv.siteId,
      agencyId: inv.agencyId,
      serviceId: inv.serviceId,
      boothId: inv.boothId,
      servedOn: inv.servedOn,
      answers,
      sex: profile?.sex ?? null,
      ageBand: profile?.ageBand ?? null,
      education: profile?.education ?? null,
      occupation: profile?.occupation ?? null,
      suggestion: s.answer.suggestion?.trim() || null,
    },
  };
}

async function answerTogether(deps: WriteDeps, batch: Submission[]): Promise<Settled<Answered>[]> {
  const invitations = await invitationsByTokens(deps.db, [...new Set(batch.map((s) => s.token))]);
  const outcomes: Settled<Answered>[] = [];
  const checked: { at: number; c: Checked }[] = [];
  batch.forEach((s, at) => {
    const c = check(s, invitations.get(s.token));
    if (c instanceof AppError) outcomes[at] = { error: c };
    else checked.push({ at, c });
  });
  const first = checked[0];
  if (!first) return outcomes;
  // No event is written, so the site named here only routes the (absent) notice after commit.
  return writeChange(deps, batchContext, first.c.inv.siteId, async (w) => {
    const claimed = new Set(
      await claimInvitations(w.tx, [...new Set(checked.map(({ c }) => c.inv.id))], w.now),
    );
    const taken: Checked[] = [];
    for (const { at, c } of checked) {
      if (claimed.delete(c.inv.id)) {
        taken.push(c);
        outcomes[at] = { value: { token: c.inv.token, state: 'answered' } };
      } else outcomes[at] = { error: refusalOf(c.inv, w.now) };
    }
    if (taken.length === 0) return outcomes;
    // No answers, profile or suggestion in the audit log: only that this link was answered, and how.
    await insertAuditRows(
      taken.map((c) => ({
        ctx: c.s.ctx,
        entry: {
          action: 'survey.answer',
          entityType: 'survey_invitation',
          entityId: c.inv.id,
          siteId: c.inv.siteId,
          agencyId: c.inv.agencyId,
          after: { channel: c.s.answer.channel },
        },
      })),
    ).execute(w.tx);
    await recordResponses(
      w.tx,
      taken.map((c) => ({ ...c.response, submittedAt: w.now })),
    );
    return outcomes;
  });
}

/** Why an invitation could not be claimed: answered (before, or by another answer of this batch), or expired. */
function refusalOf(inv: InvitationRow, now: Date): AppError {
  return new AppError(inv.expiresAt <= now && !inv.answeredAt ? 'survey.expired' : 'survey.answered');
}

function scoresOf(given: SurveyAnswer['answers']): Record<ElementId, Score | null> {
  // The schema allows only 1–4 or null; anything else never reaches here.
  return Object.fromEntries(ELEMENT_IDS.map((id) => [id, (given[id] ?? null) as Score | null])) as Record<
    ElementId,
    Score | null
  >;
}

export async function visitSurveys(db: Executor, trackingCode: string, now: Date) {
  const rows = await surveysOfVisit(db, trackingCode);
  return rows.map((r) => ({
    token: r.token,
    state: stateOf(r, now),
    serviceName: r.serviceName,
    number: r.number,
  }));
}

/** How long after a finish the counter's survey device still offers that ticket's survey. */
const DEVICE_WINDOW_MS = 5 * 60_000;

/**
 * The survey a counter's device shows: the ticket that counter finished as served in the last five minutes, if its
 * survey is still open (answered on the phone meanwhile: nothing). The token is the paired device's (kind survey).
 */
export async function counterSurvey(db: Executor, deviceToken: string | undefined, now: Date) {
  if (!deviceToken) throw new AppError('floor.device_token_required');
  const device = await deviceByToken(db, deviceToken, 'survey', now);
  if (!device?.counterId) throw new AppError('floor.device_not_found');
  const counter = await counterOf(db, device.counterId);
  if (!counter) throw new AppError('floor.counter_not_found');
  const latest = await latestAtCounter(db, device.counterId, new Date(now.getTime() - DEVICE_WINDOW_MS), now);
  return { counter, survey: latest ? { token: latest.token, number: latest.number } : null };
}
