import { FindingsPage } from '../../features/evaluation-findings/findings-page.tsx';

/** /kelola/evaluasi/temuan — evaluation findings and their follow-up. */
export function Component() {
  return <FindingsPage />;
}
