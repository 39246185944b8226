/** The complaints filing API's shapes, from its schemas (src/modules/complaints/filing.schemas.ts): see lib/api.ts. */

import type { serviceListOut } from '../../../../src/modules/catalogue/catalogue.schemas.ts';
import type {
  filedOut,
  publicFilingBody,
  reopenBody,
  replyBody,
  staffRecordBody,
  trackBody,
  trackedOut,
} from '../../../../src/modules/complaints/filing.schemas.ts';
import type { siteSummaryOut } from '../../../../src/modules/sites/sites.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

export type FilingBody = ApiBody<typeof publicFilingBody>;
export type RecordBody = ApiBody<typeof staffRecordBody>;
export type Filed = ApiReply<typeof filedOut>;
export type TrackComplaint = ApiBody<typeof trackBody>;
export type ReplyBody = ApiBody<typeof replyBody>;
export type ReopenBody = ApiBody<typeof reopenBody>;
export type TrackedComplaint = ApiReply<typeof trackedOut>;
export type Site = ApiReply<typeof siteSummaryOut>;
export type ServiceList = ApiReply<typeof serviceListOut>;
