import { z } from 'zod';
import { ELEMENT_IDS } from './elements.ts';

/**
 * Request and response schemas of survey periods, their follow-up plans, the site's weights, the report, the
 * answers' export and the paper import (periods.routes.ts). Imports nothing Node-only: staff forms check their
 * bodies with these.
 */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') });
export const idParams = z.object({ id: z.uuid() });

const day = z.iso.date();
const element = z.enum(ELEMENT_IDS);

/**
 * All nine weights, each as written ('1/9', '0.111'); they must sum to 1. A missing one and the sum are checked by
 * ikm.rules.ts (methodWithWeights: satisfaction.weights_invalid naming the element), after the scope.
 */
const weightsIn = z.partialRecord(element, z.string().trim().min(1).max(20));
const weights = z.record(element, z.string());

export const weightsBody = z.object({
  /** null: back to the regulation's 1/9 each. */
  weights: weightsIn.nullable(),
});

export const weightsOut = z.object({
  weights,
  /** The elements whose weight is not exactly 1/9 (shown as a warning). */
  customWeights: z.array(element),
});

export const periodBody = z
  .object({
    label: z.string().trim().min(1).max(120),
    startsOn: day,
    endsOn: day,
    /** Weights for this period only; without them the site's weights (or 1/9 each) are used. */
    weights: weightsIn.optional(),
  })
  .refine((p) => p.endsOn >= p.startsOn, {
    path: ['endsOn'],
    message:
      'Tanggal akhir tidak boleh sebelum tanggal mulai. / The end date cannot be before the start date.',
  });

export const periodPatch = z.object({
  label: z.string().trim().min(1).max(120).optional(),
  startsOn: day.optional(),
  endsOn: day.optional(),
});

const followUpStatus = z.enum(['planned', 'in_progress', 'done', 'dropped']);

export const periodOut = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  methodVersion: z.string(),
  weights,
  customWeights: z.array(element),
  respondents: z.number().int(),
  followUps: z.number().int(),
  /** Converted IKM, 2 decimals half-up; null while an element has no answer. */
  converted: z.string().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
});

export const periodListOut = z.object({
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  weights: weightsOut,
  periods: z.array(periodOut),
});

export const followUpBody = z.object({
  element,
  action: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(200),
  dueOn: day,
});

export const followUpPatch = z.object({
  action: z.string().trim().min(1).max(1000).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  dueOn: day.optional(),
  status: followUpStatus.optional(),
  statusNote: z.string().trim().max(1000).nullable().optional(),
});

export const followUpOut = z.object({
  id: z.uuid(),
  periodId: z.uuid(),
  element,
  action: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: followUpStatus,
  statusNote: z.string().nullable(),
});

const elementResult = z.object({
  id: element,
  sum: z.number().int(),
  answered: z.number().int(),
  weight: z.string(),
  nrr: z.string().nullable(),
  weightedNrr: z.string().nullable(),
});

/** A period with what its follow-up page shows: the elements (weakest first marked), its plan, the previous plan. */
export const periodDetailOut = z.object({
  period: periodOut,
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  elements: z.array(elementResult),
  weakest: z.array(element),
  followUps: z.array(followUpOut),
  previous: z.object({ id: z.uuid(), label: z.string(), followUps: z.array(followUpOut) }).nullable(),
});

export const exportQuery = z.object({
  agencyId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
});

export const importOut = z.object({
  importId: z.uuid(),
  rows: z.number().int(),
  /** Rows whose service code named a service (and its booth) at the site; the others count for the site only. */
  withService: z.number().int(),
});
