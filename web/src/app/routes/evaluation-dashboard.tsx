import { EvaluationDashboardPage } from '../../features/evaluation-dashboard/dashboard-page.tsx';

/** /kelola/evaluasi/dasbor — the monitoring team's dashboard: which agency do we visit next? */
export function Component() {
  return <EvaluationDashboardPage />;
}
