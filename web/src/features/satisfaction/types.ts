/** The satisfaction pages' API shapes, from the server's schemas (lib/api.ts ApiReply/ApiBody). */
import type { pairDeviceBody, pairedOut } from '../../../../src/modules/floor/devices.schemas.ts';
import type { countersOut } from '../../../../src/modules/floor/floor.schemas.ts';
import type {
  followUpOut,
  importOut,
  periodDetailOut,
  periodListOut,
} from '../../../../src/modules/satisfaction/periods.schemas.ts';
import type {
  counterSurveyOut,
  surveyAnswerBody,
  surveyAnsweredOut,
  surveyOut,
  visitSurveysOut,
} from '../../../../src/modules/satisfaction/survey.schemas.ts';
import type { siteSummaryOut } from '../../../../src/modules/sites/sites.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

// Survey periods, follow-up plan, paper import.
export type PeriodList = ApiReply<typeof periodListOut>;
export type PeriodDetail = ApiReply<typeof periodDetailOut>;
export type FollowUp = ApiReply<typeof followUpOut>;
export type ImportResult = ApiReply<typeof importOut>;

// The citizen's survey and the counter's survey device.
export type SurveyView = ApiReply<typeof surveyOut>;
export type SurveyAnswer = ApiBody<typeof surveyAnswerBody>;
export type SurveyAnswered = ApiReply<typeof surveyAnsweredOut>;
export type VisitSurveys = ApiReply<typeof visitSurveysOut>;
export type CounterSurvey = ApiReply<typeof counterSurveyOut>;
export type StaffCounters = ApiReply<typeof countersOut>;
export type PairedDevice = ApiReply<typeof pairedOut>;
export type PairDevice = ApiBody<typeof pairDeviceBody>;
export type SiteRef = ApiReply<typeof siteSummaryOut>;
