/** The survey periods, follow-up and paper import pages' API shapes, from the server's schemas (lib/api.ts ApiReply). */
import type {
  followUpOut,
  importOut,
  periodDetailOut,
  periodListOut,
} from '../../../../src/modules/satisfaction/periods.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

export type PeriodList = ApiReply<typeof periodListOut>;
export type PeriodDetail = ApiReply<typeof periodDetailOut>;
export type FollowUp = ApiReply<typeof followUpOut>;
export type ImportResult = ApiReply<typeof importOut>;
