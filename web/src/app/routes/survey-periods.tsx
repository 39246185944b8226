import { SurveyPeriodsPage } from '../../features/satisfaction/periods-page.tsx';

/** /kelola/mpp/:code/survei — a site's survey periods. */
export function Component() {
  return <SurveyPeriodsPage />;
}
