import type { ColumnType } from 'kysely';

/** Row types of migrations/0024_assess.sql, merged into the DB interface in db/schema.ts. */
interface AssessmentScoreWritesTable {
  writeId: string;
  assessmentId: string;
  indicatorId: string;
  revision: number;
  savedAt: ColumnType<Date, Date | string, Date | string>;
}

export interface AssessTables {
  assessmentScoreWrites: AssessmentScoreWritesTable;
}
