import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { DocumentState, WorkflowStep } from './workflow.rules.ts';

/** How a service's completion time is counted (the rules in sites/working-time.rules.ts, which take the same values). */
export type CompletionUnit = 'minutes' | 'hours' | 'working_days';

/** Row types of request tracking (migrations/0008_requests.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface StoredChecklistItem {
  name: string;
  mandatory: boolean;
  state: DocumentState;
  note: string;
}

interface HolidaysTable {
  id: Generated<string>;
  date: DateOnly;
  name: string;
  kind: 'national' | 'collective_leave';
  provisional: Generated<boolean>;
  source: Generated<string>;
  updatedAt: Timestamp;
}

interface ServiceWorkflowsTable {
  serviceId: string;
  steps: Json<WorkflowStep[]>;
  updatedBy: string | null;
  updatedAt: Timestamp;
}

export interface RequestsTable {
  id: Generated<string>;
  siteId: string;
  agencyId: string;
  boothId: string;
  serviceId: string;
  standardVersion: number;
  ticketId: string | null;
  trackingCode: string;
  nameEncrypted: string;
  nikEncrypted: string;
  nikMatch: Buffer;
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  language: Generated<'id' | 'en'>;
  state: string;
  returnedFrom: string | null;
  checklist: Json<StoredChecklistItem[]>;
  openedAt: Timestamp;
  openedBy: string | null;
  openedOn: DateOnly;
  completionAmount: number;
  completionUnit: CompletionUnit;
  pausesWhenReturned: boolean;
  slaExtension: Generated<number>;
  pausedAt: NullableTimestamp;
  dueAt: Timestamp;
  atRiskAt: Timestamp;
  doneAt: NullableTimestamp;
  handedOverAt: NullableTimestamp;
  rejectedAt: NullableTimestamp;
  updatedAt: Timestamp;
}

interface RequestTransitionsTable {
  id: Generated<string>;
  requestId: string;
  fromState: string | null;
  toState: string;
  note: Generated<string>;
  actorUserId: string | null;
  actorName: string;
  at: Timestamp;
}

interface MonitorRollupsTable {
  boothId: string;
  grain: 'day' | 'month';
  period: DateOnly;
  siteId: string;
  agencyId: string;
  served: Generated<number>;
  opened: Generated<number>;
  completed: Generated<number>;
  completedOnTime: Generated<number>;
  rejected: Generated<number>;
  completionHistogram: Generated<number[]>;
}

export interface RequestTables {
  holidays: HolidaysTable;
  serviceWorkflows: ServiceWorkflowsTable;
  requests: RequestsTable;
  requestTransitions: RequestTransitionsTable;
  monitorRollups: MonitorRollupsTable;
}
