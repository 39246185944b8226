/** The floor API's shapes, from its schemas (src/modules/floor/*.schemas.ts): see ApiReply in lib/api.ts. */
import type { pairedOut, thisDeviceOut } from '../../../../src/modules/floor/devices.schemas.ts';
import type {
  boardOut,
  consoleOut,
  countersOut,
  issuedOut,
  kioskMenuOut,
  liveOut,
  trackingOut,
} from '../../../../src/modules/floor/floor.schemas.ts';
import type { ApiReply } from '../../lib/api.ts';

export type BoardView = ApiReply<typeof boardOut>;
export type BoardCall = BoardView['calls'][number];
export type ConsoleView = ApiReply<typeof consoleOut>;
export type ConsoleTicket = ConsoleView['noShows'][number];
export type CounterChoice = ApiReply<typeof countersOut>[number];
export type TrackingView = ApiReply<typeof trackingOut>;
export type TrackingStep = TrackingView['steps'][number];
export type LiveView = ApiReply<typeof liveOut>;
export type KioskMenu = ApiReply<typeof kioskMenuOut>;
export type KioskBooth = KioskMenu['booths'][number];
export type KioskService = KioskBooth['services'][number];
export type IssuedVisit = ApiReply<typeof issuedOut>;
export type PairedDevice = ApiReply<typeof pairedOut>;
export type ThisDevice = ApiReply<typeof thisDeviceOut>;

/** Shared with requests' live monitor, so it lives in lib/types.ts. */
export type { FloorEvent } from '../../lib/types.ts';
