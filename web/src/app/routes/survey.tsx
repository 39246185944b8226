import { SurveyPage } from '../../features/satisfaction/survey-page.tsx';

/** /survei/:token — the satisfaction survey of one service. */
export function Component() {
  return <SurveyPage />;
}
