import type { EvidenceSource } from './evidence.types.ts';
import { catalogueStandards } from './sources/catalogue-standards.ts';
import { complaintsOnTime } from './sources/complaints-on-time.ts';
import { floorAttendance } from './sources/floor-attendance.ts';
import { floorWaiting } from './sources/floor-waiting.ts';
import { requestsCompletion } from './sources/requests-completion.ts';
import { satisfactionIkm } from './sources/satisfaction-ikm.ts';

/**
 * The registered sources (the contract, EvidenceSource and EvaluatedUnit, is in evidence.types.ts, which the
 * sources import: no cycle between this registry and them).
 */
export type { EvaluatedUnit, EvidenceSource } from './evidence.types.ts';

export const evidenceSources: Record<string, EvidenceSource> = {
  'catalogue.standards': catalogueStandards,
  'floor.attendance': floorAttendance,
  'floor.waiting': floorWaiting,
  'requests.completion': requestsCompletion,
  'satisfaction.ikm': satisfactionIkm,
  'complaints.on_time': complaintsOnTime,
};
