import { z } from 'zod';

/** Request and response schemas of the hub's open data (open-data.routes.ts). */

export const dayParams = z.object({
  day: z.iso.date().meta({ description: 'A day, YYYY-MM-DD', example: '2026-03-02' }),
  file: z.string().max(64).meta({
    description: 'datapackage.json, atap-layanan-harian-<day>.csv or atap-layanan-harian-<day>.json',
  }),
});

export const rangeQuery = z.object({
  from: z.iso.date().meta({ description: 'First day, YYYY-MM-DD' }),
  to: z.iso
    .date()
    .meta({ description: 'Last day, YYYY-MM-DD (at most 366 days from the first, both included)' }),
});

export const daysOut = z.object({
  days: z.array(
    z.object({
      day: z.iso.date(),
      /** Sites the hub has built the day for (their quiet or closed days included). */
      sites: z.number().int(),
      /**
       * Closed: final; its files will not change (cached for a week without asking again). An open day may still
       * gain late data (a site that was offline, survey answers given up to 30 days after the visit).
       */
      closed: z.boolean(),
    }),
  ),
  maxRangeDays: z.number().int(),
});

const bilingual = z.object({ id: z.string(), en: z.string() });

/** One column of the dataset in datapackage.json (Frictionless Table Schema, with both languages kept apart too). */
const packageField = z.object({
  name: z.string(),
  type: z.enum(['date', 'string', 'integer', 'number']),
  format: z.string().optional(),
  /** Indonesian — English, the unit said in each: what a generic Frictionless tool shows. */
  description: z.string(),
  descriptions: bilingual,
  unit: bilingual.optional(),
  /** Left empty when computed from fewer than this many people (see the package's description). */
  suppressedBelow: z.number().int().optional(),
});

/**
 * The datapackage.json (Frictionless Data Package, tabular): served as bytes (sha256 = ETag) and described here,
 * so the download page reads its fields with the server's own types.
 */
export const datapackageOut = z.object({
  profile: z.literal('tabular-data-package'),
  name: z.string(),
  title: z.string(),
  description: z.string(),
  suppression: bilingual,
  licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
  sources: z.array(z.object({ title: z.string(), path: z.string().optional() })),
  keywords: z.array(z.string()),
  resources: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      profile: z.literal('tabular-data-resource'),
      format: z.enum(['csv', 'json']),
      mediatype: z.string(),
      encoding: z.literal('utf-8'),
      dialect: z
        .object({
          delimiter: z.string(),
          lineTerminator: z.string(),
          quoteChar: z.string(),
          doubleQuote: z.boolean(),
          header: z.boolean(),
        })
        .optional(),
      bytes: z.number().int(),
      hash: z.string(),
      schema: z.object({
        fields: z.array(packageField),
        missingValues: z.array(z.string()),
        primaryKey: z.array(z.string()),
      }),
    }),
  ),
});
