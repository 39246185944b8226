import { MonitorLivePage } from '../../features/requests/monitor-live.tsx';

/** /kelola/monitor/langsung — the live monitor. */
export function Component() {
  return <MonitorLivePage />;
}
