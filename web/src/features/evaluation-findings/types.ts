/** The findings API's shapes, from its schemas (src/modules/evaluation/findings.schemas.ts): see lib/api.ts. */
import type {
  answerBody,
  detailOut,
  editBody,
  listOut,
  movedOut,
  overdueOut,
  verifyBody,
} from '../../../../src/modules/evaluation/findings.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';
import type { SiteDetail } from '../../lib/types.ts';

export type FindingList = ApiReply<typeof listOut>;
export type FindingRow = FindingList['rows'][number];
export type OverdueList = ApiReply<typeof overdueOut>;
export type FindingDetail = ApiReply<typeof detailOut>;
export type AnswerRequest = ApiBody<typeof answerBody>;
export type VerifyRequest = ApiBody<typeof verifyBody>;
export type EditRequest = ApiBody<typeof editBody>;
export type Moved = ApiReply<typeof movedOut>;
export type SiteBooths = SiteDetail;
