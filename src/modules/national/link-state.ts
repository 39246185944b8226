import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { boundShare, type LinkVerdict, slotVerdict, type WalStatus } from './link.rules.ts';
import { isPublishing } from './publication.ts';

/**
 * The site's side of its link to the national hub, as PostgreSQL knows it: is the site publishing, and for each
 * hub subscribed (one logical replication slot each) whether it is connected, when it last answered, how far
 * behind it is, and how much WAL its slot makes the site keep against the bound (`max_slot_wal_keep_size`,
 * ATAP_MAX_SLOT_WAL_KEEP_SIZE). Read on demand by GET /api/national/link and `atap site link`.
 *
 * The database role must be able to see other roles' walsenders (a superuser, as the embedded server's, or a
 * member of pg_read_all_stats): otherwise PostgreSQL hides last contact and lag, and they read as unknown.
 */

interface SlotState {
  slotName: string;
  /** A walsender streams the slot to the hub now. */
  active: boolean;
  verdict: LinkVerdict;
  /** The hub's address as the walsender sees it (the tunnel's end), while connected. */
  clientAddress: string | null;
  /** When the current connection started (connected), or since when the slot has had none (disconnected). */
  connectedSince: Date | null;
  disconnectedSince: Date | null;
  /** The hub's last reply (pg_stat_replication.reply_time); null while away. */
  lastContactAt: Date | null;
  /** Time from a commit on the site to its apply (replay) and its flush on the hub, as PostgreSQL last measured. */
  replayLagSeconds: number | null;
  flushLagSeconds: number | null;
  /** WAL written on the site that the hub has not confirmed yet. */
  bytesBehind: number | null;
  /** WAL the slot keeps on the site's disk (pg_current_wal_lsn() − restart_lsn). */
  retainedBytes: number | null;
  walStatus: WalStatus | null;
  /** What the site may still write before the slot is lost (null: no bound). */
  safeWalBytes: number | null;
  /** retainedBytes / bound, 0..1 (null: no bound). */
  boundShare: number | null;
  /** Why PostgreSQL invalidated the slot ('wal_removed' when the bound was reached). */
  invalidationReason: string | null;
}

export interface LinkState {
  publishing: boolean;
  /** max_slot_wal_keep_size in bytes; null when unbounded (-1). */
  walKeepBoundBytes: number | null;
  /** The setting as written, e.g. '4GB'. */
  walKeepBoundSetting: string;
  checkedAt: Date;
  slots: SlotState[];
}

interface SlotRow {
  slotName: string;
  active: boolean;
  clientAddr: string | null;
  backendStart: Date | null;
  inactiveSince: Date | null;
  replyTime: Date | null;
  replayLag: number | null;
  flushLag: number | null;
  bytesBehind: number | null;
  retainedBytes: number | null;
  walStatus: WalStatus | null;
  safeWalSize: number | null;
  invalidationReason: string | null;
}

export async function readLinkState(db: Database): Promise<LinkState> {
  const publishing = await isPublishing(db);
  // The database's clock: "disconnected since" and "last contact" are its times too.
  const bound = await sql<{ setting: string; bytes: number; now: Date }>`
    SELECT clock_timestamp() AS now, current_setting('max_slot_wal_keep_size') AS setting,
           pg_size_bytes(current_setting('max_slot_wal_keep_size'))::float8 AS bytes`.execute(db);
  const setting = bound.rows[0]?.setting ?? '-1';
  const boundBytes = (bound.rows[0]?.bytes ?? -1) < 0 ? null : (bound.rows[0]?.bytes ?? null);
  // The hubs' slots: logical, pgoutput, on this database. A subscription's table-copy slots (pg_<oid>_sync_…)
  // live only while a first copy runs and are not links of their own.
  const slots = await sql<SlotRow>`
    SELECT s.slot_name, s.active, host(r.client_addr) AS client_addr, r.backend_start, s.inactive_since, r.reply_time,
      extract(epoch FROM r.replay_lag)::float8 AS replay_lag,
      extract(epoch FROM r.flush_lag)::float8 AS flush_lag,
      CASE WHEN s.confirmed_flush_lsn IS NOT NULL
        THEN pg_wal_lsn_diff(pg_current_wal_lsn(), s.confirmed_flush_lsn)::float8 END AS bytes_behind,
      CASE WHEN s.restart_lsn IS NOT NULL AND s.wal_status IS DISTINCT FROM 'lost'
        THEN pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn)::float8 END AS retained_bytes,
      s.wal_status, s.safe_wal_size::float8 AS safe_wal_size, s.invalidation_reason
    FROM pg_replication_slots s
    LEFT JOIN pg_stat_replication r ON r.pid = s.active_pid
    WHERE s.slot_type = 'logical' AND s.plugin = 'pgoutput' AND s.database = current_database()
      AND s.slot_name !~ '^pg_[0-9]+_sync_'
    ORDER BY s.slot_name`.execute(db);
  return {
    publishing,
    walKeepBoundBytes: boundBytes,
    walKeepBoundSetting: setting,
    checkedAt: bound.rows[0]?.now ?? new Date(),
    slots: slots.rows.map((row) => {
      const figures = {
        active: row.active,
        walStatus: row.walStatus,
        safeWalBytes: row.safeWalSize,
        retainedBytes: row.retainedBytes,
      };
      return {
        slotName: row.slotName,
        active: row.active,
        verdict: slotVerdict(figures, boundBytes),
        clientAddress: row.clientAddr,
        connectedSince: row.active ? row.backendStart : null,
        disconnectedSince: row.active ? null : row.inactiveSince,
        lastContactAt: row.replyTime,
        replayLagSeconds: row.replayLag,
        flushLagSeconds: row.flushLag,
        bytesBehind: row.bytesBehind,
        retainedBytes: row.retainedBytes,
        walStatus: row.walStatus,
        safeWalBytes: row.safeWalSize,
        boundShare: boundShare(row.retainedBytes, boundBytes),
        invalidationReason: row.invalidationReason,
      };
    }),
  };
}
