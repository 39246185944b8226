import { z } from 'zod';
import { ELEMENT_IDS } from './elements.ts';
import { PERIOD_SPEC } from './period.rules.ts';

/** Request and response schemas of the satisfaction index (IKM) routes: the manager's page and the publication. */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });

const periodFields = {
  period: z
    .string()
    .regex(PERIOD_SPEC)
    .optional()
    .describe('2026 (year), 2026-S1 (semester), 2026-Q2 (quarter), 2026-05 (month); default: this year'),
  from: z.iso.date().optional().describe('with `to`: any range of site-local days (instead of `period`)'),
  to: z.iso.date().optional(),
};

const unitFields = {
  agency: z.uuid().optional(),
  booth: z.uuid().optional(),
  service: z.uuid().optional(),
};

export const indexQuery = z.object({ ...periodFields, ...unitFields });

export const suggestionsQuery = z.object({
  ...periodFields,
  ...unitFields,
  before: z.string().max(200).optional().describe('the `next` marker of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const publicQuery = z.object(periodFields);

const bilingual = z.object({ id: z.string(), en: z.string() });
const grade = z.enum(['A', 'B', 'C', 'D']);
const elementId = z.enum(ELEMENT_IDS);

const periodOut = z.object({
  kind: z.enum(['month', 'quarter', 'semester', 'year', 'range']),
  spec: z.string(),
  from: z.string(),
  to: z.string(),
});

const methodOut = z.object({
  version: z.string(),
  regulation: z.string(),
  /** Where the method came from: the survey period whose dates are exactly the range, or the default. */
  source: z.enum(['survey_period', 'default']),
  surveyPeriod: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  weights: z.record(z.string(), z.string()),
});

const warningOut = z.object({
  code: z.enum(['custom_weights', 'unanswered_elements', 'no_respondents']),
  elements: z.array(elementId),
});

const elementOut = z.object({
  id: elementId,
  letter: z.string(),
  name: bilingual,
  sum: z.number().int(),
  answered: z.number().int(),
  weight: z.string(),
  nrr: z.number().nullable(),
  nrrText: z.string().nullable(),
  weightedNrrText: z.string().nullable(),
});

const indexOut = z.object({
  respondents: z.number().int(),
  ikm: z.number().nullable(),
  ikmText: z.string().nullable(),
  converted: z.number().nullable(),
  convertedText: z.string().nullable(),
  grade: grade.nullable(),
  label: bilingual.nullable(),
  elements: z.array(elementOut),
  warnings: z.array(warningOut),
});

const sampleOut = z.object({
  population: z.number().int(),
  required: z.number().int(),
  responses: z.number().int(),
  sufficient: z.boolean(),
  missing: z.number().int(),
});

const unitKind = z.enum(['site', 'agency', 'booth', 'service']);
const unitOut = z.object({
  kind: unitKind,
  id: z.uuid(),
  name: z.string(),
  agencyId: z.uuid().nullable(),
});

const childOut = z.object({
  kind: unitKind,
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  respondents: z.number().int(),
  convertedText: z.string().nullable(),
  grade: grade.nullable(),
  label: bilingual.nullable(),
  sample: sampleOut,
});

const trendPointOut = z.object({
  month: z.string().describe('YYYY-MM'),
  respondents: z.number().int(),
  converted: z.number().nullable(),
  convertedText: z.string().nullable(),
  grade: grade.nullable(),
});

export const unitIndexOut = z.object({
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() }),
  unit: unitOut,
  /** Where the unit sits, top down (the site, then its agency…), for the drill-down's way back. */
  path: z.array(unitOut),
  period: periodOut,
  method: methodOut,
  index: indexOut,
  sample: sampleOut,
  weakest: z.array(z.object({ id: elementId, name: bilingual, nrr: z.number(), nrrText: z.string() })),
  trend: z.array(trendPointOut),
  children: z.array(childOut),
});

export const suggestionsOut = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      text: z.string(),
      servedOn: z.string(),
      submittedAt: z.string().describe('ISO 8601 instant'),
      channel: z.enum(['online', 'device', 'notification', 'paper']),
      agency: z.string().nullable(),
      service: z.string().nullable(),
    }),
  ),
  next: z.string().nullable(),
});

const publicUnitOut = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Null under the publication threshold: fewer than 5 responses show no index and no count. */
  respondents: z.number().int().nullable(),
  tooFew: z.boolean(),
  convertedText: z.string().nullable(),
  grade: grade.nullable(),
  label: bilingual.nullable(),
});

export const publicOut = z.object({
  site: z.object({ code: z.string(), name: z.string() }),
  period: periodOut,
  method: z.object({ version: z.string(), regulation: z.string() }),
  minimumResponses: z.number().int(),
  total: publicUnitOut,
  agencies: z.array(publicUnitOut.extend({ shortName: z.string(), services: z.array(publicUnitOut) })),
});
