import { z } from 'zod';
import { instrumentDefinition } from './instrument.schema.ts';

/** Request and response schemas of instruments: the list, one version, a new instrument or version, import/export. */

const KINDS = ['evaluation', 'compliance', 'inspection', 'custom'] as const;

export const instrumentCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'A-Z, 0-9, -')
  .describe('the instrument’s code, e.g. PEKPPP, OMBUDSMAN, INSPEKSI-GERAI');

export const instrumentParams = z.object({ instrument: instrumentCode });
export const versionParams = z.object({
  instrument: instrumentCode,
  version: z.coerce.number().int().min(1).max(100_000),
});

/**
 * The definition is checked by the service (instrument.schema.ts, then scoring.rules' definitionProblems), so that
 * every problem comes back together as 422 evaluation.instrument_invalid, each naming its field.
 */
const definitionIn = z.record(z.string(), z.unknown()).describe('the definition (instrument.schema.ts)');
const note = z.string().trim().max(500).default('').describe('what changed, shown in the version history');

export const createBody = z.object({
  code: instrumentCode,
  kind: z.enum(KINDS).default('custom'),
  definition: definitionIn,
  note,
});

export const versionBody = z.object({
  /** The version the edit started from: a newer one saved meanwhile refuses this edit (409), nothing lost. */
  basedOn: z.number().int().min(1),
  definition: definitionIn,
  note,
});

const versionSummary = z.object({
  version: z.number().int(),
  note: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable().describe('username, null for the shipped ones'),
});

export const instrumentListOut = z.object({
  instruments: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(KINDS),
      aspects: z.number().int(),
      indicators: z.number().int(),
      latest: versionSummary,
    }),
  ),
});

export const instrumentOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(KINDS),
  version: versionSummary.extend({ id: z.uuid() }),
  latestVersion: z.number().int(),
  definition: instrumentDefinition,
  history: z.array(versionSummary),
});

export const importOut = z.object({
  code: z.string(),
  version: z.number().int(),
  created: z.boolean().describe('a new instrument (true) or a new version of an existing one'),
});
