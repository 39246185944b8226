import { declareHook } from '../../shared/hooks.ts';
import type { Write } from '../../shared/write/write.ts';

/**
 * The hooks a file's hand-over runs inside its own transaction, after the file's new state, its transition, audit
 * entry and event. Modules that must react to a file handed to the citizen (the satisfaction survey's invitation)
 * register here at startup (app.ts), so requests imports none of them; a hook that throws rolls the move back.
 */
interface RequestHandedOver {
  requestId: string;
  siteId: string;
  agencyId: string;
  boothId: string;
  serviceId: string;
  /** The contact channels the citizen gave for this file's notices (encrypted as stored), and their language. */
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  language: 'id' | 'en';
}

export type RequestHandedOverHook = (w: Write, handedOver: RequestHandedOver) => Promise<void>;

const requestHandedOver = declareHook<[w: Write, handedOver: RequestHandedOver]>();

/** Registers a hook run in the transaction of every hand-over (registering the same hook twice is a no-op). */
export const onRequestHandedOver: (hook: RequestHandedOverHook) => void = requestHandedOver.register;

/** Runs the registered hooks, in registration order, inside the hand-over's transaction. */
export const runRequestHandedOverHooks = requestHandedOver.run;
