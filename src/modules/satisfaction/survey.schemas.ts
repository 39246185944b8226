import { z } from 'zod';
import { ELEMENT_IDS, type ElementId } from './elements.ts';
import { ageBands, educationLevels, occupations, sexes } from './questionnaire.ts';

/**
 * The citizen's survey over HTTP: what a survey link shows (GET /surveys/:token) and what an answer sends
 * (POST /surveys/:token). Answers are keyed by element (elements.ts), scores 1–4 or null for "not answered"; an
 * answer outside 1–4 is refused naming its field (body.answers.<element>). The profile is the coarse bands of
 * questionnaire.ts only. Imports nothing Node-only: the web takes its types from here.
 */

const score = z.number().int().min(1).max(4).nullable().optional();

const answersShape = Object.fromEntries(ELEMENT_IDS.map((id) => [id, score])) as Record<
  ElementId,
  typeof score
>;

const ids = <T extends readonly { id: string }[]>(options: T) =>
  z.enum(options.map((o) => o.id) as [T[number]['id'], ...T[number]['id'][]]);

const surveyChannel = z.enum(['online', 'device', 'notification']);

export const surveyParams = z.object({ token: z.string().min(16).max(64) });
export const trackingCodeParams = z.object({ code: z.string().trim().min(4).max(20) });

export const surveyAnswerBody = z.object({
  answers: z.strictObject(answersShape),
  profile: z
    .object({
      sex: ids(sexes).nullable().optional(),
      ageBand: ids(ageBands).nullable().optional(),
      education: ids(educationLevels).nullable().optional(),
      occupation: ids(occupations).nullable().optional(),
    })
    .optional(),
  suggestion: z.string().trim().max(1000).optional(),
  channel: surveyChannel.default('online'),
});

const surveyState = z.enum(['open', 'answered', 'expired']);

export const surveyOut = z.object({
  token: z.string(),
  state: surveyState,
  /** The elements asked, in the regulation's order; the fee is left out for a free service (scored as free). */
  elements: z.array(z.enum(ELEMENT_IDS)),
  service: z.object({ id: z.uuid(), name: z.string() }),
  agency: z.object({ name: z.string(), shortName: z.string() }),
  booth: z.object({ name: z.string() }),
  site: z.object({ code: z.string(), name: z.string() }),
  servedOn: z.iso.date(),
  expiresAt: z.string().describe('ISO 8601 instant'),
  feeFree: z.boolean(),
});

export const surveyAnsweredOut = z.object({ token: z.string(), state: z.literal('answered') });

/** The surveys of a visit's served steps, for its tracking page (the tracking code is the bearer's secret). */
export const visitSurveysOut = z.object({
  surveys: z.array(
    z.object({ token: z.string(), state: surveyState, serviceName: z.string(), number: z.string() }),
  ),
});

/** What a counter's survey device shows: its counter, and the survey of the ticket it just served (if any). */
export const counterSurveyOut = z.object({
  counter: z.object({ number: z.number(), label: z.string(), boothName: z.string() }),
  survey: z.object({ token: z.string(), number: z.string() }).nullable(),
});
