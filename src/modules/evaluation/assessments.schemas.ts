import { z } from 'zod';
import { instrumentDefinition } from './instrument.schema.ts';

/** Request and response schemas of assessments and inspections (the tablet screen, the self-assessment). */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });
export const idParams = z.object({ id: z.uuid() });
export const scoreParams = z.object({
  id: z.uuid(),
  indicatorId: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/),
});
export const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

const date = z.iso.date();
const instrumentRef = {
  instrumentCode: z.string().trim().min(1).max(40).optional().describe('its latest version'),
  instrumentVersionId: z.uuid().optional().describe('this version'),
};

export const openBody = z.object({
  siteId: z.uuid(),
  agencyId: z.uuid().optional(),
  boothId: z.uuid().optional().describe('a booth of the agency named'),
  ...instrumentRef,
  periodFrom: date,
  periodTo: date,
  title: z.string().trim().min(3).max(200),
  members: z
    .array(z.object({ userId: z.uuid(), lead: z.boolean().default(false) }))
    .min(1)
    .max(20)
    .describe('evaluators or national admins, exactly one lead'),
  selfOf: z.uuid().optional().describe("the agency's self-assessment this one verifies"),
});
export type OpenBody = z.infer<typeof openBody>;

export const openSelfBody = z.object({
  siteId: z.uuid(),
  agencyId: z.uuid(),
  ...instrumentRef,
  periodFrom: date,
  periodTo: date,
  title: z.string().trim().min(3).max(200),
});
export type OpenSelfBody = z.infer<typeof openSelfBody>;

export const linkSelfBody = z.object({ selfOf: z.uuid() });

export const scoreBody = z.object({
  value: z
    .union([z.string().trim().min(1).max(20), z.number().finite()])
    .describe("one of the indicator's levels"),
  note: z.string().trim().max(2000).default(''),
  overrideReason: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .describe('needed when the value differs from the prefill'),
  writeId: z.uuid().describe("the client's id of this save: a replay is taken once"),
  baseRevision: z.number().int().min(0).optional().describe('the revision the client last saw (0: none)'),
});
export type ScoreBody = z.infer<typeof scoreBody>;

export const listQuery = z.object({
  status: z.enum(['draft', 'submitted', 'closed']).optional(),
  side: z.enum(['evaluator', 'self']).optional(),
});

const band = z.object({
  code: z.string(),
  label: z.string(),
  zone: z.enum(['green', 'yellow', 'red']).optional(),
});
const prefill = z.object({
  suggested: z.string().nullable(),
  text: z.string(),
  source: z.string(),
  computedAt: z.string(),
});

export const listOut = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      side: z.enum(['evaluator', 'self']),
      status: z.enum(['draft', 'submitted', 'closed']),
      siteId: z.uuid(),
      agencyId: z.uuid().nullable(),
      boothId: z.uuid().nullable(),
      unit: z.string().describe('what is assessed, in words'),
      instrument: z.string(),
      periodFrom: z.string(),
      periodTo: z.string(),
      total: z.string().nullable(),
      band: band.nullable(),
      updatedAt: z.string(),
    }),
  ),
});

const savedBy = z.object({ userId: z.uuid().nullable(), name: z.string() });

export const saveOut = z.object({
  indicatorId: z.string(),
  value: z.string().nullable(),
  note: z.string(),
  overrideReason: z.string().nullable(),
  revision: z.number().int(),
  savedBy,
  savedAt: z.string(),
  replayed: z.boolean().describe('this write id was already saved: nothing changed'),
  overwrote: z
    .object({ value: z.string().nullable(), revision: z.number().int(), savedBy, savedAt: z.string() })
    .nullable()
    .describe('the save this one replaced without having seen it (its value is also in the audit log)'),
  total: z.string().nullable(),
  band: band.nullable(),
});

export const photoOut = z.object({
  id: z.uuid(),
  indicatorId: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  addedAt: z.string(),
  replayed: z.boolean(),
});

const aspectScore = z.object({
  id: z.string(),
  name: z.string(),
  weight: z.string(),
  answered: z.number().int(),
  of: z.number().int(),
  score: z.string().nullable(),
});

export const detailOut = z.object({
  id: z.uuid(),
  title: z.string(),
  side: z.enum(['evaluator', 'self']),
  status: z.enum(['draft', 'submitted', 'closed']),
  siteId: z.uuid(),
  agencyId: z.uuid().nullable(),
  boothId: z.uuid().nullable(),
  unit: z.string(),
  selfOf: z.uuid().nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  submittedAt: z.string().nullable(),
  instrument: z.object({
    versionId: z.uuid(),
    code: z.string(),
    name: z.string(),
    version: z.number().int(),
    definition: instrumentDefinition.describe('aspects, indicators with their levels, total and bands'),
  }),
  members: z.array(z.object({ userId: z.uuid(), name: z.string(), lead: z.boolean() })),
  scores: z.array(
    z.object({
      indicatorId: z.string(),
      value: z.string().nullable(),
      note: z.string(),
      prefill: prefill.nullable(),
      overrideReason: z.string().nullable(),
      revision: z.number().int(),
      savedBy: savedBy.nullable(),
      savedAt: z.string(),
      photos: z.array(photoOut.omit({ replayed: true })),
    }),
  ),
  computed: z.object({
    aspects: z.array(aspectScore),
    total: z.string().nullable(),
    band: band.nullable(),
    answered: z.number().int(),
    of: z.number().int(),
    formula: z.string().nullable().describe('Σ aspect weight × aspect score'),
  }),
  self: z
    .object({
      id: z.uuid(),
      status: z.enum(['draft', 'submitted', 'closed']),
      total: z.string().nullable(),
      band: band.nullable(),
      aspects: z.array(aspectScore),
      indicators: z.array(
        z.object({
          indicatorId: z.string(),
          self: z.string().nullable(),
          evaluator: z.string().nullable(),
          difference: z.string().nullable().describe('evaluator − self'),
        }),
      ),
    })
    .nullable(),
  mine: z.object({ member: z.boolean(), lead: z.boolean(), mayScore: z.boolean() }),
});
export type DetailOut = z.infer<typeof detailOut>;

export const assessorsOut = z.object({
  items: z.array(z.object({ userId: z.uuid(), name: z.string(), role: z.string() })),
});
