import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { type WriteDeps, writeChange } from '../../shared/write/write.ts';
import { deviceByToken } from '../floor/floor.public.ts';
import { ELEMENT_IDS, type ElementId, type Score } from './elements.ts';
import { feeScoreForFreeService } from './ikm.rules.ts';
import { recordResponses } from './responses.repository.ts';
import {
  claimInvitation,
  counterOf,
  type InvitationRow,
  invitationByToken,
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

export async function answerSurvey(
  deps: WriteDeps,
  ctx: RequestContext,
  token: string,
  answer: SurveyAnswer,
): Promise<{ token: string; state: 'answered' }> {
  const inv = await invitationByToken(deps.db, token);
  if (!inv) throw new AppError('survey.not_found');
  if (ctx.actor && inv.servedBy !== null && ctx.actor.userId === inv.servedBy)
    throw new AppError('survey.own_service');
  const answers = scoresOf(answer.answers);
  if (Object.values(answers).every((a) => a === null))
    throw new AppError('survey.no_answer', [
      {
        field: 'body.answers',
        message: { id: 'Jawab setidaknya satu pertanyaan.', en: 'Answer at least one question.' },
      },
    ]);
  // The regulation scores the fee of a free service as "Gratis" (4) when it was not asked (ikm.rules.ts).
  if (inv.feeFree) answers.fee = feeScoreForFreeService(answers.fee);
  const suggestion = answer.suggestion?.trim() || null;
  return writeChange(deps, ctx, inv.siteId, async (w) => {
    if (!(await claimInvitation(w.tx, inv.id, w.now))) throw refusalOf(inv, w.now);
    await recordResponses(w.tx, [
      {
        invitationId: inv.id,
        importId: null,
        channel: answer.channel,
        siteId: inv.siteId,
        agencyId: inv.agencyId,
        serviceId: inv.serviceId,
        boothId: inv.boothId,
        servedOn: inv.servedOn,
        submittedAt: w.now,
        answers,
        sex: answer.profile?.sex ?? null,
        ageBand: answer.profile?.ageBand ?? null,
        education: answer.profile?.education ?? null,
        occupation: answer.profile?.occupation ?? null,
        suggestion,
      },
    ]);
    // No answers, profile or suggestion in the audit log: only that this link was answered, and how.
    w.audit({
      action: 'survey.answer',
      entityType: 'survey_invitation',
      entityId: inv.id,
      siteId: inv.siteId,
      agencyId: inv.agencyId,
      after: { channel: answer.channel },
    });
    return { token, state: 'answered' as const };
  });
}

/** Why an open-looking invitation could not be claimed: answered meanwhile, or past its 30 days. */
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
