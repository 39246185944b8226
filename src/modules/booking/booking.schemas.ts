import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const siteParams = z.object({ site: z.string().min(2).max(64) });
export const siteServiceParams = siteParams.extend({ service: z.uuid() });

export const bookBody = z.object({
  serviceId: z.uuid(),
  date: z.iso.date(),
  starts: hhmm,
  nik: z.string().trim().min(1).max(40),
  name: z.string().trim().min(2).max(120),
  // Only a bound here: checkedPhone says what is wrong with a number (too short, not mobile…) in both languages.
  phone: z.string().trim().min(1).max(30),
  /** Optional: the confirmation and the reminder also go by e-mail. */
  email: z.union([z.email().max(200), z.literal('')]).optional(),
  language: z.enum(['id', 'en']).default('id'),
});

export const codeBody = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJKMNP-TV-Z]{10}$/, 'a 10-character booking code'),
  nik: z.string().trim().min(1).max(40),
});

export const rescheduleBody = codeBody.extend({ date: z.iso.date(), starts: hhmm });

export const checkInBody = z.object({
  code: codeBody.shape.code,
  priority: z.enum(['none', 'elderly', 'disability', 'pregnant_child']).default('none'),
});

export const scheduleBody = z.object({
  windowOpensAt: hhmm.default('07:00'),
  daysAhead: z.number().int().min(0).max(90).default(7),
  checkinBeforeMinutes: z.number().int().min(0).max(240).default(30),
  checkinAfterMinutes: z.number().int().min(0).max(240).default(15),
  weeklyLimitPerNik: z.number().int().min(1).max(50).default(3),
  outsideWindowPolicy: z.enum(['refuse', 'walk_in']).default('refuse'),
  weekdays: z
    .array(
      z.object({
        weekday: z.number().int().min(1).max(7),
        slotMinutes: z.number().int().min(5).max(240),
        capacityPerSlot: z.number().int().min(1).max(10000),
        onlineDailyQuota: z.number().int().min(0).max(100000),
      }),
    )
    .max(7),
});

export const statsQuery = z.object({ date: z.iso.date().optional() });

export const bookingParams = z.object({ id: z.uuid() });

/** Why staff read a citizen's contact: kept in the audit log beside who read it. */
export const contactBody = z.object({ reason: z.string().trim().min(5).max(200) });

/** Staff moving an affected booking for its citizen: the new time, and why (kept in the audit log). */
export const staffMoveBody = contactBody.extend({ date: z.iso.date(), starts: hhmm });
