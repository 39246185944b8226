import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../shared/db/database.ts';
import { PUBLICATION } from './replicated-tables.ts';

/**
 * The hub's side of a link: `atap hub add-site <conninfo>` checks the site (reachable, publishing, not ahead of
 * the hub's schema) and creates a PostgreSQL subscription to its publication. From then on PostgreSQL does the
 * rest: the first copy of every table, then the changes in commit order, resumed from the slot after any outage.
 */

const SITE_MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

/** The newest site migration this hub's code knows: a site newer than this must wait for the hub's upgrade. */
function knownSiteSchemaVersion(): string {
  const files = fs
    .readdirSync(SITE_MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return files[files.length - 1] ?? '';
}

export class LinkError extends Error {}

/** The conninfo with its password masked, for people and logs. */
export function shownConninfo(conninfo: string): string {
  if (/^postgres(ql)?:\/\//.test(conninfo)) {
    const url = URL.parse(conninfo);
    if (url?.password) url.password = '***';
    return url ? url.toString() : conninfo.replace(/:[^:@/]*@/, ':***@');
  }
  return conninfo.replace(/password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/gi, 'password=***');
}

/**
 * A pg client's settings for a site's conninfo, in either form PostgreSQL takes for a subscription: a URL, or the
 * libpq `key=value` form that `atap site publish` prints (node-pg reads only URLs).
 */
export function siteClientConfig(conninfo: string): pg.ClientConfig {
  const base = { connectionTimeoutMillis: 10_000 };
  if (/^postgres(ql)?:\/\//.test(conninfo)) return { ...base, connectionString: conninfo };
  const pairs = new Map<string, string>();
  for (const m of conninfo.matchAll(/(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g)) {
    const raw = m[2] ?? '';
    pairs.set(m[1] ?? '', raw.startsWith("'") ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
  }
  const sslmode = pairs.get('sslmode');
  return {
    ...base,
    host: pairs.get('host') ?? pairs.get('hostaddr'),
    port: pairs.has('port') ? Number(pairs.get('port')) : undefined,
    database: pairs.get('dbname'),
    user: pairs.get('user'),
    password: pairs.get('password'),
    ssl:
      sslmode && sslmode !== 'disable' && sslmode !== 'allow' && sslmode !== 'prefer'
        ? { rejectUnauthorized: sslmode.startsWith('verify') }
        : undefined,
  };
}

interface SiteFacts {
  schemaVersion: string;
  siteCodes: string[];
}

async function inspectSite(conninfo: string): Promise<SiteFacts> {
  const client = new pg.Client(siteClientConfig(conninfo));
  try {
    await client.connect();
  } catch (error) {
    throw new LinkError(`Cannot reach the site (${shownConninfo(conninfo)}): ${(error as Error).message}`);
  }
  try {
    const publication = await client.query('SELECT 1 FROM pg_publication WHERE pubname = $1', [PUBLICATION]);
    if (publication.rowCount === 0)
      throw new LinkError(`The site does not publish yet: run 'atap site publish' on the site first.`);
    const version = await client.query<{ name: string | null }>(
      'SELECT max(name) AS name FROM schema_migrations',
    );
    // Codes come from the publication's own copy of `sites`, readable by the hub's role.
    const sites = await client.query<{ code: string }>('SELECT code FROM sites ORDER BY code');
    return { schemaVersion: version.rows[0]?.name ?? '', siteCodes: sites.rows.map((r) => r.code) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function subscriptionNameFor(siteCodes: string[]): string {
  const name = `site_${siteCodes
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')}`;
  return name.slice(0, 63);
}

export interface AddedSite {
  subscription: string;
  siteCodes: string[];
  schemaVersion: string;
  /** The site runs an older schema: the hub leaves the columns it does not publish yet empty. */
  behind: boolean;
}

export async function addSite(
  db: Database,
  conninfo: string,
  options: { name?: string; known?: string } = {},
): Promise<AddedSite> {
  const site = await inspectSite(conninfo);
  const known = options.known ?? knownSiteSchemaVersion();
  if (site.schemaVersion > known)
    throw new LinkError(
      `The site runs schema ${site.schemaVersion}, newer than this hub knows (${known}): upgrade the hub first.`,
    );
  const subscription = options.name ?? subscriptionNameFor(site.siteCodes);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(subscription))
    throw new LinkError(`Subscription name '${subscription}': lower-case letters, digits and _ only.`);
  const taken = await db
    .selectFrom('national.siteLinks')
    .select('subscription')
    .where('subscription', '=', subscription)
    .executeTakeFirst();
  if (taken) throw new LinkError(`A link named ${subscription} exists already (see 'atap hub sites').`);
  // Not in a transaction: CREATE SUBSCRIPTION creates the slot on the site and cannot run in one.
  const literal = `'${conninfo.replace(/'/g, "''")}'`;
  await sql
    .raw(
      `CREATE SUBSCRIPTION ${subscription} CONNECTION ${literal} PUBLICATION ${PUBLICATION}
       WITH (copy_data = true, binary = true, streaming = parallel)`,
    )
    .execute(db);
  await db
    .insertInto('national.siteLinks')
    .values({
      subscription,
      conninfoShown: shownConninfo(conninfo),
      siteCodes: site.siteCodes,
      schemaVersion: site.schemaVersion,
    })
    .execute();
  return { subscription, ...site, behind: site.schemaVersion < known };
}

/**
 * A site upgraded to a version that publishes a new table: its subscription learns of the table only when it is
 * refreshed (which copies the new table, then follows it). Run at the hub's start and every few minutes; a site
 * that is unreachable now is refreshed on a later round.
 */
export async function refreshSubscriptions(
  db: Database,
  onError: (subscription: string, error: unknown) => void,
): Promise<number> {
  const links = await db.selectFrom('national.siteLinks').select('subscription').execute();
  let refreshed = 0;
  for (const { subscription } of links) {
    try {
      await sql
        .raw(`ALTER SUBSCRIPTION ${subscription} REFRESH PUBLICATION WITH (copy_data = true)`)
        .execute(db);
      refreshed++;
    } catch (error) {
      onError(subscription, error);
    }
  }
  return refreshed;
}
