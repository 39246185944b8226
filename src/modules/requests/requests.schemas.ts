import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });
export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') });
export const counterParams = z.object({ id: z.uuid() });

const documentState = z.enum(['pending', 'received', 'verified', 'missing']);

const citizenInput = z.object({
  name: z.string().trim().min(2).max(120),
  nik: z.string().trim().min(1).max(40),
  phone: z.string().trim().max(30).optional(),
  email: z.union([z.email().max(200), z.literal('')]).optional(),
  language: z.enum(['id', 'en']).default('id'),
});

const openFields = {
  citizen: citizenInput,
  documents: z
    .array(z.object({ index: z.number().int().min(0).max(49), state: documentState }))
    .max(50)
    .default([]),
};

/** Finishing the ticket at a counter with the file taken in: the service defaults to the ticket's. */
export const submitBody = z.object({ ...openFields, serviceId: z.uuid().optional() });

export const registerBody = z.object({
  ...openFields,
  serviceId: z.uuid(),
  /** For agency admins and national admins; an officer always registers at their own booth. */
  boothId: z.uuid().optional(),
});

export const moveBody = z.object({
  to: z.string().trim().min(2).max(40),
  note: z.string().trim().max(1000).default(''),
});

export const documentParams = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(49) });
export const documentBody = z.object({ state: documentState, note: z.string().trim().max(500).default('') });

export const listQuery = z.object({
  state: z.string().max(40).optional(),
  attention: z.enum(['late', 'at_risk']).optional(),
  code: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const trackBody = z.object({
  code: z.string().trim().min(8).max(20),
  last4: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'the last 4 digits'),
});

const label = z.object({ id: z.string().trim().min(1).max(80), en: z.string().trim().min(1).max(80) });
export const workflowBody = z.object({
  steps: z
    .array(z.object({ code: z.string().trim().min(2).max(40), label }))
    .min(3)
    .max(12),
});
export const serviceParams = z.object({ id: z.uuid() });

export const holidayBody = z.object({
  date: z.iso.date(),
  name: z.string().trim().min(3).max(200),
  kind: z.enum(['national', 'collective_leave']),
  provisional: z.boolean().default(false),
  source: z.string().trim().max(300).default(''),
});
export const holidaysQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const periodQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
});
export const attentionQuery = z.object({
  which: z.enum(['late', 'attention']).default('attention'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  agency: z.uuid().optional(),
  booth: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const settingsBody = z.object({ atRiskShare: z.number().min(0.3).max(0.95) });

// ——— Responses: each describes the body its route answers with today (serialisation drops what is not here) ———

const isoTime = z.string().describe('ISO 8601 instant');
const stepOut = z.object({ code: z.string(), label: z.object({ id: z.string(), en: z.string() }) });
const slaOut = z.enum(['on_time', 'at_risk', 'late', 'paused']);
const checklistItemOut = z.object({
  name: z.string(),
  mandatory: z.boolean(),
  state: documentState,
  note: z.string(),
});

export const openedOut = z.object({ id: z.uuid(), trackingCode: z.string(), dueAt: isoTime });
export const submittedOut = z.object({
  ticketId: z.uuid(),
  number: z.string(),
  request: openedOut.optional(),
});
export const requestListOut = z.array(
  z.object({
    id: z.uuid(),
    code: z.string(),
    state: z.string(),
    service: z.string(),
    booth: z.string(),
    timezone: z.string(),
    citizenName: z.string(),
    openedAt: isoTime,
    dueAt: isoTime,
    sla: z.string().describe('on_time, at_risk, late, paused, done_on_time or done_late'),
  }),
);
export const requestDetailOut = z.object({
  id: z.uuid(),
  code: z.string(),
  service: z.string(),
  booth: z.string(),
  agency: z.string(),
  timezone: z.string(),
  citizen: z.object({ name: z.string(), nik: z.string(), phone: z.string().nullable() }),
  state: z.string(),
  steps: z.array(stepOut),
  workflow: z.array(z.string()),
  next: z.array(z.string()),
  checklist: z.array(checklistItemOut),
  missing: z.array(z.string()),
  openedAt: isoTime,
  dueAt: isoTime,
  completionTime: z.object({ amount: z.number(), unit: z.string() }),
  paused: z.boolean(),
  sla: slaOut.nullable(),
  doneAt: isoTime.nullable(),
  history: z.array(
    z.object({
      fromState: z.string().nullable(),
      toState: z.string(),
      note: z.string(),
      actorName: z.string(),
      at: isoTime,
    }),
  ),
});
export const movedOut = z.object({ id: z.uuid(), state: z.string() });
export const documentSetOut = z.object({ id: z.uuid(), checklist: z.array(checklistItemOut) });
export const trackedOut = z.object({
  code: z.string(),
  service: z.string(),
  site: z.string(),
  booth: z.string(),
  timezone: z.string(),
  state: z.string(),
  steps: z.array(stepOut.extend({ reachedAt: isoTime.nullable() })),
  sideState: stepOut.nullable().optional(),
  reason: z.string().nullable().optional(),
  missing: z.array(z.string()),
  openedAt: isoTime,
  dueAt: isoTime,
  paused: z.boolean(),
  sla: slaOut.nullable(),
  readyToCollect: z.boolean(),
  doneAt: isoTime.nullable(),
});
export const workflowOut = z.object({ steps: z.array(stepOut) });
export const holidayOut = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  name: z.string(),
  kind: z.enum(['national', 'collective_leave']),
  provisional: z.boolean(),
  source: z.string(),
});
/** The share now in force. */
export const settingsOut = z.object({ atRiskShare: z.number() });

const figuresOut = z.object({
  served: z.number(),
  opened: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  rejected: z.number(),
  inProgress: z.number(),
  late: z.number(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  completedShare: z.number().nullable(),
  onTimeShare: z.number().nullable(),
});
export const monitorOut = z.object({
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() }),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  totals: figuresOut,
  agencies: z.array(
    figuresOut.extend({
      id: z.uuid(),
      name: z.string(),
      shortName: z.string(),
      booths: z.array(figuresOut.extend({ id: z.uuid(), name: z.string() })),
    }),
  ),
  trend: z.object({
    grain: z.string().describe('day or month'),
    points: z.array(
      z.object({
        period: z.iso.date(),
        served: z.number(),
        opened: z.number(),
        completed: z.number(),
        completedOnTime: z.number(),
      }),
    ),
  }),
});
export const attentionOut = z.array(
  z.object({
    id: z.uuid(),
    code: z.string(),
    state: z.string(),
    service: z.string(),
    booth: z.string(),
    boothId: z.uuid(),
    agency: z.string(),
    openedAt: isoTime,
    dueAt: isoTime,
    atRiskAt: isoTime,
    late: z.boolean(),
  }),
);
