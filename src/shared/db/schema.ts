import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { BookingTables } from '../../modules/booking/booking.tables.ts';
import type { ComplaintTables } from '../../modules/complaints/complaints.tables.ts';
import type { AssessTables } from '../../modules/evaluation/assessments.tables.ts';
import type { EvaluationTables } from '../../modules/evaluation/evaluation.tables.ts';
import type { FloorTables } from '../../modules/floor/floor.tables.ts';
import type { NationalTables } from '../../modules/national/national.tables.ts';
import type { NotificationTables } from '../../modules/notifications/notifications.tables.ts';
import type { RequestTables } from '../../modules/requests/requests.tables.ts';
import type { SatisfactionTables } from '../../modules/satisfaction/satisfaction.tables.ts';

/** Row types of every table, the one source of truth for Kysely (columns in camelCase via CamelCasePlugin). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

interface WeeklyHoursEntry {
  weekday: number;
  opens: string;
  closes: string;
  breaks: { starts: string; ends: string; label: string }[];
}

interface SitesTable {
  id: Generated<string>;
  code: string;
  name: string;
  province: string;
  city: string;
  address: string;
  timezone: string;
  phone: string | null;
  email: string | null;
  weeklyHours: Json<WeeklyHoursEntry[]>;
  floorSettings: Generated<Json<Record<string, unknown>>>;
  requestSettings: ColumnType<Record<string, unknown>, string | undefined, string>;
  complaintSettings: ColumnType<Record<string, unknown>, string | undefined, string>;
  active: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface SiteSpecialPeriodsTable {
  id: Generated<string>;
  siteId: string;
  name: string;
  startsOn: DateOnly;
  endsOn: DateOnly;
  weeklyHours: Json<WeeklyHoursEntry[]>;
}

interface SiteClosuresTable {
  id: Generated<string>;
  siteId: string;
  date: DateOnly;
  reason: string;
}

interface AgenciesTable {
  id: Generated<string>;
  /** The owning site (migration 0027): the code is unique per site. */
  siteId: string;
  code: string;
  name: string;
  shortName: string;
  type: string;
  description: Generated<string>;
  website: string | null;
  phone: string | null;
  active: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface BoothsTable {
  id: Generated<string>;
  siteId: string;
  agencyId: string;
  name: string;
  zone: Generated<string>;
  floor: Generated<number>;
  queuePrefix: string;
  priorityStreak: Generated<number>;
  active: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface CountersTable {
  id: Generated<string>;
  boothId: string;
  number: number;
  label: Generated<string>;
  active: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface ServicesTable {
  id: Generated<string>;
  agencyId: string;
  /** Always the agency's owning site (composite key, migration 0027): the code is unique per site. */
  siteId: string;
  code: string;
  name: string;
  category: string;
  description: Generated<string>;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  averageServiceMinutes: number;
  bookable: Generated<boolean>;
  dailyQuota: number | null;
  active: Generated<boolean>;
  currentStandardVersion: Generated<number>;
  /** The national service type (service_types.code); null = not mapped yet. */
  serviceTypeCode: ColumnType<string | null, string | null | undefined, string | null>;
  searchText: Generated<string>;
  searchCompact: Generated<string>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** The national reference list (migration 0027), upserted from catalogue/service-types.data.ts at start. */
interface ServiceTypesTable {
  code: string;
  nameId: string;
  nameEn: string;
  group: string;
  active: Generated<boolean>;
}

interface ServiceBoothsTable {
  serviceId: string;
  boothId: string;
}

interface CounterServicesTable {
  counterId: string;
  serviceId: string;
}

export interface ServiceStandardVersionsTable {
  id: Generated<string>;
  serviceId: string;
  version: number;
  effectiveFrom: DateOnly;
  changeNote: Generated<string>;
  createdBy: string | null;
  createdAt: Timestamp;
  requirements: Json<object>;
  procedure: Json<object>;
  completionTimeAmount: number;
  completionTimeUnit: string;
  completionTimePausesWhenReturned: Generated<boolean>;
  feeAmount: number;
  feeIsFree: boolean;
  feeLegalBasis: Generated<string>;
  feeNote: Generated<string>;
  product: string;
  complaintChannels: Json<object>;
  legalBasis: Json<object>;
  facilities: Json<object>;
  implementerCompetence: Json<object>;
  internalSupervision: string;
  implementerCount: number;
  serviceGuarantee: string;
  securityGuarantee: string;
  performanceEvaluation: string;
}

interface UsersTable {
  id: Generated<string>;
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  siteId: string | null;
  agencyId: string | null;
  boothId: string | null;
  active: Generated<boolean>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface SessionsTable {
  tokenHash: Buffer;
  userId: string;
  csrfToken: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  clientIp: string | null;
}

interface LoginFailuresTable {
  id: Generated<string>;
  username: string;
  clientIp: string;
  failedAt: Timestamp;
  /** The signed device cookie's id when the try presented one for this username (migration 0017). */
  device: string | null;
}

/** One row: the fingerprint of the key personal data is encrypted with (personal-data/data-key.ts). */
interface PersonalDataKeyTable {
  onlyRow: Generated<boolean>;
  fingerprint: Buffer;
  recordedAt: Generated<Timestamp>;
}

/** Wrong answers to a public check by code (auth/code-guesses.ts). */
interface CodeGuessFailuresTable {
  id: Generated<string>;
  kind: 'request' | 'booking' | 'complaint';
  code: string;
  failedAt: Timestamp;
}

interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  siteId: string | null;
  agencyId: string | null;
  before: Json<object> | null;
  after: Json<object> | null;
  clientIp: string | null;
  requestId: string | null;
}

export interface DB
  extends FloorTables,
    BookingTables,
    NotificationTables,
    RequestTables,
    SatisfactionTables,
    ComplaintTables,
    EvaluationTables,
    AssessTables,
    NationalTables {
  sites: SitesTable;
  siteSpecialPeriods: SiteSpecialPeriodsTable;
  siteClosures: SiteClosuresTable;
  agencies: AgenciesTable;
  booths: BoothsTable;
  counters: CountersTable;
  services: ServicesTable;
  serviceTypes: ServiceTypesTable;
  serviceBooths: ServiceBoothsTable;
  counterServices: CounterServicesTable;
  serviceStandardVersions: ServiceStandardVersionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginFailures: LoginFailuresTable;
  auditLog: AuditLogTable;
  personalDataKey: PersonalDataKeyTable;
  codeGuessFailures: CodeGuessFailuresTable;
}
