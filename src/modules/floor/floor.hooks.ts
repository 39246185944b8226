import { declareHook } from '../../shared/hooks.ts';
import type { Write } from '../../shared/write/write.ts';
import type { Outcome } from './floor.tables.ts';

/**
 * The hooks a finished visit step runs inside its own transaction, after the ticket, its event, the next step of
 * the itinerary and its audit entry, as the change's last work. Modules that must react to a served ticket (the
 * monitor's rollups; next, a satisfaction survey) register here at startup, so the floor imports none of them; a
 * hook that throws rolls the finish back.
 */
interface VisitFinished {
  ticketId: string;
  siteId: string;
  visitId: string;
  boothId: string;
  serviceId: string;
  /** The site-local day the ticket was issued for. */
  serviceDate: string;
  number: string;
  outcome: Outcome;
  counterId: string;
}

export type VisitFinishedHook = (w: Write, finished: VisitFinished) => Promise<void>;

const visitFinished = declareHook<[w: Write, finished: VisitFinished]>();

/** Registers a hook run in the transaction of every finish (registering the same hook twice is a no-op). */
export const onVisitFinished: (hook: VisitFinishedHook) => void = visitFinished.register;

/** Runs the registered hooks, in registration order, inside the finish's transaction. */
export const runVisitFinishedHooks = visitFinished.run;
