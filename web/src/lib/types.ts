/**
 * Shapes several features share, from the server's schemas (see ApiReply in api.ts): never written out here.
 */
import type { loginInput, sessionOut } from '../../../src/modules/accounts/accounts.schemas.ts';
import type {
  agencyOut,
  serviceDetailOut,
  serviceListOut,
  serviceSummaryOut,
} from '../../../src/modules/catalogue/catalogue.schemas.ts';
import type { standardSchema } from '../../../src/modules/catalogue/standard.schemas.ts';
import type { workflowOut } from '../../../src/modules/requests/requests.schemas.ts';
import type { siteDetailOut, siteSummaryOut } from '../../../src/modules/sites/sites.schemas.ts';
import type { ApiBody, ApiReply } from './api.ts';

export type ServiceSummary = ApiReply<typeof serviceSummaryOut>;
export type Standard = ApiReply<typeof standardSchema>;
export type ServiceDetail = ApiReply<typeof serviceDetailOut>;
export type ServiceList = ApiReply<typeof serviceListOut>;
/** GET /api/agencies: each with its count of services. */
export type Agency = ApiReply<typeof agencyOut>;
export type SiteSummary = ApiReply<typeof siteSummaryOut>;
export type SiteDetail = ApiReply<typeof siteDetailOut>;
export type SessionUser = ApiReply<typeof sessionOut>;
export type LoginRequest = ApiBody<typeof loginInput>;

/** One Server-Sent Event of the floor (src/shared/events/outbox.ts FloorEvent). */
export interface FloorEvent {
  seq: number;
  type: string;
  boothId: string | null;
  at: string;
  payload: Record<string, unknown> & {
    number?: string;
    counterNumber?: number | null;
    boothName?: string;
    ticketId?: string;
  };
}

/** A workflow step as the screens label it. */
export type StepLabel = ApiReply<typeof workflowOut>['steps'][number];
