import { z } from 'zod';
import { SUBJECTS } from './complaint-subjects.ts';
import { CHANNELS, KINDS } from './measures.rules.ts';

/** Request and response schemas of the complaint measures: the staff's figures, the export, the public statistics. */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });

const periodFields = {
  from: z.iso.date().optional().describe('first site-local day of receipt; default: the quarter to date'),
  to: z.iso.date().optional().describe('last site-local day of receipt (with `from`)'),
};

export const measuresQuery = z.object({
  ...periodFields,
  agency: z.uuid().optional(),
  booth: z.uuid().optional(),
  service: z.uuid().optional(),
  by: z
    .enum(['agency', 'booth', 'service'])
    .optional()
    .describe('the rows of the table: default agencies for a site, services below it'),
});

export const publicQuery = z.object(periodFields);

const kinds = z.object(
  Object.fromEntries(KINDS.map((k) => [k, z.number().int()])) as Record<(typeof KINDS)[number], z.ZodNumber>,
);
const channels = z.object(
  Object.fromEntries(CHANNELS.map((c) => [c, z.number().int()])) as Record<
    (typeof CHANNELS)[number],
    z.ZodNumber
  >,
);

const answered = z.object({
  count: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  onTimeShare: z.number().nullable().describe('0…1 of the answered; null when none was answered'),
});
const timeToAnswer = z.object({
  unit: z.literal('working_days'),
  count: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
});
const openNow = z.object({
  open: z.number().int(),
  late: z.number().int(),
  atRisk: z.number().int(),
  paused: z.number().int(),
});
const periodOut = z.object({ from: z.string(), to: z.string() });
const siteOut = z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() });
const unitKind = z.enum(['site', 'agency', 'booth', 'service']);

const monthOut = z.object({
  month: z.string().describe('YYYY-MM'),
  received: z.number().int(),
  byKind: kinds,
  answered: z.number().int(),
  onTime: z.number().int(),
  onTimeShare: z.number().nullable(),
});

const partOut = z.object({
  kind: z.enum(['agency', 'booth', 'service']),
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  received: z.number().int(),
  complaints: z.number().int(),
  answered,
  timeToAnswer,
  rating: z.object({ count: z.number().int(), mean: z.number().nullable() }),
  now: openNow,
  visitors: z.number().int(),
  perThousand: z.number().nullable(),
});

export const measuresOut = z.object({
  site: siteOut,
  unit: z.object({ kind: unitKind, id: z.uuid(), name: z.string(), agencyId: z.uuid().nullable() }),
  period: periodOut,
  at: z.string().describe('the moment the "now" counts were taken (ISO)'),
  received: z.number().int(),
  byKind: kinds,
  byChannel: channels,
  answered,
  timeToAnswer,
  rating: z.object({
    count: z.number().int(),
    mean: z.number().nullable(),
    distribution: z.array(z.number().int()).length(4).describe('answers rated 1, 2, 3, 4'),
  }),
  subjects: z.array(z.object({ subject: z.enum(SUBJECTS), count: z.number().int() })),
  complaints: z
    .number()
    .int()
    .describe('complaints proper (kind complaint, not archived): the per-1,000 numerator'),
  now: openNow,
  visitors: z.number().int().describe('served visits of the unit in the period'),
  perThousand: z.number().nullable(),
  months: z.array(monthOut),
  by: z.enum(['agency', 'booth', 'service']),
  parts: z.array(partOut),
  agencies: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .describe('the agencies with a booth at the site that the reader may choose (the filter)'),
});

export const publicOut = z.object({
  site: z.object({ code: z.string(), name: z.string() }),
  period: periodOut,
  received: z.number().int(),
  byKind: kinds,
  answered: z.number().int(),
  onTime: z.number().int(),
  onTimeShare: z.number().nullable(),
  open: z.number().int(),
  months: z.array(
    z.object({
      month: z.string(),
      received: z.number().int(),
      answered: z.number().int(),
      onTime: z.number().int(),
    }),
  ),
});
