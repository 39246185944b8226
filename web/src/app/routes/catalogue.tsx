import { Catalogue } from '../../features/catalogue/catalogue.tsx';

/** /layanan — the service catalogue. */
export function Component() {
  return <Catalogue />;
}
