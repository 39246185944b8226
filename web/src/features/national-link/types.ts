import type { linkStateOut } from '../../../../src/modules/national/link.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

/** The installation's link to the national hub, from the server's schema. */
export type LinkState = ApiReply<typeof linkStateOut>;
export type SlotState = LinkState['slots'][number];
