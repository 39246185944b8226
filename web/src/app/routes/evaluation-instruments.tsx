import { InstrumentListPage } from '../../features/evaluation-instruments/list-page.tsx';

/** /kelola/evaluasi/instrumen — the evaluation instruments (PEKPPP, Ombudsman, inspections, the region's own). */
export function Component() {
  return <InstrumentListPage />;
}
