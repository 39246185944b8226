import type { z } from 'zod';
import type { linkStateOut } from './link.schemas.ts';
import type { LinkState } from './link-state.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The link state as it leaves the server: dates as ISO text. */
export function presentLinkState(state: LinkState): z.infer<typeof linkStateOut> {
  return {
    ...state,
    checkedAt: state.checkedAt.toISOString(),
    slots: state.slots.map((slot) => ({
      ...slot,
      connectedSince: iso(slot.connectedSince),
      disconnectedSince: iso(slot.disconnectedSince),
      lastContactAt: iso(slot.lastContactAt),
    })),
  };
}
