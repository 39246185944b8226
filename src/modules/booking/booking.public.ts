/** What other modules may use of booking (the demo seed gives the demo services their schedules). */
export { seedBookingSchedules } from './booking.demo.ts';
