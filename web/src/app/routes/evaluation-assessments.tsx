import { AssessmentListPage } from '../../features/evaluation-assess/list-page.tsx';

/** /kelola/evaluasi — assessments and inspections of a site; opening a new one. */
export function Component() {
  return <AssessmentListPage />;
}
