import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { SurveyMethod } from './ikm.rules.ts';

/** Row types of the satisfaction survey (migrations/0018_satisfaction.sql), merged into the DB interface in db/schema.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateOnly = ColumnType<string, string, string>;
type Answer = number | null;

/** How a response reached us: the ticket's tracking page, a survey device, a notification's link, or a paper form. */
type SurveyChannel = 'online' | 'device' | 'notification' | 'paper';
type FollowUpStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

interface SurveyInvitationsTable {
  id: Generated<string>;
  token: string;
  siteId: string;
  agencyId: string;
  boothId: string;
  serviceId: string;
  ticketId: string | null;
  requestId: string | null;
  servedBy: string | null;
  servedAt: Timestamp;
  servedOn: DateOnly;
  expiresAt: Timestamp;
  answeredAt: NullableTimestamp;
}

interface SurveyImportsTable {
  id: Generated<string>;
  siteId: string;
  fileName: string;
  rows: number;
  importedBy: string | null;
  importedAt: Generated<Date>;
}

interface SurveyResponsesTable {
  id: Generated<string>;
  invitationId: string | null;
  importId: string | null;
  channel: SurveyChannel;
  siteId: string;
  agencyId: string | null;
  serviceId: string | null;
  boothId: string | null;
  servedOn: DateOnly;
  submittedAt: Generated<Date>;
  u1: Answer;
  u2: Answer;
  u3: Answer;
  u4: Answer;
  u5: Answer;
  u6: Answer;
  u7: Answer;
  u8: Answer;
  u9: Answer;
  sex: string | null;
  ageBand: string | null;
  education: string | null;
  occupation: string | null;
  suggestion: string | null;
}

type Sum = Generated<number>;

interface SurveyRollupsTable {
  siteId: string;
  grain: 'day' | 'month';
  period: DateOnly;
  agencyId: string | null;
  serviceId: string | null;
  boothId: string | null;
  respondents: Sum;
  s1: Sum;
  n1: Sum;
  s2: Sum;
  n2: Sum;
  s3: Sum;
  n3: Sum;
  s4: Sum;
  n4: Sum;
  s5: Sum;
  n5: Sum;
  s6: Sum;
  n6: Sum;
  s7: Sum;
  n7: Sum;
  s8: Sum;
  n8: Sum;
  s9: Sum;
  n9: Sum;
}

interface SurveyPeriodsTable {
  id: Generated<string>;
  siteId: string;
  label: string;
  startsOn: DateOnly;
  endsOn: DateOnly;
  method: JSONColumnType<SurveyMethod, string, string>;
  createdBy: string | null;
  createdAt: Generated<Date>;
}

interface SurveyFollowUpsTable {
  id: Generated<string>;
  periodId: string;
  agencyId: string | null;
  serviceId: string | null;
  element: string;
  action: string;
  owner: string;
  dueOn: DateOnly;
  status: Generated<FollowUpStatus>;
  statusNote: string | null;
  createdBy: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

/** migrations/0021_survey_settings.sql: a site's custom weights for the periods it creates next. */
interface SurveySettingsTable {
  siteId: string;
  weights: JSONColumnType<Record<string, string>, string, string>;
  updatedBy: string | null;
  updatedAt: Generated<Date>;
}

export interface SatisfactionTables {
  surveyInvitations: SurveyInvitationsTable;
  surveyImports: SurveyImportsTable;
  surveyResponses: SurveyResponsesTable;
  surveyRollups: SurveyRollupsTable;
  surveyPeriods: SurveyPeriodsTable;
  surveyFollowUps: SurveyFollowUpsTable;
  surveySettings: SurveySettingsTable;
}
