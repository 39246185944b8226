import type { Executor } from '../../shared/db/database.ts';
import type { Prefill } from './evaluation.tables.ts';

/**
 * What Atap can answer from its own data, for an indicator that names a source (instrument definitions'
 * `source`): one function per source, each with its own test. A source a capability has not landed for is simply
 * not registered: the indicator is scored by hand. Add one: a function of this type in its own file, registered in
 * `evidenceSources` (evidence-sources.ts).
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
