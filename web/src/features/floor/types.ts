/** The floor API's shapes, from its schemas (src/modules/floor/*.schemas.ts): see ApiReply in lib/api.ts. */

import type { checkInBody } from '../../../../src/modules/booking/booking.schemas.ts';
import type {
  devicesOut,
  pairDeviceBody,
  pairedOut,
  thisDeviceOut,
} from '../../../../src/modules/floor/devices.schemas.ts';
import type {
  boardOut,
  consoleOut,
  countersOut,
  issueBody,
  issuedOut,
  kioskMenuOut,
  liveOut,
  sessionsOut,
  trackingOut,
  transferBody,
} from '../../../../src/modules/floor/floor.schemas.ts';
import type { submitBody, submittedOut } from '../../../../src/modules/requests/requests.schemas.ts';
import type { ApiBody, ApiReply } from '../../lib/api.ts';

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
export type IssueRequest = ApiBody<typeof issueBody>;
export type IssuedVisit = ApiReply<typeof issuedOut>;
export type CheckInRequest = ApiBody<typeof checkInBody>;
export type TransferRequest = ApiBody<typeof transferBody>;
export type SubmitRequest = ApiBody<typeof submitBody>;
export type PairDevice = ApiBody<typeof pairDeviceBody>;
export type PairedDevice = ApiReply<typeof pairedOut>;
export type ThisDevice = ApiReply<typeof thisDeviceOut>;
export type DevicesView = ApiReply<typeof devicesOut>;
export type AttendanceView = ApiReply<typeof sessionsOut>;
/** POST /api/requests/from-counter/:id: the ticket finished and, in the same transaction, the file opened. */
export type Submitted = ApiReply<typeof submittedOut>;
/** The schema's `request` is optional (the counter's finish is shared); this route always opens one. */
export type OpenedFile = Submitted & { request: NonNullable<Submitted['request']> };

/** Shared with requests' live monitor, so it lives in lib/types.ts. */
export type { FloorEvent } from '../../lib/types.ts';
