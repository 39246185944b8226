/** The booking API's shapes, from its schemas (src/modules/booking/booking.schemas.ts): see lib/api.ts. */
import type {
  affectedOut,
  availabilityOut,
  bookableServicesOut,
  bookBody,
  bookedOut,
  bookingViewOut,
  codeBody,
  contactOut,
  scheduleOut,
  scheduleSetOut,
  statsOut,
} from '../../../../src/modules/booking/booking.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

export type BookableService = ApiReply<typeof bookableServicesOut>[number];
export type Availability = ApiReply<typeof availabilityOut>;
export type BookingView = ApiReply<typeof bookingViewOut>;
export type Booked = ApiReply<typeof bookedOut>;
export type Affected = ApiReply<typeof affectedOut>;
export type Contact = ApiReply<typeof contactOut>;
export type ScheduleView = ApiReply<typeof scheduleOut>;
export type ScheduleSet = ApiReply<typeof scheduleSetOut>;
export type Stats = ApiReply<typeof statsOut>;

export type BookingRequest = ApiBody<typeof bookBody>;
export type LookupRequest = ApiBody<typeof codeBody>;
