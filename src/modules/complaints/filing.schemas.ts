import { z } from 'zod';

/**
 * What a citizen or a staff member sends to file a complaint, and what they get back. The filing bodies travel as
 * the JSON of the multipart field `complaint` (files beside it) or as a plain JSON body; both are parsed with these.
 */

const isoTime = z.string().describe('ISO 8601 time');

const complaintKinds = ['complaint', 'suggestion', 'information', 'appreciation'] as const;
const identities = ['named', 'confidential', 'anonymous'] as const;
const staffChannels = ['phone', 'whatsapp', 'letter', 'suggestion_box', 'lapor', 'walk_in'] as const;
const citizenChannels = ['web', 'ticket', 'request', 'kiosk'] as const;

const optionalText = (max: number) => z.string().trim().max(max).optional();
/** A field a rule of ours requires, said in both languages. */
const required = (path: string) => ({
  code: 'custom' as const,
  path: [path],
  message: 'required',
  params: { id: 'Wajib diisi.', en: 'Required.' },
});

const contact = z.object({
  name: optionalText(120),
  phone: optionalText(30),
  email: z.union([z.email().max(200), z.literal('')]).optional(),
});

/** The content every complaint has, however it arrived. */
const content = {
  kind: z.enum(complaintKinds),
  description: z.string().trim().min(10).max(4000),
  happenedOn: z.iso.date().optional(),
  asks: z.string().trim().max(2000).default(''),
  subject: z.string().trim().max(40).optional(),
  identity: z.enum(identities),
  contact: contact.optional(),
  language: z.enum(['id', 'en']).default('id'),
};

/** Where the service happened, when the citizen chose it (not derived from a ticket or a file). */
const place = {
  serviceId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  boothId: z.uuid().optional(),
};

export const publicFilingBody = z
  .object({
    ...content,
    channel: z.enum(citizenChannels),
    /** web and kiosk: the site (id or code); ticket and request: derived from the linked code. */
    site: z.string().trim().min(1).max(64).optional(),
    ...place,
    ticketCode: z.string().trim().min(8).max(24).optional(),
    fileCode: z.string().trim().min(8).max(24).optional(),
    last4: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'the last 4 digits')
      .optional(),
  })
  .superRefine((b, ctx) => {
    const need = (field: keyof typeof b, when: boolean) => {
      if (when && !b[field]) ctx.addIssue(required(field));
    };
    need('ticketCode', b.channel === 'ticket');
    need('fileCode', b.channel === 'request');
    need('last4', b.channel === 'request');
    need('site', b.channel === 'web' || b.channel === 'kiosk');
  });
export type PublicFilingBody = z.infer<typeof publicFilingBody>;

export const staffRecordBody = z
  .object({
    ...content,
    channel: z.enum(staffChannels),
    laporId: z.string().trim().max(60).optional(),
    ...place,
    ticketCode: z.string().trim().min(8).max(24).optional(),
    fileCode: z.string().trim().min(8).max(24).optional(),
    /** Linked service more than 30 days ago: the handler accepts it anyway, saying why. */
    acceptLate: z.boolean().default(false),
    note: z.string().trim().max(1000).default(''),
  })
  .superRefine((b, ctx) => {
    if (b.channel === 'lapor' && !b.laporId) ctx.addIssue(required('laporId'));
    if (b.acceptLate && !b.note) ctx.addIssue(required('note'));
  });
export type StaffRecordBody = z.infer<typeof staffRecordBody>;

export const siteParams = z.object({ site: z.string().min(1).max(64) });

export const filedOut = z.object({
  id: z.uuid(),
  code: z.string().describe('formatted XXXXX-XXXXX'),
  pin: z.string().describe('4 digits, shown once'),
  status: z.string(),
  answerDueAt: isoTime,
  attachments: z.number().int(),
});

export const trackBody = z.object({
  code: z.string().trim().min(10).max(20),
  pin: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'the 4-digit PIN'),
});

export const replyBody = trackBody.extend({
  resolved: z.boolean(),
  rating: z.number().int().min(1).max(4),
  remark: z.string().trim().max(1000).default(''),
});

export const reopenBody = trackBody.extend({ reason: z.string().trim().min(5).max(1000) });

/**
 * The citizen's view: the complaint's course, never a person's name or contact — nor the complaint's own text,
 * which may name people (an officer, the complainant); the code and a 4-digit PIN are all that guard it.
 */
export const trackedOut = z.object({
  code: z.string(),
  kind: z.enum(complaintKinds),
  channel: z.string(),
  identity: z.enum(identities),
  status: z.string(),
  site: z.string(),
  timezone: z.string(),
  agency: z.string().nullable(),
  booth: z.string().nullable(),
  service: z.string().nullable(),
  linked: z.enum(['ticket', 'request']).nullable(),
  happenedOn: z.string().nullable(),
  receivedAt: isoTime,
  stageDueAt: isoTime.nullable(),
  stageState: z.enum(['on_time', 'at_risk', 'late', 'paused', 'none']),
  answerDueAt: isoTime,
  responseDueAt: isoTime.describe('UU 25/2009: written response within 14 days'),
  decisionDueAt: isoTime.describe('UU 25/2009: decision within 60 days'),
  steps: z.array(
    z.object({ action: z.string(), status: z.string(), at: isoTime, note: z.string().nullable() }),
  ),
  answer: z.string().nullable(),
  answeredAt: isoTime.nullable(),
  reply: z
    .object({ resolved: z.boolean(), rating: z.number().int().nullable(), remark: z.string().nullable() })
    .nullable(),
  canReply: z.boolean(),
  canReopen: z.boolean(),
  closedAt: isoTime.nullable(),
});

export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
