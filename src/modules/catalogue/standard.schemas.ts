import { z } from 'zod';

/**
 * The service standard (standar pelayanan) with the 14 components of UU 25/2009 Art. 21
 * (PermenPAN-RB 15/2014) as structured fields. Six are published to citizens (service delivery),
 * eight are internal (management). See shared/DESIGN.md §6.
 */

const text = (max = 2000) => z.string().trim().min(1).max(max);

/**
 * A requirement is mandatory (always needed), optional, or conditional: needed only in the case its
 * `condition` names ("jika dikuasakan"). A conditional one is not mandatory by itself, so it never blocks a
 * file on its own — the officer judges whether the case applies. Versions saved before conditions existed
 * have no `condition` and read as they always did.
 */
const requirementSchema = z
  .object({
    name: text(300),
    description: z.string().trim().max(1000).default(''),
    /** A document the citizen brings (e.g. KTP-el asli), as opposed to a condition. */
    isDocument: z.boolean().default(true),
    mandatory: z.boolean().default(true),
    condition: text(500).optional(),
  })
  .refine((r) => !(r.mandatory && r.condition), {
    path: ['condition'],
    message: 'A conditional requirement is not mandatory in every case',
    params: {
      id: 'Persyaratan bersyarat tidak wajib untuk semua pemohon: pilih "bersyarat" tanpa "wajib".',
      en: 'A conditional requirement is not needed by every applicant: choose "conditional", not "mandatory".',
    },
  });

const procedureStepSchema = z.object({
  title: text(300),
  description: z.string().trim().max(1000).default(''),
});

const completionUnits = ['minutes', 'hours', 'working_days'] as const;
export type CompletionUnit = (typeof completionUnits)[number];

export const complaintChannelKinds = [
  'sp4n_lapor',
  'phone',
  'whatsapp',
  'email',
  'website',
  'in_person',
  'complaint_box',
  'social_media',
] as const;

const complaintChannelSchema = z.object({
  kind: z.enum(complaintChannelKinds),
  value: text(300),
});

const legalBasisSchema = z.object({
  title: text(500),
});

export const standardSchema = z.object({
  // Service delivery components (published).
  requirements: z.array(requirementSchema).min(1).max(50),
  procedure: z.array(procedureStepSchema).min(1).max(50),
  completionTime: z.object({
    amount: z.number().int().positive().max(100000),
    unit: z.enum(completionUnits),
    /** Whether the clock stops while a file is returned for completion (absent = yes). */
    pausesWhenReturned: z.boolean().optional(),
  }),
  fee: z
    .object({
      /** Rupiah, whole. 0 together with isFree = true means no charge. */
      amount: z.number().int().min(0).max(1_000_000_000_000),
      isFree: z.boolean(),
      legalBasis: z.string().trim().max(1000).default(''),
      note: z.string().trim().max(1000).default(''),
    })
    .refine((fee) => !fee.isFree || fee.amount === 0, {
      message: 'A free service has fee amount 0',
      path: ['amount'],
    }),
  product: text(1000),
  complaintChannels: z.array(complaintChannelSchema).min(1).max(20),
  // Management components (internal).
  legalBasis: z.array(legalBasisSchema).min(1).max(50),
  facilities: z.array(text(300)).min(1).max(50),
  implementerCompetence: z.array(text(500)).min(1).max(30),
  internalSupervision: text(),
  implementerCount: z.number().int().positive().max(10000),
  serviceGuarantee: text(),
  securityGuarantee: text(),
  performanceEvaluation: text(),
});

export type ServiceStandard = z.infer<typeof standardSchema>;
export type ServiceStandardInput = z.input<typeof standardSchema>;
