import { TrackingPage } from '../../features/floor/tracking.tsx';

/** /lacak/:code — a citizen follows a ticket. */
export function Component() {
  return <TrackingPage />;
}
