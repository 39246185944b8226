import { ServiceTypePage } from '../../features/national/service-type-page.tsx';

/** /nasional/layanan(/:type) — a national service type compared across the MPPs that offer it. */
export function Component() {
  return <ServiceTypePage />;
}
