import type { ColumnType, Generated } from 'kysely';
import type { ComplaintStatus } from './complaint-status.rules.ts';

/** Row types of complaints (migrations/0022_complaints.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;

export type ComplaintKind = 'complaint' | 'suggestion' | 'information' | 'appreciation';
/** Filed by the citizen (public site, a ticket's or a file's tracking page, the kiosk) or recorded by staff. */
export type ComplaintChannel =
  | 'web'
  | 'ticket'
  | 'request'
  | 'kiosk'
  | 'phone'
  | 'whatsapp'
  | 'letter'
  | 'suggestion_box'
  | 'lapor'
  | 'walk_in';
export type ComplaintIdentity = 'named' | 'confidential' | 'anonymous';

interface ComplaintsTable {
  id: Generated<string>;
  siteId: string;
  trackingCode: string;
  pinEncrypted: string;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  laporId: string | null;
  identity: ComplaintIdentity;
  identityReleased: Generated<boolean>;
  nameEncrypted: string | null;
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  language: Generated<'id' | 'en'>;
  description: string;
  happenedOn: DateOnly | null;
  asks: Generated<string>;
  subject: Generated<string>;
  agencyId: string | null;
  boothId: string | null;
  counterId: string | null;
  serviceId: string | null;
  officerId: string | null;
  ticketId: string | null;
  requestId: string | null;
  servedAt: NullableTimestamp;
  status: ComplaintStatus;
  version: Generated<number>;
  receivedAt: Timestamp;
  receivedBy: string | null;
  receivedOn: DateOnly;
  stageDueAt: NullableTimestamp;
  stageAtRiskAt: NullableTimestamp;
  responseDueAt: Timestamp;
  decisionDueAt: Timestamp;
  postponedAt: NullableTimestamp;
  postponedFrom: ComplaintStatus | null;
  answerDueAt: Timestamp;
  verifiedAt: NullableTimestamp;
  dispatchedAt: NullableTimestamp;
  followUpDueAt: NullableTimestamp;
  followedUpAt: NullableTimestamp;
  answeredAt: NullableTimestamp;
  answeredOnTime: boolean | null;
  answer: string | null;
  citizenResolved: boolean | null;
  citizenRating: number | null;
  citizenRemark: string | null;
  closedAt: NullableTimestamp;
  outcome: string | null;
  forwardedTo: string | null;
  reopenCount: Generated<number>;
  escalated: 'at_risk' | 'late' | null;
  updatedAt: Timestamp;
}

interface ComplaintStepsTable {
  id: Generated<string>;
  complaintId: string;
  action: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  note: Generated<string>;
  public: Generated<boolean>;
  actorUserId: string | null;
  actorName: string;
  at: Timestamp;
}

interface ComplaintAttachmentsTable {
  id: Generated<string>;
  complaintId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  addedBy: string | null;
  addedAt: Timestamp;
}

export interface ComplaintTables {
  complaints: ComplaintsTable;
  complaintSteps: ComplaintStepsTable;
  complaintAttachments: ComplaintAttachmentsTable;
}
