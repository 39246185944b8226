import { BookingCheck } from '../../features/booking/booking-check.tsx';

/** /pesan/cek — a citizen checks, moves or cancels a booking. */
export function Component() {
  return <BookingCheck />;
}
