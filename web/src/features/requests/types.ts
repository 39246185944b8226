/** The requests API's shapes, from its schemas (src/modules/requests/requests.schemas.ts): see lib/api.ts. */
import type {
  attentionOut,
  holidayOut,
  monitorOut,
  requestDetailOut,
  requestListOut,
  trackBody,
  trackedOut,
} from '../../../../src/modules/requests/requests.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

export type FileRow = ApiReply<typeof requestListOut>[number];
export type FileDetail = ApiReply<typeof requestDetailOut>;
export type TrackRequest = ApiBody<typeof trackBody>;
export type TrackedFile = ApiReply<typeof trackedOut>;
export type MonitorView = ApiReply<typeof monitorOut>;
export type MonitorFigures = MonitorView['totals'];
export type AttentionRow = ApiReply<typeof attentionOut>[number];
export type Holiday = ApiReply<typeof holidayOut>;
