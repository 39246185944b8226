import type { Tx } from '../../shared/db/database.ts';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';

/**
 * The hooks a change of a site's calendar (hours, timezone, a closure, a special period) runs inside its own
 * transaction. Modules that must react to it (booking flags the bookings the site no longer opens for) register
 * here at startup, so sites imports none of them; a hook that throws rolls the whole change back.
 */
export interface CalendarChange {
  siteId: string;
  now: Date;
  /** How to tell citizens their appointment is affected: the cipher for their contact, the channels configured. */
  notices: CalendarNotices;
}

export interface CalendarNotices {
  cipher: PersonalDataCipher;
  channels: { email: boolean; webhook: boolean };
}

export type CalendarChangeHook = (tx: Tx, change: CalendarChange) => Promise<void>;

const hooks = new Set<CalendarChangeHook>();

/** Registers a hook run in the transaction of every calendar change (registering the same hook twice is a no-op). */
export function onSiteCalendarChange(hook: CalendarChangeHook): void {
  hooks.add(hook);
}

/** Runs the registered hooks, in registration order, inside the change's transaction. */
export async function runCalendarChangeHooks(tx: Tx, change: CalendarChange): Promise<void> {
  for (const hook of hooks) await hook(tx, change);
}
