import type { ServiceStandardInput } from '../catalogue/catalogue.public.ts';

/** Shapes of the hand-written demo catalogue (see demo.*.data.ts). */

export type AgencyType = 'opd' | 'vertical' | 'bumn' | 'bumd' | 'private';

export interface DemoAgency {
  /** Stable short code, unique across the catalogue, e.g. 'DISPENDUKCAPIL'. */
  code: string;
  name: string;
  shortName: string;
  type: AgencyType;
  description: string;
  website?: string;
  phone?: string;
  /** Queue prefix letter(s) of this agency's booth at the large demo site, e.g. 'A'. Unique per site. */
  queuePrefix: string;
  zone: string;
  floor: number;
  /** Counters at its booth in the large site. */
  counters: number;
}

export interface DemoService {
  /** Unique across the catalogue, e.g. 'DUKCAPIL-KTP-EL'. */
  code: string;
  agencyCode: string;
  name: string;
  category: string;
  description: string;
  /** Extra search words: abbreviations and everyday names, e.g. ['ktp', 'e-ktp', 'kartu tanda penduduk']. */
  keywords: string[];
  averageServiceMinutes: number;
  bookable: boolean;
  /** Numbers per day, or null for no quota. */
  dailyQuota: number | null;
  standard: ServiceStandardInput;
}
