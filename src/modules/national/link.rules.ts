/**
 * How the site's manager should read one hub's replication slot: the verdict shown on the link page and by
 * `atap site link`. Pure, from the figures link-state.ts reads from PostgreSQL.
 */

export type WalStatus = 'reserved' | 'extended' | 'unreserved' | 'lost';

export interface SlotFigures {
  /** A walsender streams this slot to the hub right now. */
  active: boolean;
  walStatus: WalStatus | null;
  /** Bytes the site may still write before the slot is lost (null: no bound, or lost). */
  safeWalBytes: number | null;
  /** WAL the slot keeps on the site's disk. */
  retainedBytes: number | null;
}

/**
 * - connected: the hub receives the site's changes now;
 * - disconnected: the hub is away; the site keeps its changes for it (within the bound) and the hub catches up
 *   by itself when it comes back;
 * - at-risk: away, and under a fifth of the bound is left: the slot will be lost if the hub stays away;
 * - lost: the bound was reached; PostgreSQL dropped the WAL the hub still needed. The hub cannot catch up by
 *   itself any more: it must re-synchronise the site (`atap hub resync-site`).
 */
export type LinkVerdict = 'connected' | 'disconnected' | 'at-risk' | 'lost';

/** Under this share of the bound left, an absent hub's slot is at risk. */
const AT_RISK_SHARE = 0.2;

export function slotVerdict(slot: SlotFigures, boundBytes: number | null): LinkVerdict {
  if (slot.walStatus === 'lost') return 'lost';
  // 'unreserved': past the bound already, lost at the next checkpoint unless the hub catches up first.
  if (slot.walStatus === 'unreserved') return 'at-risk';
  if (slot.active) return 'connected';
  if (
    boundBytes !== null &&
    boundBytes > 0 &&
    slot.safeWalBytes !== null &&
    slot.safeWalBytes < boundBytes * AT_RISK_SHARE
  )
    return 'at-risk';
  return 'disconnected';
}

/** The share of the bound the slot keeps, 0..1 (null: no bound). */
export function boundShare(retainedBytes: number | null, boundBytes: number | null): number | null {
  if (boundBytes === null || boundBytes <= 0 || retainedBytes === null) return null;
  return Math.min(1, Math.max(0, retainedBytes / boundBytes));
}

/** The hub's side of a link: what its subscription's figures amount to. */
export type LinkHealth = 'replicating' | 'copying' | 'failing' | 'waiting' | 'disabled' | 'missing';

export function linkHealth(link: {
  exists: boolean;
  enabled: boolean;
  workerRunning: boolean;
  tablesCopying: number;
  applyErrors: number;
  syncErrors: number;
}): LinkHealth {
  if (!link.exists) return 'missing';
  if (!link.enabled) return 'disabled';
  // Errors only ever add up; with the worker down they are the reason it is down (it restarts and fails again).
  if (!link.workerRunning && link.applyErrors + link.syncErrors > 0) return 'failing';
  if (!link.workerRunning) return 'waiting';
  return link.tablesCopying > 0 ? 'copying' : 'replicating';
}
