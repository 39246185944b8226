import { z } from 'zod';

const priorityInput = z.enum(['none', 'elderly', 'disability', 'pregnant_child']);
const outcomeInput = z.enum(['served', 'incomplete_documents', 'referred']);

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') });
export const counterParams = z.object({ id: z.uuid() });
export const trackingParams = z.object({
  code: z.string().regex(/^[0-9a-z]{16}$/, 'a 16-character tracking code'),
});

export const issueBody = z.object({
  serviceIds: z.array(z.uuid()).min(1).max(5).describe('the services of this visit, in itinerary order'),
  priority: priorityInput.default('none'),
});

export const issuedOut = z.object({
  visitId: z.uuid(),
  trackingCode: z.string(),
  siteId: z.uuid(),
  priority: priorityInput,
  tickets: z.array(
    z.object({
      ticketId: z.uuid(),
      number: z.string(),
      serviceId: z.uuid(),
      boothId: z.uuid(),
      step: z.number().int(),
    }),
  ),
});

export const callOut = z.object({ ticketId: z.uuid(), number: z.string(), callCount: z.number().int() });
export const okOut = z.object({ ok: z.boolean() });
export const sessionOut = z.object({ sessionId: z.uuid() });
export const ticketOut = z.object({ ticketId: z.uuid(), number: z.string() });
export const finishedOut = ticketOut.extend({ outcome: z.enum([...outcomeInput.options, 'submitted']) });
export const transferredOut = ticketOut.extend({ boothId: z.uuid() });

export const pauseBody = z.object({ reason: z.string().trim().max(200).default('') });
export const callSpecificBody = z.object({ ticketId: z.uuid(), reason: z.string().trim().min(3).max(300) });
export const finishBody = z.object({ outcome: outcomeInput });
export const returnBody = z.object({ ticketId: z.uuid() });
export const transferBody = z.object({
  serviceId: z.uuid(),
  boothId: z.uuid().optional(),
  reason: z.string().trim().max(300).default(''),
});
export const pairBody = z.object({ siteId: z.uuid(), name: z.string().trim().min(1).max(80) });
/** `after`: the lastEventId of the view the screen just loaded, so nothing between load and connect is missed. */
export const afterQuery = z.object({ after: z.coerce.number().int().min(0).optional() });
export const streamQuery = afterQuery.extend({
  zone: z.string().max(60).optional(),
  booth: z.uuid().optional(),
});
export const sessionsQuery = z.object({ date: z.iso.date().optional() });

// ——— Read models: each describes the body its route answers with today (serialisation drops what is not here) ———

const isoTime = z.string().describe('ISO 8601 instant');
const clock = z.string().describe('HH:MM, site time');
const openState = z.enum(['open', 'on_break', 'not_yet_open', 'closed_for_day', 'closed_today']);
const ticketStatus = z.enum(['pending', 'waiting', 'called', 'serving', 'done', 'no_show', 'cancelled']);
const outcome = z.enum([...outcomeInput.options, 'submitted']);
const siteOut = z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() });

/** Where the site stands now: the header of every floor screen. */
const floorStateOut = z.object({
  siteId: z.uuid(),
  siteCode: z.string(),
  siteName: z.string(),
  timezone: z.string(),
  date: z.iso.date(),
  time: clock,
  state: openState,
  opens: clock.nullable(),
  closes: clock.nullable(),
  breakLabel: z.string().nullable(),
  breakEnds: clock.nullable(),
  note: z.string().nullable(),
});

export const kioskMenuOut = z.object({
  site: siteOut,
  state: openState,
  opens: clock.nullable(),
  closes: clock.nullable(),
  breakLabel: z.string().nullable(),
  breakEnds: clock.nullable(),
  issueLeadMinutes: z.number(),
  nextOpening: z
    .object({ date: z.iso.date(), weekday: z.number(), opens: clock, issueFrom: clock })
    .nullable(),
  booths: z.array(
    z.object({
      boothId: z.uuid(),
      boothName: z.string(),
      agencyName: z.string(),
      agencyShortName: z.string(),
      zone: z.string(),
      floor: z.number(),
      services: z.array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          category: z.string(),
          keywords: z.array(z.string()),
          remainingToday: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const boardOut = z.object({
  floor: floorStateOut,
  lastEventId: z.number(),
  calls: z.array(
    z.object({
      calledAt: isoTime.nullable(),
      boothId: z.uuid(),
      boothName: z.string(),
      callCount: z.number(),
      counterNumber: z.number(),
      number: z.string(),
      serviceName: z.string(),
      status: ticketStatus,
      ticketId: z.uuid(),
      zone: z.string(),
    }),
  ),
  booths: z.array(
    z.object({
      boothId: z.uuid(),
      boothName: z.string(),
      zone: z.string(),
      floor: z.number(),
      prefix: z.string(),
      nowServing: z.string().nullable(),
      waiting: z.number(),
      serving: z.number(),
    }),
  ),
});

export const liveOut = z.object({
  floor: floorStateOut,
  lastEventId: z.number(),
  booths: z.array(
    z.object({
      waiting: z.number(),
      openCounters: z.number(),
      counters: z.number(),
      waitMinutes: z.number().nullable(),
      agencyName: z.string(),
      floor: z.number(),
      id: z.uuid(),
      name: z.string(),
      queuePrefix: z.string(),
      zone: z.string(),
    }),
  ),
  services: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      boothId: z.uuid(),
      dailyQuota: z.number().nullable(),
      issuedToday: z.number(),
      remainingToday: z.number().nullable(),
      typicalMinutes: z.number(),
    }),
  ),
});

/** The tracking page: no personal data, and not the booths' ids (those only pick the stream's events). */
export const trackingOut = z.object({
  floor: floorStateOut,
  lastEventId: z.number(),
  visit: z.object({ serviceDate: z.iso.date(), priority: priorityInput, arrivedAt: isoTime }),
  steps: z.array(
    z.object({
      step: z.number(),
      number: z.string(),
      status: ticketStatus,
      outcome: outcome.nullable(),
      serviceName: z.string(),
      boothName: z.string(),
      zone: z.string(),
      floor: z.number(),
      counterNumber: z.number().nullable(),
      calledAt: isoTime.nullable(),
      finishedAt: isoTime.nullable(),
      peopleAhead: z.number().nullable(),
      noCounterOpen: z.boolean(),
      waitMinutes: z.number().nullable(),
      serviceMinutes: z.number(),
    }),
  ),
  remainingMinutes: z.number().nullable(),
});

export const countersOut = z.array(
  z.object({
    id: z.uuid(),
    number: z.number(),
    label: z.string(),
    boothId: z.uuid(),
    boothName: z.string(),
    siteCode: z.string(),
    openedBy: z.string().nullable(),
    openedByUserId: z.uuid().nullable(),
  }),
);

const consoleTicket = z.object({
  id: z.uuid(),
  number: z.string(),
  status: ticketStatus,
  priority: priorityInput,
  booked: z.boolean(),
  arrivedAt: isoTime,
  issuedAt: isoTime,
  calledAt: isoTime.nullable(),
  callCount: z.number(),
  servingStartedAt: isoTime.nullable(),
  noShowAt: isoTime.nullable(),
  serviceId: z.uuid(),
  step: z.number(),
  transferCount: z.number(),
  serviceName: z.string(),
});
export const consoleOut = z.object({
  floor: floorStateOut,
  lastEventId: z.number(),
  counter: z.object({
    id: z.uuid(),
    number: z.number(),
    label: z.string(),
    boothId: z.uuid(),
    boothName: z.string(),
  }),
  session: z
    .object({
      id: z.uuid(),
      userId: z.uuid(),
      officer: z.string(),
      startedAt: isoTime,
      onBreak: z.boolean(),
      breakReason: z.string().nullable(),
    })
    .nullable(),
  services: z.array(z.object({ code: z.string(), id: z.uuid(), name: z.string() })),
  current: consoleTicket.nullable(),
  waiting: z.array(consoleTicket.extend({ sequence: z.number() })),
  noShows: z.array(consoleTicket),
  counts: z.object({
    doneAtCounter: z.number(),
    served: z.number(),
    noShow: z.number(),
    waiting: z.number(),
    done: z.number(),
  }),
  settings: z.object({
    priorityRatio: z.number(),
    issueLeadMinutes: z.number(),
    recallsBeforeNoShow: z.number(),
    noShowReturnMinutes: z.number(),
    cutoffBeforeClosing: z.boolean(),
  }),
});

export const sessionsOut = z.object({
  site: siteOut,
  date: z.iso.date(),
  schedule: z.object({
    open: z.boolean(),
    opens: clock.nullable(),
    closes: clock.nullable(),
    note: z.string().nullable(),
  }),
  booths: z.array(
    z.object({
      boothId: z.uuid(),
      boothName: z.string(),
      status: z.enum(['on_time', 'late', 'never_opened', 'site_closed']),
      firstOpenedAt: clock.nullable(),
      minutesLate: z.number().nullable(),
    }),
  ),
  counters: z.array(
    z.object({
      startedAt: isoTime.nullable(),
      endedAt: isoTime.nullable(),
      breaks: z.array(z.object({ startedAt: isoTime, endedAt: isoTime.nullable(), reason: z.string() })),
      boothId: z.uuid(),
      boothName: z.string(),
      calls: z.number().nullable(),
      counterId: z.uuid(),
      counterNumber: z.number(),
      endReason: z.enum(['expired', 'signed_out', 'taken_over']).nullable(),
      officer: z.string().nullable(),
      sessionId: z.uuid().nullable(),
    }),
  ),
});
