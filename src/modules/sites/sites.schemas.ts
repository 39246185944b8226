import { z } from 'zod';
import { patchOf } from '../../shared/patch-schema.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
/** A closing time may be 24:00, the end of the day (the hour rules compare times as text and minutes). */
const closingTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM');

const breakSchema = z.object({ starts: hhmm, ends: hhmm, label: z.string().trim().min(1).max(80) });
const dayHoursSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  opens: hhmm,
  closes: closingTime,
  breaks: z.array(breakSchema).max(6).default([]),
});
const weeklyHoursSchema = z.array(dayHoursSchema).max(7);

export const timezones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export const siteInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,12}$/, 'A-Z and 0-9, 2 to 12'),
  name: z.string().trim().min(3).max(200),
  province: z.string().trim().min(2).max(100),
  city: z.string().trim().min(2).max(100),
  address: z.string().trim().min(5).max(500),
  timezone: z.enum(timezones),
  phone: z.string().trim().max(40).nullable().default(null),
  email: z.email().max(200).nullable().default(null),
  weeklyHours: weeklyHoursSchema,
});
// PATCH bodies: only what is named changes (no defaults; see patchOf).
export const sitePatch = patchOf(siteInput.omit({ code: true }));

export const closureInput = z.object({ date: z.iso.date(), reason: z.string().trim().min(2).max(200) });
export const specialPeriodInput = z.object({
  name: z.string().trim().min(2).max(120),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  weeklyHours: weeklyHoursSchema,
});

export const boothInput = z.object({
  agencyId: z.uuid(),
  name: z.string().trim().min(2).max(200),
  zone: z.string().trim().max(60).default(''),
  floor: z.number().int().min(-5).max(100).default(1),
  queuePrefix: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}$/, 'one or two letters'),
});
export const boothPatch = patchOf(boothInput.omit({ agencyId: true })).extend({
  active: z.boolean().optional(),
});

export const counterInput = z.object({
  number: z.number().int().min(1).max(999),
  label: z.string().trim().max(60).default(''),
  serviceIds: z.array(z.uuid()).max(500).default([]),
});
export const counterPatch = patchOf(counterInput).extend({ active: z.boolean().optional() });

// ---- responses ----
const scheduleOut = z.object({
  date: z.string(),
  weekday: z.number(),
  open: z.boolean(),
  opens: z.string().nullable(),
  closes: z.string().nullable(),
  breaks: z.array(breakSchema),
  note: z.string().nullable(),
});

export const siteSummaryOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  province: z.string(),
  city: z.string(),
  address: z.string(),
  timezone: z.string(),
  active: z.boolean(),
});

export const siteDetailOut = siteSummaryOut.extend({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  weeklyHours: weeklyHoursSchema,
  specialPeriods: z.array(specialPeriodInput.extend({ id: z.uuid() })),
  closures: z.array(closureInput.extend({ id: z.uuid() })),
  today: scheduleOut,
  now: z.object({ time: z.string(), state: z.string(), breakLabel: z.string().nullable() }),
  booths: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      zone: z.string(),
      floor: z.number(),
      queuePrefix: z.string(),
      active: z.boolean(),
      agency: z.object({ id: z.uuid(), code: z.string(), name: z.string(), shortName: z.string() }),
      counters: z.array(
        z.object({
          id: z.uuid(),
          number: z.number(),
          label: z.string(),
          active: z.boolean(),
          serviceIds: z.array(z.uuid()),
        }),
      ),
      serviceCount: z.number(),
    }),
  ),
});
