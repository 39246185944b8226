import { z } from 'zod';

/**
 * An instrument's definition, as data (stored whole in instrument_versions.definition): aspects with weights,
 * indicators with their scale (levels, each with what it means), the evidence each needs, where Atap can prefill
 * it from, the threshold under which it becomes a finding, and how the total is scaled and banded. The checks that
 * need arithmetic (weights summing to one, exactly) are in scoring.rules.ts (`definitionProblems`).
 */

/** A weight or a score as the author typed it: a decimal in a string ("0.24") or a number, kept exactly. */
const decimal = z.union([z.number().finite().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/)]);

const level = z.object({
  value: decimal,
  label: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(''),
});

const indicator = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a-z, 0-9, _ . -')
    .describe('stable within the instrument: scores and findings name it'),
  name: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).default(''),
  /** Relative weight inside its aspect (default 1: the aspect is the plain mean of its indicators). */
  weight: decimal.default(1),
  /** The scale, lowest first: 0–5 with what each level means, or Tidak / Sebagian / Ya. */
  levels: z.array(level).min(2).max(11),
  /** What the assessor must see or keep to give a score. */
  evidence: z.string().trim().max(1000).default(''),
  /** A prefill source Atap computes from its own data (evidence-sources.ts), when one answers this indicator. */
  source: z.string().max(64).optional(),
  /** A score under this value becomes a finding (default: under the scale's middle). */
  threshold: decimal.optional(),
});

const aspect = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a-z, 0-9, _ . -'),
  name: z.string().trim().min(1).max(300),
  /** The aspect's share of the total; the aspects' weights sum to exactly 1. */
  weight: decimal,
  indicators: z.array(indicator).min(1).max(100),
});

const band = z.object({
  /** The band holds totals at or above this (on the total's scale, after rounding to `decimals`). */
  min: decimal,
  code: z.string().trim().min(1).max(20),
  label: z.string().trim().min(1).max(120),
  /** For compliance: the Ombudsman's colour. */
  zone: z.enum(['green', 'yellow', 'red']).optional(),
});

export const instrumentDefinition = z.object({
  name: z.string().trim().min(3).max(300),
  description: z.string().trim().max(4000).default(''),
  /** Regulation or source the instrument follows, shown on the report. */
  basis: z.string().trim().max(500).default(''),
  aspects: z.array(aspect).min(1).max(20),
  total: z.object({
    /** The total's scale: PEKPPP 0–5, Ombudsman 0–100, an inspection 0–100 (% of the checklist met). */
    min: decimal,
    max: decimal,
    /** Decimals the total is rounded to (half up) before its band is looked up. */
    decimals: z.number().int().min(0).max(4),
    /** Highest first or in any order: the band is the one with the largest `min` not above the total. */
    bands: z.array(band).min(1).max(20),
  }),
});

export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;
export type DefinitionInput = z.input<typeof instrumentDefinition>;
