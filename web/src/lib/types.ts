import type { StreamEvent } from '../../../src/shared/events/catalogue.ts';
import type { FloorEventType } from '../../../src/shared/events/event-types.ts';
export interface ServiceSummary {
  id: string;
  code: string;
  name: string;
  category: string;
  agency: { id: string; name: string; shortName: string };
  completionTime: { amount: number; unit: string };
  fee: { amount: number; isFree: boolean };
}
export interface Standard {
  requirements: {
    name: string;
    description: string;
    isDocument: boolean;
    mandatory: boolean;
    condition?: string;
  }[];
  procedure: { title: string; description: string }[];
  completionTime: { amount: number; unit: string; pausesWhenReturned?: boolean };
  fee: { amount: number; isFree: boolean; legalBasis: string; note: string };
  product: string;
  complaintChannels: { kind: string; value: string }[];
  legalBasis: { title: string }[];
  facilities: string[];
  implementerCompetence: string[];
  internalSupervision: string;
  implementerCount: number;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
}
export interface ServiceDetail extends ServiceSummary {
  description: string;
  currentVersion: number;
  booths: {
    id: string;
    name: string;
    zone: string;
    floor: number;
    queuePrefix: string;
    site: { code: string; name: string };
  }[];
  standard: { version: number; effectiveFrom: string; standard: Standard };
}
export interface SiteSummary {
  id: string;
  code: string;
  name: string;
  city: string;
  province: string;
  address: string;
  timezone: string;
}
export interface SiteDetail extends SiteSummary {
  today: {
    open: boolean;
    opens: string | null;
    closes: string | null;
    breaks: { starts: string; ends: string; label: string }[];
    note: string | null;
  };
  now: { time: string; state: string; breakLabel: string | null };
  booths: {
    id: string;
    name: string;
    zone: string;
    floor: number;
    queuePrefix: string;
    agency: { id: string; name: string };
    counters: unknown[];
  }[];
}
export interface SessionUser {
  user: { displayName: string; role: string; siteId: string | null; agencyId: string | null };
  csrfToken: string;
}

/** One Server-Sent Event of the floor, typed by the server's event catalogue (types only: no zod in the bundle). */
export type FloorEvent = StreamEvent<FloorEventType>;

/** A workflow step as the screens label it. */
export interface StepLabel {
  code: string;
  label: { id: string; en: string };
}
