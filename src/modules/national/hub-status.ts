import { sql } from 'kysely';
import type { Database } from '../../shared/db/database.ts';
import { type LinkHealth, linkHealth } from './link.rules.ts';

/**
 * The hub's side of every link, for `atap hub sites` and the hub's pages: each subscription (one site
 * installation), whether PostgreSQL runs it, when it last heard from the site, up to when the hub's copy of each of
 * its sites is whole (the last heartbeat applied), and the errors its apply and first-copy workers met (a site ahead
 * of the hub's schema stops at the column the hub lacks: apply errors climb and the data stays as of the last
 * beat until the hub is upgraded).
 */

interface LinkedSite {
  siteId: string | null;
  code: string;
  name: string | null;
  /** The last heartbeat the hub applied: the hub's copy of this site is whole up to here. */
  dataAsOf: Date | null;
  /** The site's newest migration as of that beat. */
  schemaVersion: string | null;
}

export interface LinkStatus {
  subscription: string;
  conninfoShown: string;
  siteCodes: string[];
  enabled: boolean;
  health: LinkHealth;
  /** The apply worker's process is running now. */
  workerRunning: boolean;
  /** Last message from the site's walsender (data or keep-alive). */
  lastMessageAt: Date | null;
  /** Tables whose first copy has not finished. */
  tablesCopying: number;
  applyErrors: number;
  syncErrors: number;
  /** The schema version recorded when the link was added (or re-synced). */
  linkedSchemaVersion: string;
  addedAt: Date;
  resyncedAt: Date | null;
  sites: LinkedSite[];
}

interface Row {
  subscription: string;
  conninfoShown: string;
  siteCodes: string[];
  schemaVersion: string;
  addedAt: Date;
  resyncedAt: Date | null;
  enabled: boolean | null;
  pid: number | null;
  lastMsg: Date | null;
  copying: number;
  applyErrors: number | null;
  syncErrors: number | null;
}

export async function linkStatuses(db: Database): Promise<LinkStatus[]> {
  const links = await sql<Row>`
    SELECT l.subscription, l.conninfo_shown, l.site_codes, l.schema_version, l.added_at, l.resynced_at,
      s.subenabled AS enabled, w.pid, w.last_msg_receipt_time AS last_msg,
      (SELECT count(*)::int FROM pg_subscription_rel r WHERE r.srsubid = s.oid AND r.srsubstate NOT IN ('r', 's'))
        AS copying,
      st.apply_error_count::int AS apply_errors, st.sync_error_count::int AS sync_errors
    FROM national.site_links l
    LEFT JOIN pg_subscription s
      ON s.subname = l.subscription AND s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    LEFT JOIN pg_stat_subscription w ON w.subid = s.oid AND w.worker_type = 'apply'
    LEFT JOIN pg_stat_subscription_stats st ON st.subid = s.oid
    ORDER BY l.subscription`.execute(db);
  const codes = links.rows.flatMap((l) => l.siteCodes);
  const sites =
    codes.length === 0
      ? []
      : (
          await sql<{
            id: string;
            code: string;
            name: string;
            beatAt: Date | null;
            schemaVersion: string | null;
          }>`
            SELECT s.id, s.code, s.name, h.beat_at, h.schema_version
            FROM public.sites s LEFT JOIN public.national_heartbeats h ON h.site_id = s.id
            WHERE s.code = ANY(${codes}::text[])`.execute(db)
        ).rows;
  return links.rows.map((row) => {
    const figures = {
      exists: row.enabled !== null,
      enabled: row.enabled ?? false,
      workerRunning: row.pid !== null,
      tablesCopying: row.copying ?? 0,
      applyErrors: row.applyErrors ?? 0,
      syncErrors: row.syncErrors ?? 0,
    };
    return {
      subscription: row.subscription,
      conninfoShown: row.conninfoShown,
      siteCodes: row.siteCodes,
      enabled: figures.enabled,
      health: linkHealth(figures),
      workerRunning: figures.workerRunning,
      lastMessageAt: row.lastMsg,
      tablesCopying: figures.tablesCopying,
      applyErrors: figures.applyErrors,
      syncErrors: figures.syncErrors,
      linkedSchemaVersion: row.schemaVersion,
      addedAt: row.addedAt,
      resyncedAt: row.resyncedAt,
      sites: row.siteCodes.map((code) => {
        const site = sites.find((s) => s.code === code);
        return {
          siteId: site?.id ?? null,
          code,
          name: site?.name ?? null,
          dataAsOf: site?.beatAt ?? null,
          schemaVersion: site?.schemaVersion ?? null,
        };
      }),
    };
  });
}
