import { ComplaintMeasuresPage } from '../../features/complaint-measures/measures-page.tsx';

/** /kelola/pengaduan/statistik — the measures of complaints, for managers, agency admins, evaluators. */
export function Component() {
  return <ComplaintMeasuresPage />;
}
