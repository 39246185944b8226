import { BookingFlow } from '../../features/booking/booking-flow.tsx';

/** /pesan/:site — a citizen books a slot. */
export function Component() {
  return <BookingFlow />;
}
