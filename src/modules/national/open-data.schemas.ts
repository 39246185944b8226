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
      /** Sites with figures that day. */
      sites: z.number().int(),
      rows: z.number().int(),
      /**
       * Closed: final; its files will not change (cached for a week without asking again). An open day may still
       * gain late data (a site that was offline, survey answers given up to 30 days after the visit).
       */
      closed: z.boolean(),
    }),
  ),
  maxRangeDays: z.number().int(),
});
