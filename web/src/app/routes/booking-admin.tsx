import { BookingAdminPage } from '../../features/booking/booking-admin.tsx';

/** /kelola/pemesanan — booking settings and affected bookings. */
export function Component() {
  return <BookingAdminPage />;
}
