import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });
export const siteParams = z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') });
export const counterParams = z.object({ id: z.uuid() });

const documentState = z.enum(['pending', 'received', 'verified', 'missing']);

export const citizenInput = z.object({
  name: z.string().trim().min(2).max(120),
  nik: z.string().trim().min(1).max(40),
  phone: z.string().trim().max(30).optional(),
  email: z.union([z.email().max(200), z.literal('')]).optional(),
  language: z.enum(['id', 'en']).default('id'),
});

export const openFields = {
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
