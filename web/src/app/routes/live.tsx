import { LivePage } from '../../features/floor/live.tsx';

/** /mpp/:code/antrean — the live queue (its chart library loads only here). */
export function Component() {
  return <LivePage />;
}
