import { DevicesPage } from '../../features/floor/devices.tsx';

/** /kelola/mpp/:code/perangkat — a site's paired devices. */
export function Component() {
  return <DevicesPage />;
}
