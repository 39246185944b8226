import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { InstrumentDefinition } from './instrument.schema.ts';
import type { Band } from './scoring.rules.ts';

/** Row types of evaluation (migrations/0023_evaluation.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export type InstrumentKind = 'evaluation' | 'compliance' | 'inspection' | 'custom';
export type AssessmentSide = 'evaluator' | 'self';
type AssessmentStatus = 'draft' | 'submitted' | 'closed';
export type FindingStatus = 'open' | 'answered' | 'returned' | 'closed';
export type Severity = 'low' | 'medium' | 'high';

/** What Atap computed for an indicator from its own data (evidence-sources.ts). */
export interface Prefill {
  /** The figure, on the indicator's scale where it maps to a level (null when it only informs). */
  suggested: string | null;
  /** What was measured, for people: "92% of 48 services (46) cover all 14 components". */
  text: string;
  /** Where it came from: the source id and the period it covers. */
  source: string;
  computedAt: string;
}

interface InstrumentsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: InstrumentKind;
  createdBy: string | null;
  createdAt: Timestamp;
}

interface InstrumentVersionsTable {
  id: Generated<string>;
  instrumentId: string;
  version: number;
  definition: Json<InstrumentDefinition>;
  note: Generated<string>;
  createdBy: string | null;
  createdAt: Timestamp;
}

interface AssessmentsTable {
  id: Generated<string>;
  instrumentVersionId: string;
  siteId: string;
  agencyId: string | null;
  boothId: string | null;
  side: Generated<AssessmentSide>;
  selfOf: string | null;
  periodFrom: DateOnly;
  periodTo: DateOnly;
  title: Generated<string>;
  status: Generated<AssessmentStatus>;
  total: string | null;
  band: Json<Band> | null;
  createdBy: string | null;
  createdAt: Timestamp;
  submittedAt: NullableTimestamp;
  updatedAt: Timestamp;
}

interface AssessmentMembersTable {
  assessmentId: string;
  userId: string;
  lead: Generated<boolean>;
}

interface AssessmentScoresTable {
  assessmentId: string;
  indicatorId: string;
  value: string | null;
  note: Generated<string>;
  prefill: Json<Prefill> | null;
  overrideReason: string | null;
  revision: Generated<number>;
  writeId: string;
  savedBy: string | null;
  savedAt: Timestamp;
}

interface AssessmentPhotosTable {
  id: Generated<string>;
  assessmentId: string;
  indicatorId: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  writeId: string;
  addedBy: string | null;
  addedAt: Timestamp;
}

interface FindingsTable {
  id: Generated<string>;
  assessmentId: string;
  siteId: string;
  agencyId: string | null;
  boothId: string | null;
  indicatorId: string | null;
  severity: Severity;
  title: string;
  evidence: Generated<string>;
  recommendation: string;
  assignee: 'agency' | 'site';
  dueAt: Timestamp;
  status: Generated<FindingStatus>;
  version: Generated<number>;
  remindedAt: NullableTimestamp;
  closedAt: NullableTimestamp;
  createdBy: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

interface FindingActionsTable {
  id: Generated<string>;
  findingId: string;
  kind: 'action' | 'verified' | 'returned';
  text: string;
  doneOn: DateOnly | null;
  evidence: Generated<string>;
  actorUserId: string | null;
  actorName: string;
  at: Timestamp;
}

interface EvaluationReportsTable {
  id: Generated<string>;
  siteId: string;
  kind: 'assessment' | 'follow_up';
  assessmentIds: string[];
  number: string;
  pdf: Buffer;
  sha256: string;
  issuedBy: string | null;
  issuedAt: Timestamp;
}

export interface EvaluationTables {
  instruments: InstrumentsTable;
  instrumentVersions: InstrumentVersionsTable;
  assessments: AssessmentsTable;
  assessmentMembers: AssessmentMembersTable;
  assessmentScores: AssessmentScoresTable;
  assessmentPhotos: AssessmentPhotosTable;
  findings: FindingsTable;
  findingActions: FindingActionsTable;
  evaluationReports: EvaluationReportsTable;
}
