import type { FloorRuntime } from './modules/floor/floor.public.ts';
import type { Config } from './shared/config.ts';
import type { Database } from './shared/db/database.ts';
import type { PersonalDataCipher } from './shared/personal-data/cipher.ts';

/**
 * What the app is built from (AppOptions) and what every module's routes receive (AppDeps). Apart from app.ts so
 * that a routes file depends on these types, not on the app that imports it (no cycle).
 */
export interface AppOptions {
  config: Config;
  db: Database;
  /** For the floor's LISTEN connection (the pool's connections are for queries). */
  databaseUrl: string;
  /** The clock of the floor (tests may set it). */
  now?: () => Date;
  /** The personal-data cipher, already checked against the database (serve opens it before seeding); else opened here. */
  personalData?: PersonalDataCipher;
}

export interface AppDeps extends AppOptions {
  floor: FloorRuntime;
  personalData: PersonalDataCipher;
  /** Which notification channels are configured (booking queues notices only for those). */
  notify: { email: boolean; webhook: boolean };
}
