import type { Executor } from '../../shared/db/database.ts';
import type { Prefill } from './evaluation.tables.ts';
import { catalogueStandards } from './sources/catalogue-standards.ts';
import { complaintsOnTime } from './sources/complaints-on-time.ts';
import { floorAttendance } from './sources/floor-attendance.ts';
import { floorWaiting } from './sources/floor-waiting.ts';
import { requestsCompletion } from './sources/requests-completion.ts';
import { satisfactionIkm } from './sources/satisfaction-ikm.ts';

/**
 * What Atap can answer from its own data, for an indicator that names a source (instrument definitions'
 * `source`): one function per source, each with its own test. A source a capability has not landed for is simply
 * not registered: the indicator is scored by hand. Add one: a function of this type in its own file, registered in
 * `evidenceSources` below.
 */
export interface EvaluatedUnit {
  siteId: string;
  agencyId: string | null;
  boothId: string | null;
  /** Site-local days, inclusive. */
  from: string;
  to: string;
}

export type EvidenceSource = (
  db: Executor,
  unit: EvaluatedUnit,
  levels: readonly { value: string | number }[],
  now: Date,
) => Promise<Omit<Prefill, 'computedAt'> | null>;

export const evidenceSources: Record<string, EvidenceSource> = {
  'catalogue.standards': catalogueStandards,
  'floor.attendance': floorAttendance,
  'floor.waiting': floorWaiting,
  'requests.completion': requestsCompletion,
  'satisfaction.ikm': satisfactionIkm,
  'complaints.on_time': complaintsOnTime,
};
