/** The complaint-handling API's shapes, from its schemas (src/modules/complaints/handling.schemas.ts): see lib/api.ts. */
import type {
  detailOut,
  fullIdentityOut,
  lateOut,
  listOut,
  moveBody,
  movedOut,
} from '../../../../src/modules/complaints/handling.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';
import type { SiteDetail } from '../../lib/types.ts';

export type ComplaintList = ApiReply<typeof listOut>;
export type ComplaintRow = ComplaintList['rows'][number];
export type LateList = ApiReply<typeof lateOut>;
export type ComplaintDetail = ApiReply<typeof detailOut>;
export type MoveRequest = ApiBody<typeof moveBody>;
export type Moved = ApiReply<typeof movedOut>;
export type FullIdentity = ApiReply<typeof fullIdentityOut>;
export type SiteBooths = SiteDetail;
