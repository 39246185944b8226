/** The survey API's shapes, from its schemas (src/modules/satisfaction/survey.schemas.ts): see ApiReply in lib/api.ts. */

import type {
  surveyAnswerBody,
  surveyAnsweredOut,
  surveyOut,
  visitSurveysOut,
} from '../../../../src/modules/satisfaction/survey.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

export type SurveyView = ApiReply<typeof surveyOut>;
export type SurveyAnswer = ApiBody<typeof surveyAnswerBody>;
export type SurveyAnswered = ApiReply<typeof surveyAnsweredOut>;
export type VisitSurveys = ApiReply<typeof visitSurveysOut>;
