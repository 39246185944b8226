/** Shapes of the floor API (src/modules/floor/floor.queries.ts) as the screens read them. */

interface FloorState {
  siteId: string;
  siteCode: string;
  siteName: string;
  timezone: string;
  date: string;
  time: string;
  state: 'closed_today' | 'not_yet_open' | 'open' | 'on_break' | 'closed_for_day';
  opens: string | null;
  closes: string | null;
  breakLabel: string | null;
  breakEnds: string | null;
  note: string | null;
}

export interface BoardCall {
  ticketId: string;
  number: string;
  status: string;
  calledAt: string | null;
  callCount: number;
  boothId: string;
  boothName: string;
  zone: string;
  counterNumber: number;
  serviceName: string;
}

export interface BoardView {
  floor: FloorState;
  lastEventId: number;
  calls: BoardCall[];
  booths: {
    boothId: string;
    boothName: string;
    zone: string;
    floor: number;
    prefix: string;
    waiting: number;
    serving: number;
    /** The number most recently called at the booth and still at a counter. */
    nowServing: string | null;
  }[];
}

export interface ConsoleTicket {
  id: string;
  number: string;
  status: string;
  priority: string;
  booked: boolean;
  arrivedAt: string;
  issuedAt: string;
  calledAt: string | null;
  callCount: number;
  servingStartedAt: string | null;
  noShowAt: string | null;
  serviceId: string;
  serviceName: string;
  step: number;
  transferCount: number;
}

export interface ConsoleView {
  floor: FloorState;
  lastEventId: number;
  counter: { id: string; number: number; label: string; boothId: string; boothName: string };
  session: {
    id: string;
    userId: string;
    officer: string;
    startedAt: string;
    onBreak: boolean;
    breakReason: string | null;
  } | null;
  services: { id: string; name: string; code: string }[];
  current: ConsoleTicket | null;
  waiting: ConsoleTicket[];
  noShows: ConsoleTicket[];
  counts: { doneAtCounter: number; served: number; noShow: number; waiting: number; done: number };
  settings: { recallsBeforeNoShow: number; noShowReturnMinutes: number; priorityRatio: number };
}

export interface CounterChoice {
  id: string;
  number: number;
  label: string;
  boothId: string;
  boothName: string;
  siteCode: string;
  openedBy: string | null;
  openedByUserId: string | null;
}

export interface TrackingStep {
  step: number;
  number: string;
  status: string;
  outcome: string | null;
  serviceName: string;
  boothName: string;
  zone: string;
  floor: number;
  counterNumber: number | null;
  calledAt: string | null;
  finishedAt: string | null;
  peopleAhead: number | null;
  /** Null while no counter of the booth is open: no wait is promised then. */
  waitMinutes: number | null;
  noCounterOpen: boolean;
  serviceMinutes: number;
}

export interface TrackingView {
  floor: FloorState;
  lastEventId: number;
  visit: { serviceDate: string; priority: string; arrivedAt: string };
  steps: TrackingStep[];
  remainingMinutes: number | null;
}

export interface LiveView {
  floor: FloorState;
  lastEventId: number;
  booths: {
    id: string;
    name: string;
    zone: string;
    floor: number;
    queuePrefix: string;
    agencyName: string;
    waiting: number;
    openCounters: number;
    counters: number;
    waitMinutes: number | null;
  }[];
  services: {
    id: string;
    name: string;
    boothId: string;
    dailyQuota: number | null;
    issuedToday: number;
    remainingToday: number | null;
    typicalMinutes: number;
  }[];
}

export interface KioskService {
  id: string;
  name: string;
  category: string;
  keywords: string[];
  remainingToday: number | null;
}

export interface KioskBooth {
  boothId: string;
  boothName: string;
  agencyName: string;
  agencyShortName: string;
  zone: string;
  floor: number;
  services: KioskService[];
}

export interface KioskMenu {
  site: { id: string; code: string; name: string; timezone: string };
  state: string;
  opens: string | null;
  closes: string | null;
  breakLabel: string | null;
  breakEnds: string | null;
  issueLeadMinutes: number;
  /** Outside issuing hours: when numbers can next be taken. */
  nextOpening: { date: string; weekday: number; opens: string; issueFrom: string } | null;
  booths: KioskBooth[];
}

export interface IssuedVisit {
  visitId: string;
  trackingCode: string;
  siteId: string;
  priority: 'none' | 'elderly' | 'disability' | 'pregnant_child';
  tickets: { ticketId: string; number: string; serviceId: string; boothId: string; step: number }[];
}

/** Shared with requests' live monitor, so it lives in lib/types.ts. */
export type { FloorEvent } from '../../lib/types.ts';
