import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Row types of the floor's tables (migrations/0003_floor.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;

export type Priority = 'none' | 'elderly' | 'disability' | 'pregnant_child';
type TicketStatus = 'pending' | 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'cancelled';
/** `submitted`: the file was taken in for processing and a request opened (see requests/). */
export type Outcome = 'served' | 'incomplete_documents' | 'referred' | 'submitted';

interface VisitsTable {
  id: Generated<string>;
  siteId: string;
  serviceDate: DateOnly;
  trackingCode: string;
  priority: Priority;
  arrivedAt: Timestamp;
  kioskId: string | null;
  bookingId: string | null;
}

export interface TicketsTable {
  id: Generated<string>;
  siteId: string;
  visitId: string;
  step: number;
  issuedBoothId: string;
  sequence: number;
  number: string;
  serviceDate: DateOnly;
  boothId: string;
  serviceId: string;
  priority: Priority;
  booked: Generated<boolean>;
  arrivedAt: Timestamp;
  issuedAt: Timestamp;
  queuedAt: NullableTimestamp;
  status: TicketStatus;
  counterId: string | null;
  calledBy: string | null;
  calledAt: NullableTimestamp;
  callCount: Generated<number>;
  servingStartedAt: NullableTimestamp;
  finishedAt: NullableTimestamp;
  outcome: Outcome | null;
  noShowAt: NullableTimestamp;
  transferCount: Generated<number>;
}

interface QueueSequencesTable {
  boothId: string;
  serviceDate: DateOnly;
  lastSequence: number;
}

interface ServiceDayUsageTable {
  siteId: string;
  serviceId: string;
  serviceDate: DateOnly;
  issued: number;
}

interface CounterSessionsTable {
  id: Generated<string>;
  counterId: string;
  userId: string;
  siteId: string;
  serviceDate: DateOnly;
  startedAt: Timestamp;
  endedAt: NullableTimestamp;
  endReason: 'signed_out' | 'expired' | 'taken_over' | null;
  calls: Generated<number>;
}

interface CounterBreaksTable {
  id: Generated<string>;
  sessionId: string;
  startedAt: Timestamp;
  endedAt: NullableTimestamp;
  reason: Generated<string>;
}

/** Paired devices (kiosks, display boards…): see devices.service.ts. */
interface DevicesTable {
  id: Generated<string>;
  siteId: string;
  kind: string;
  name: string;
  tokenHash: Buffer;
  pairedBy: string | null;
  pairedAt: Timestamp;
  lastSeenAt: NullableTimestamp;
  revokedAt: NullableTimestamp;
  revokedBy: string | null;
  /** A survey device's counter (migration 0019); null for every other kind. */
  counterId: Generated<string | null>;
}

interface SiteEventSequencesTable {
  siteId: string;
  lastSeq: number;
}

interface FloorEventsTable {
  siteId: string;
  seq: number;
  type: string;
  boothId: string | null;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  createdAt: Timestamp;
}

export interface FloorTables {
  visits: VisitsTable;
  tickets: TicketsTable;
  queueSequences: QueueSequencesTable;
  serviceDayUsage: ServiceDayUsageTable;
  counterSessions: CounterSessionsTable;
  counterBreaks: CounterBreaksTable;
  devices: DevicesTable;
  siteEventSequences: SiteEventSequencesTable;
  floorEvents: FloorEventsTable;
}
