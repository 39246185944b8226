import { KioskPage } from '../../features/floor/kiosk.tsx';

/** /kiosk/:site — the self-service kiosk (full screen). */
export function Component() {
  return <KioskPage />;
}
