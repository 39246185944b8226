import { z } from 'zod';
import { patchOf } from '../../shared/patch-schema.ts';
import { isChoosableServiceType } from './service-types.data.ts';
import { standardSchema } from './standard.schemas.ts';

export const agencyTypes = ['opd', 'vertical', 'bumn', 'bumd', 'private'] as const;

export const idParams = z.object({ id: z.uuid() });

export const agencyInput = z.object({
  /**
   * The owning site: its code is unique there. A site-bound manager creates agencies of their own site (default);
   * the national admin names it.
   */
  siteId: z.uuid().optional(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'A-Z, 0-9 and -'),
  name: z.string().trim().min(3).max(200),
  shortName: z.string().trim().min(2).max(60),
  type: z.enum(agencyTypes),
  description: z.string().trim().max(2000).default(''),
  website: z.url().max(300).nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
});
// PATCH bodies: only what is named changes (no defaults; see patchOf).
export const agencyPatch = patchOf(agencyInput.omit({ siteId: true })).extend({
  active: z.boolean().optional(),
});

/** A code of the national reference list that may be chosen (an unknown or retired one is a 400 naming the field). */
export const serviceTypeCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isChoosableServiceType, {
    params: {
      id: 'Jenis layanan nasional tidak dikenal: pilih kode dari daftar jenis layanan.',
      en: 'Unknown national service type: choose a code from the list of service types.',
    },
  });

export const serviceMetaInput = z.object({
  agencyId: z.uuid(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,59}$/, 'A-Z, 0-9 and -'),
  name: z.string().trim().min(3).max(200),
  category: z.string().trim().min(2).max(80),
  description: z.string().trim().max(2000).default(''),
  keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  averageServiceMinutes: z.number().int().min(1).max(480),
  bookable: z.boolean().default(false),
  dailyQuota: z.number().int().min(1).max(100000).nullable().default(null),
  /** The national service type (service-types.data.ts); null = not mapped yet. */
  serviceTypeCode: serviceTypeCode.nullable().default(null),
  boothIds: z.array(z.uuid()).max(50).default([]),
});

export const serviceCreateInput = serviceMetaInput.extend({
  standard: standardSchema,
  effectiveFrom: z.iso.date().optional(),
});

export const servicePatch = patchOf(serviceMetaInput.omit({ agencyId: true, code: true })).extend({
  active: z.boolean().optional(),
});

export const standardChangeInput = z.object({
  /** The version the editor started from: a stale one is refused rather than silently overwritten. */
  baseVersion: z.number().int().min(1),
  effectiveFrom: z.iso.date().optional(),
  changeNote: z.string().trim().min(3).max(1000),
  standard: standardSchema,
});

export const serviceListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  agencyId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  category: z.string().trim().max(80).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});

export const agencyListQuery = z.object({
  siteId: z.uuid().optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

// ---- responses ----

const agencyRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
});

export const agencyOut = z.object({
  id: z.uuid(),
  /** The owning site. */
  siteId: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: z.enum(agencyTypes),
  description: z.string(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  serviceCount: z.number().int(),
});

/** One agency's page: its record without the count of services (the list shows that). */
export const agencyDetailOut = agencyOut.omit({ serviceCount: true });

export const categoriesOut = z.array(z.object({ category: z.string(), count: z.number().int() }));

const completionTimeOut = z.object({ amount: z.number(), unit: z.string() });
const feeOut = z.object({ amount: z.number(), isFree: z.boolean() });

export const serviceSummaryOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  agency: agencyRef,
  bookable: z.boolean(),
  dailyQuota: z.number().nullable(),
  active: z.boolean(),
  completionTime: completionTimeOut,
  fee: feeOut,
});

export const serviceListOut = z.object({ items: z.array(serviceSummaryOut), total: z.number().int() });

export const standardVersionOut = z.object({
  version: z.number().int(),
  effectiveFrom: z.string(),
  changeNote: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  standard: standardSchema,
});

const boothRefOut = z.object({
  id: z.uuid(),
  name: z.string(),
  zone: z.string(),
  floor: z.number(),
  queuePrefix: z.string(),
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
});

/** Where an agency serves: its booths, each with the site's address (the agency's public page). */
export const agencyBoothOut = boothRefOut.extend({
  site: boothRefOut.shape.site.extend({ address: z.string() }),
});

/** An entry of the national reference list. */
export const serviceTypeOut = z.object({
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  group: z.string(),
  groupNameId: z.string(),
  groupNameEn: z.string(),
  active: z.boolean(),
});

export const serviceDetailOut = serviceSummaryOut.extend({
  /** The site owning the service (its agency's). */
  siteId: z.uuid(),
  serviceType: serviceTypeOut.nullable(),
  keywords: z.array(z.string()),
  averageServiceMinutes: z.number(),
  booths: z.array(boothRefOut),
  currentVersion: z.number().int(),
  standard: standardVersionOut,
});

/** A changed standard: the version it became. */
export const standardSetOut = z.object({ version: z.number().int() });

export const versionListOut = z.array(
  z.object({
    version: z.number().int(),
    effectiveFrom: z.string(),
    changeNote: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
  }),
);

export type AgencyInput = z.infer<typeof agencyInput>;
export type AgencyPatch = z.infer<typeof agencyPatch>;
export type ServiceCreateInput = z.infer<typeof serviceCreateInput>;
export type ServicePatch = z.infer<typeof servicePatch>;
export type StandardChangeInput = z.infer<typeof standardChangeInput>;
export type ServiceListQuery = z.infer<typeof serviceListQuery>;
