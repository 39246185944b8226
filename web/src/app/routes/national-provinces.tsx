import { ProvincesPage } from '../../features/national/provinces-page.tsx';

/** /nasional/provinsi — the province rollup, each leading to its sites' ranking. */
export function Component() {
  return <ProvincesPage />;
}
