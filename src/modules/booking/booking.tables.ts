import type { ColumnType, Generated } from 'kysely';

/** Row types of online booking (migrations/0005_booking.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;

type BookingStatus = 'booked' | 'checked_in' | 'cancelled' | 'no_show';

interface BookingSettingsTable {
  serviceId: string;
  siteId: string;
  windowOpensAt: Generated<string>;
  daysAhead: Generated<number>;
  checkinBeforeMinutes: Generated<number>;
  checkinAfterMinutes: Generated<number>;
  weeklyLimitPerNik: Generated<number>;
  outsideWindowPolicy: Generated<'refuse' | 'walk_in'>;
  updatedAt: Generated<Timestamp>;
}

interface BookingSchedulesTable {
  serviceId: string;
  siteId: string;
  weekday: number;
  slotMinutes: number;
  capacityPerSlot: number;
  onlineDailyQuota: number;
}

interface BookingDaysTable {
  serviceId: string;
  siteId: string;
  serviceDate: DateOnly;
  onlineQuota: number;
}

interface BookingSlotsTable {
  id: Generated<string>;
  serviceId: string;
  siteId: string;
  serviceDate: DateOnly;
  starts: string;
  capacity: number;
}

interface BookingPlacesTable {
  slotId: string;
  n: number;
  bookingId: string | null;
}

interface BookingDayPlacesTable {
  serviceId: string;
  siteId: string;
  serviceDate: DateOnly;
  n: number;
  bookingId: string | null;
}

interface BookingsTable {
  id: Generated<string>;
  code: string;
  siteId: string;
  serviceId: string;
  slotId: string;
  serviceDate: DateOnly;
  starts: string;
  nikEncrypted: string;
  nikMatch: Buffer;
  phoneEncrypted: string;
  /** Only on rows written before names were encrypted, until the start-up step encrypts them (migration 0013). */
  name: string | null;
  nameEncrypted: string | null;
  status: Generated<BookingStatus>;
  idempotencyKey: string | null;
  ticketId: string | null;
  outsideHours: Generated<boolean>;
  createdAt: Generated<Timestamp>;
  cancelledAt: NullableTimestamp;
  checkedInAt: NullableTimestamp;
  emailEncrypted: string | null;
  language: Generated<'id' | 'en'>;
}

export interface BookingTables {
  bookingSettings: BookingSettingsTable;
  bookingSchedules: BookingSchedulesTable;
  bookingDays: BookingDaysTable;
  bookingSlots: BookingSlotsTable;
  bookings: BookingsTable;
  bookingPlaces: BookingPlacesTable;
  bookingDayPlaces: BookingDayPlacesTable;
}
