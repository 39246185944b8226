import { MonitorPage } from '../../features/requests/monitor.tsx';

/** /kelola/monitor — service-level monitor. */
export function Component() {
  return <MonitorPage />;
}
