import { BoothsPage } from '../../features/site-admin/booths.tsx';

/** /kelola/mpp/:code/loket — a site's booths and counters. */
export function Component() {
  return <BoothsPage />;
}
