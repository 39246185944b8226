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

// ——— Responses: each describes the body its route answers with today (serialisation drops what is not here) ———

const siteOut = z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() });
const bookingStatus = z.enum(['booked', 'checked_in', 'cancelled', 'no_show']);
const clock = z.string().describe('HH:MM');

export const bookableServicesOut = z.array(
  z.object({
    id: z.uuid(),
    name: z.string(),
    agencyName: z.string(),
    daysAhead: z.number(),
    windowOpensAt: clock,
  }),
);
export const availabilityOut = z.object({
  site: siteOut,
  service: z.object({ id: z.uuid(), name: z.string() }),
  windowOpensAt: clock,
  daysAhead: z.number(),
  days: z.array(
    z.object({
      date: z.iso.date(),
      remaining: z.number(),
      slots: z.array(z.object({ starts: clock, remaining: z.number() })),
    }),
  ),
});
export const bookedOut = z.object({
  code: z.string(),
  serviceId: z.uuid(),
  date: z.iso.date(),
  starts: clock,
});
export const bookingViewOut = z.object({
  code: z.string(),
  status: bookingStatus,
  service: z.object({ id: z.uuid(), name: z.string() }),
  site: z
    .object({ address: z.string(), code: z.string(), name: z.string(), timezone: z.string() })
    .nullable(),
  date: z.iso.date(),
  starts: clock,
  name: z.string(),
  nik: z.string().describe('masked'),
  phone: z.string().describe('masked'),
  outsideHours: z.boolean(),
  requirements: z.array(
    z.object({ name: z.string(), mandatory: z.boolean(), condition: z.string().optional() }),
  ),
});
export const cancelledOut = z.object({ code: z.string(), status: z.literal('cancelled') });
export const rescheduledOut = z.object({ code: z.string(), date: z.iso.date(), starts: clock });
export const checkedInOut = z.object({
  visitId: z.uuid(),
  trackingCode: z.string(),
  siteId: z.uuid(),
  priority: checkInBody.shape.priority.unwrap(),
  tickets: z.array(
    z.object({
      ticketId: z.uuid(),
      number: z.string(),
      serviceId: z.uuid(),
      boothId: z.uuid(),
      step: z.number(),
    }),
  ),
  booked: z.boolean(),
});
export const scheduleOut = z.object({
  service: z.object({
    id: z.uuid(),
    bookable: z.boolean(),
    dailyQuota: z.number().nullable(),
    name: z.string(),
  }),
  site: siteOut,
  settings: z
    .object({
      checkinAfterMinutes: z.number(),
      checkinBeforeMinutes: z.number(),
      daysAhead: z.number(),
      outsideWindowPolicy: z.enum(['refuse', 'walk_in']),
      weeklyLimitPerNik: z.number(),
      windowOpensAt: clock,
    })
    .nullable(),
  weekdays: z.array(
    z.object({
      capacityPerSlot: z.number(),
      onlineDailyQuota: z.number(),
      slotMinutes: z.number(),
      weekday: z.number(),
    }),
  ),
});
export const scheduleSetOut = z.object({
  serviceId: z.uuid(),
  siteId: z.uuid(),
  flaggedBookings: z.number(),
});
export const statsOut = z.object({
  site: siteOut,
  date: z.iso.date(),
  slots: z.array(
    z.object({
      serviceId: z.uuid(),
      serviceName: z.string(),
      starts: clock,
      capacity: z.number(),
      taken: z.number(),
      checkedIn: z.number(),
      noShow: z.number(),
      flagged: z.number(),
      fillRate: z.number(),
    }),
  ),
  totals: z.object({
    capacity: z.number(),
    booked: z.number(),
    checkedIn: z.number(),
    noShow: z.number(),
    noShowRate: z.number(),
  }),
});
export const affectedOut = z.object({
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  total: z.number(),
  items: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      serviceId: z.uuid(),
      serviceName: z.string(),
      date: z.iso.date(),
      starts: clock,
      notices: z.array(
        z.object({
          channel: z.enum(['email', 'webhook']),
          status: z.enum(['pending', 'sent', 'dead']),
          sentAt: z.string().nullable(),
        }),
      ),
      name: z.string(),
      phone: z.string().describe('masked'),
      unreached: z.boolean(),
    }),
  ),
});
export const contactOut = z.object({ phone: z.string(), email: z.string().nullable() });
