import { ServicePage } from '../../features/catalogue/catalogue.tsx';

/** /layanan/:id — one service's standard. */
export function Component() {
  return <ServicePage />;
}
