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
import type { StreamEvent } from '../../../src/shared/events/catalogue.ts';
import type { FloorEventType } from '../../../src/shared/events/event-types.ts';
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

/** One Server-Sent Event of the floor, typed by the server's event catalogue (types only: no zod in the bundle). */
export type FloorEvent = StreamEvent<FloorEventType>;

/** A workflow step as the screens label it. */
export type StepLabel = ApiReply<typeof workflowOut>['steps'][number];
