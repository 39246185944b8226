import { AgencyPage } from '../../features/catalogue/agency.tsx';

/** /instansi/:id — one agency. */
export function Component() {
  return <AgencyPage />;
}
