/** The assessments API's shapes, from its schemas (src/modules/evaluation/assessments.schemas.ts): see lib/api.ts. */
import type {
  assessorsOut,
  detailOut,
  listOut,
  openBody,
  openSelfBody,
  photoOut,
  saveOut,
} from '../../../../src/modules/evaluation/assessments.schemas.ts';
import type { instrumentListOut } from '../../../../src/modules/evaluation/instruments.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';
import type { SiteDetail } from '../../lib/types.ts';

export type AssessmentList = ApiReply<typeof listOut>;
export type InstrumentList = ApiReply<typeof instrumentListOut>;
export type AssessmentDetail = ApiReply<typeof detailOut>;
type Definition = AssessmentDetail['instrument']['definition'];
export type Indicator = Definition['aspects'][number]['indicators'][number];
export type ScoreRow = AssessmentDetail['scores'][number];
export type Saved = ApiReply<typeof saveOut>;
export type SavedPhoto = ApiReply<typeof photoOut>;
export type OpenRequest = ApiBody<typeof openBody>;
export type OpenSelfRequest = ApiBody<typeof openSelfBody>;
export type Assessors = ApiReply<typeof assessorsOut>;
export type SiteBooths = SiteDetail;
