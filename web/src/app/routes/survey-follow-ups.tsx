import { SurveyFollowUpsPage } from '../../features/satisfaction/follow-ups-page.tsx';

/** /kelola/survei/periode/:id — a survey period's follow-up plan. */
export function Component() {
  return <SurveyFollowUpsPage />;
}
