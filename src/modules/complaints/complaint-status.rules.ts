/**
 * The complaint's status machine (SP4N-LAPOR! practice, DESIGN.md §6): who may move a complaint from which status
 * to which. Pure; every illegal move is refused with a reason the service turns into a 409.
 *
 * received ──verify──▶ verified ──dispatch──▶ dispatched ──follow_up──▶ followed_up ──answer──▶ answered
 *    │                  │  ▲                                  ▲  return_follow_up │                │
 *    │                  │  └─────────── resume ◀── postponed  └────────────────────┘    citizen reply / auto_close
 *    ├── postpone ──────┘ (received, verified, reopened)                                       ▼
 *    ├── archive ─▶ archived (not a complaint, duplicate, abusive)                  closed ──reopen (once)──▶ reopened
 *    └── forward ─▶ forwarded (not our authority: another agency, LAPOR!)
 *
 * A handler may answer a verified or reopened complaint directly (an information request, an appreciation, or
 * what the MPP itself answers) without dispatching it to an agency.
 */

export const STATUSES = [
  'received',
  'postponed',
  'verified',
  'dispatched',
  'followed_up',
  'answered',
  'reopened',
  'closed',
  'archived',
  'forwarded',
] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

export const FINAL_STATUSES: readonly ComplaintStatus[] = ['closed', 'archived', 'forwarded'];
export const isOpen = (s: ComplaintStatus) => !FINAL_STATUSES.includes(s);

/** Who acts: the site's complaint handler, the agency concerned, the citizen (code and PIN), the sweep. */
export type ActorKind = 'handler' | 'agency' | 'citizen' | 'system';

export const ACTIONS = [
  'verify',
  'postpone',
  'resume',
  'archive',
  'forward',
  'dispatch',
  'follow_up',
  'return_follow_up',
  'answer',
  'citizen_reply',
  'auto_close',
  'reopen',
] as const;
export type ComplaintAction = (typeof ACTIONS)[number];

interface Move {
  from: readonly ComplaintStatus[];
  by: readonly ActorKind[];
}

const MOVES: Record<ComplaintAction, Move> = {
  verify: { from: ['received', 'reopened'], by: ['handler'] },
  postpone: { from: ['received', 'verified', 'reopened'], by: ['handler'] },
  resume: { from: ['postponed'], by: ['handler'] },
  archive: { from: ['received', 'postponed', 'verified', 'reopened'], by: ['handler'] },
  forward: { from: ['received', 'postponed', 'verified', 'reopened'], by: ['handler'] },
  dispatch: { from: ['verified', 'reopened'], by: ['handler'] },
  follow_up: { from: ['dispatched'], by: ['agency', 'handler'] },
  return_follow_up: { from: ['followed_up'], by: ['handler'] },
  answer: { from: ['verified', 'followed_up', 'reopened'], by: ['handler'] },
  citizen_reply: { from: ['answered'], by: ['citizen'] },
  auto_close: { from: ['answered'], by: ['system'] },
  reopen: { from: ['closed'], by: ['handler', 'citizen'] },
};

/** The facts a move depends on beyond the status. */
export interface MoveContext {
  status: ComplaintStatus;
  /** The status a postponement interrupted (resume goes back there). */
  postponedFrom: ComplaintStatus | null;
  reopenCount: number;
  /** For a citizen's reply: does the answer resolve it? */
  resolved?: boolean;
}

export type MoveRefusal =
  | { code: 'complaint.illegal_move'; from: ComplaintStatus; action: ComplaintAction }
  | { code: 'complaint.not_your_move'; action: ComplaintAction; by: ActorKind }
  | { code: 'complaint.reopened_once' };

/** Reopening is possible once, with a reason. */
export const MAX_REOPENS = 1;

/**
 * Where `action` by `by` takes a complaint, or why it may not. A citizen who says the answer does not resolve it
 * reopens the complaint (once); after that, their reply closes it unresolved.
 */
export function nextStatus(
  action: ComplaintAction,
  by: ActorKind,
  c: MoveContext,
): { to: ComplaintStatus } | { refused: MoveRefusal } {
  const move = MOVES[action];
  if (!move.by.includes(by)) return { refused: { code: 'complaint.not_your_move', action, by } };
  if (!move.from.includes(c.status))
    return { refused: { code: 'complaint.illegal_move', from: c.status, action } };
  switch (action) {
    case 'verify':
      return { to: 'verified' };
    case 'postpone':
      return { to: 'postponed' };
    case 'resume':
      return { to: c.postponedFrom && c.postponedFrom !== 'postponed' ? c.postponedFrom : 'received' };
    case 'archive':
      return { to: 'archived' };
    case 'forward':
      return { to: 'forwarded' };
    case 'dispatch':
      return { to: 'dispatched' };
    case 'follow_up':
      return { to: 'followed_up' };
    case 'return_follow_up':
      return { to: 'dispatched' };
    case 'answer':
      return { to: 'answered' };
    case 'citizen_reply':
      return c.resolved === false && c.reopenCount < MAX_REOPENS ? { to: 'reopened' } : { to: 'closed' };
    case 'auto_close':
      return { to: 'closed' };
    case 'reopen':
      return c.reopenCount < MAX_REOPENS
        ? { to: 'reopened' }
        : { refused: { code: 'complaint.reopened_once' } };
  }
}

/** The actions `by` may take on a complaint in `status` now (the buttons a screen shows). */
export function movesFrom(status: ComplaintStatus, by: ActorKind, reopenCount: number): ComplaintAction[] {
  return ACTIONS.filter((a) => {
    const m = MOVES[a];
    if (!m.by.includes(by) || !m.from.includes(status)) return false;
    return !(a === 'reopen' && reopenCount >= MAX_REOPENS);
  });
}
