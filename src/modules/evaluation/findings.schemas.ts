import { z } from 'zod';

/** Request and response schemas of findings and their follow-up (tindak lanjut). */

export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site code or id, e.g. SBY') });
export const idParams = z.object({ id: z.uuid() });

const SEVERITIES = ['low', 'medium', 'high'] as const;
const STATUSES = ['open', 'answered', 'returned', 'closed'] as const;
const dueDays = z.number().int().min(1).max(60).describe('working days of the site calendar, from now');

export const drawBody = z.object({
  dueDays: dueDays.optional().describe('the same for every drawn finding; default by severity (5, 10, 20)'),
});

export const observationBody = z.object({
  title: z.string().trim().min(3).max(300),
  severity: z.enum(SEVERITIES),
  evidence: z.string().trim().max(4000).default(''),
  recommendation: z.string().trim().min(3).max(4000),
  assignee: z.enum(['agency', 'site']).optional().describe("default: the assessment's agency, else the site"),
  dueDays: dueDays.optional(),
});

export const editBody = z.object({
  expectedVersion: z.number().int().min(1),
  title: z.string().trim().min(3).max(300).optional(),
  severity: z.enum(SEVERITIES).optional(),
  evidence: z.string().trim().max(4000).optional(),
  recommendation: z.string().trim().min(3).max(4000).optional(),
  assignee: z.enum(['agency', 'site']).optional(),
  dueDays: dueDays.optional(),
});
export type EditBody = z.infer<typeof editBody>;

export const answerBody = z.object({
  expectedVersion: z.number().int().min(1),
  text: z.string().trim().min(10).max(4000).describe('what was done'),
  evidence: z.string().trim().max(4000).default(''),
  doneOn: z.iso.date().describe('the day it was done (site-local); not in the future'),
});
export type AnswerBody = z.infer<typeof answerBody>;

export const verifyBody = z.object({
  expectedVersion: z.number().int().min(1),
  verdict: z.enum(['close', 'return']),
  reason: z.string().trim().max(4000).default('').describe('required when sending it back'),
});
export type VerifyBody = z.infer<typeof verifyBody>;

export const listQuery = z.object({
  agencyId: z.uuid().optional(),
  status: z.enum(STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  assessmentId: z.uuid().optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

// ——— responses ———

const iso = z.string();
const named = z.object({ id: z.string(), name: z.string() }).nullable();

const findingOut = z.object({
  id: z.string(),
  assessmentId: z.string(),
  siteId: z.string(),
  agency: named,
  booth: named,
  indicatorId: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  evidence: z.string(),
  photoIds: z.array(z.string()),
  recommendation: z.string(),
  assignee: z.enum(['agency', 'site']),
  dueAt: iso,
  status: z.enum(STATUSES),
  overdue: z.boolean(),
  version: z.number(),
  remindedAt: iso.nullable(),
  closedAt: iso.nullable(),
  createdAt: iso,
});

export const listOut = z.object({ timezone: z.string(), asOf: iso, rows: z.array(findingOut) });

export const overdueOut = z.object({
  timezone: z.string(),
  asOf: iso,
  agencies: z.array(z.object({ agency: named, overdue: z.number() })),
  rows: z.array(findingOut),
});

export const drawnOut = z.object({ created: z.number(), rows: z.array(findingOut) });
export const createdOut = findingOut;

export const detailOut = findingOut.extend({
  timezone: z.string(),
  actions: z.array(
    z.object({
      kind: z.enum(['action', 'verified', 'returned']),
      text: z.string(),
      evidence: z.string(),
      doneOn: z.string().nullable(),
      actor: z.string(),
      at: iso,
    }),
  ),
  may: z.object({ edit: z.boolean(), answer: z.boolean(), verify: z.boolean() }),
});

export const movedOut = z.object({ id: z.string(), status: z.enum(STATUSES), version: z.number() });
