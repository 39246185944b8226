import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The site's heartbeat row (migration 0026), replicated to the hub. */
interface NationalHeartbeatsTable {
  siteId: string;
  beatAt: Timestamp;
  schemaVersion: string;
}

/** The hub's own tables (migrations-hub/). */
interface SiteLinksTable {
  subscription: string;
  conninfoShown: string;
  siteCodes: string[];
  schemaVersion: string;
  addedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  resyncedAt: Timestamp | null;
}

interface GeneratedSitesTable {
  siteId: string;
}

export interface NationalTables {
  nationalHeartbeats: NationalHeartbeatsTable;
  'national.siteLinks': SiteLinksTable;
  'national.generatedSites': GeneratedSitesTable;
}
