import { z } from 'zod';
import { SITE_LIMITS } from './complaint-deadlines.rules.ts';
import { STATUSES } from './complaint-status.rules.ts';

/** Request and response schemas of complaint handling (the handler's and the agency's screens). */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });
export const idParams = z.object({ id: z.uuid() });

const KINDS = ['complaint', 'suggestion', 'information', 'appreciation'] as const;
const CHANNELS = [
  'web',
  'ticket',
  'request',
  'kiosk',
  'phone',
  'whatsapp',
  'letter',
  'suggestion_box',
  'lapor',
  'walk_in',
] as const;
const STAGE_FILTERS = ['on_time', 'at_risk', 'late', 'paused'] as const;

export const listQuery = z.object({
  status: z.enum([...STATUSES, 'open']).optional(),
  kind: z.enum(KINDS).optional(),
  channel: z.enum(CHANNELS).optional(),
  agencyId: z.uuid().optional(),
  stage: z.enum(STAGE_FILTERS).optional(),
  from: z.iso.date().optional().describe('received on or after (site-local date)'),
  to: z.iso.date().optional().describe('received on or before (site-local date)'),
  code: z.string().trim().max(20).optional().describe('the start of the tracking code'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListQuery = z.infer<typeof listQuery>;

/** What the handler's moves carry; each action's own fields are checked by the service (a 400 names the field). */
const HANDLER_ACTIONS = [
  'verify',
  'postpone',
  'resume',
  'archive',
  'forward',
  'dispatch',
  'return_follow_up',
  'answer',
  'reopen',
] as const;
export const moveBody = z.object({
  action: z.enum(HANDLER_ACTIONS),
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().max(2000).optional().describe('the reason, where the action needs one'),
  outcome: z.enum(['not_complaint', 'duplicate', 'abusive', 'other_agency', 'lapor']).optional(),
  forwardedTo: z.string().trim().max(200).optional(),
  laporId: z.string().trim().max(60).optional(),
  agencyId: z.uuid().optional(),
  boothId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
  answer: z.string().trim().max(4000).optional().describe('the answer the citizen reads'),
});
export type MoveBody = z.infer<typeof moveBody>;

export const followUpBody = z.object({
  expectedVersion: z.number().int().min(1),
  note: z.string().trim().min(3).max(4000).describe("the agency's follow-up, for the handler to review"),
});

export const reasonBody = z.object({ reason: z.string().trim().min(5).max(500) });

export const settingsBody = z.object({
  verifyDays: z.number().int().min(SITE_LIMITS.verifyDays.min).max(SITE_LIMITS.verifyDays.max),
  followUpDays: z.number().int().min(SITE_LIMITS.followUpDays.min).max(SITE_LIMITS.followUpDays.max),
  autoCloseDays: z.number().int().min(SITE_LIMITS.autoCloseDays.min).max(SITE_LIMITS.autoCloseDays.max),
});

// ——— responses ———

const iso = z.string();
const stageState = z.enum(['on_time', 'at_risk', 'late', 'paused', 'none']);
const named = z.object({ id: z.string(), name: z.string() }).nullable();

const identityOut = z.object({
  mode: z.enum(['named', 'confidential', 'anonymous']),
  shown: z.enum(['masked', 'withheld', 'none']),
  released: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

const deadlinesOut = z.object({
  stageDueAt: iso.nullable(),
  stageAtRiskAt: iso.nullable(),
  answerDueAt: iso,
  followUpDueAt: iso.nullable(),
  responseDueAt: iso,
  decisionDueAt: iso,
});

const rowOut = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(STATUSES),
  kind: z.enum(KINDS),
  channel: z.enum(CHANNELS),
  subject: z.string(),
  agency: named,
  booth: z.string().nullable(),
  service: z.string().nullable(),
  receivedAt: iso,
  stageState,
  deadlines: deadlinesOut,
  identity: identityOut,
  version: z.number(),
});

export const listOut = z.object({
  timezone: z.string(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(rowOut),
});
export const lateOut = z.object({ timezone: z.string(), asOf: iso, rows: z.array(rowOut) });

export const detailOut = rowOut.extend({
  timezone: z.string(),
  siteId: z.string(),
  laporId: z.string().nullable(),
  description: z.string(),
  asks: z.string(),
  happenedOn: z.string().nullable(),
  ticketId: z.string().nullable(),
  requestId: z.string().nullable(),
  servedAt: iso.nullable(),
  outcome: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  answer: z.string().nullable(),
  answeredOnTime: z.boolean().nullable(),
  citizen: z.object({
    resolved: z.boolean().nullable(),
    rating: z.number().nullable(),
    remark: z.string().nullable(),
  }),
  reopenCount: z.number(),
  steps: z.array(
    z.object({
      action: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      note: z.string(),
      public: z.boolean(),
      actor: z.string(),
      at: iso,
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      contentType: z.string(),
      sizeBytes: z.number(),
      addedAt: iso,
    }),
  ),
  viewer: z.enum(['handler', 'agency', 'reader']),
  moves: z.array(z.string()),
  may: z.object({ readIdentity: z.boolean(), releaseIdentity: z.boolean() }),
});

export const movedOut = z.object({ id: z.string(), status: z.enum(STATUSES), version: z.number() });

export const fullIdentityOut = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const settingsOut = z.object({
  siteId: z.string(),
  verifyDays: z.number(),
  followUpDays: z.number(),
  autoCloseDays: z.number(),
  responseDays: z.number(),
  decisionDays: z.number(),
  limits: z.object({
    verifyDays: z.object({ min: z.number(), max: z.number() }),
    followUpDays: z.object({ min: z.number(), max: z.number() }),
    autoCloseDays: z.object({ min: z.number(), max: z.number() }),
  }),
});
