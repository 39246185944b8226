import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resetPassword } from './modules/accounts/accounts.manage.ts';
import { newPassword } from './modules/accounts/accounts.schemas.ts';
import { createUser } from './modules/accounts/accounts.service.ts';
import { sweepComplaints } from './modules/complaints/sweep.ts';
import { isSeeded, seedDemo, seedGeneratedServices } from './modules/demo/demo.seed.ts';
import { sweepFindings } from './modules/evaluation/findings.sweep.ts';
import { channelsFrom } from './modules/notifications/channels.ts';
import { ikmJson, ikmTable } from './modules/satisfaction/ikm.present.ts';
import { computeIndex, DEFAULT_METHOD, tallyAnswers } from './modules/satisfaction/ikm.rules.ts';
import { siteOf } from './modules/satisfaction/periods.service.ts';
import { importSurvey } from './modules/satisfaction/survey.import.ts';
import { readSurveyFile } from './modules/satisfaction/survey.sheets.ts';
import { importServices } from './modules/transfer/transfer.service.ts';
import { roles } from './shared/auth/roles.ts';
import { readSecret } from './shared/cli-secret.ts';
import { type Config, ConfigError } from './shared/config.ts';
import { systemContext } from './shared/context.ts';
import { type RunningDatabase, startDatabase } from './shared/db/bootstrap.ts';
import { batchLimits } from './shared/db/database.ts';
import { AppError, errorCatalogue } from './shared/errors.ts';
import { PersonalDataCipher } from './shared/personal-data/cipher.ts';
import {
  DEVELOPMENT_KEY,
  loadDataKey,
  openPersonalData,
  readKeyFile,
} from './shared/personal-data/data-key.ts';
import { rotateDataKey } from './shared/personal-data/rotate.ts';

/** The CLI's commands other than serve. Each opens the database, does one thing, and stops it. */

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs one batch command on the database: no statement or idle-in-transaction limit (see batchLimits). */
export async function withDatabase(
  config: Config,
  work: (database: RunningDatabase) => Promise<void>,
): Promise<void> {
  const database = await startDatabase(config, say, batchLimits(config));
  try {
    await work(database);
  } catch (error) {
    if (error instanceof AppError) {
      say(`${error.code}: ${error.message}`);
      for (const d of error.details ?? []) {
        say(`  ${d.row ? `row ${d.row} ` : ''}${d.column ?? d.field}: ${d.message.id} / ${d.message.en}`);
      }
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await database.shutdown();
  }
}

export function migrateCommand(config: Config): Promise<void> {
  return withDatabase(config, async () => {
    say('Database is up to date.');
  });
}

export function seedCommand(config: Config, force: boolean): Promise<void> {
  return withDatabase(config, async ({ db }) => {
    if ((await isSeeded(db)) && !force) {
      say('The database already has sites; not seeding. (Use --force on an empty database only.)');
      return;
    }
    const cipher = await openPersonalData(db, config, say);
    await seedDemo(db, { progress: say, history: { cipher, now: new Date(), days: 30 } });
  });
}

/**
 * `atap complaints-sweep`: one round of the complaints' sweep (auto-close, escalation notices), for a cron or a
 * server that runs without its timers. Safe beside a running server: the sweep is race-safe.
 */
export function complaintsSweepCommand(config: Config): Promise<void> {
  return withDatabase(config, async ({ db }) => {
    const personalData = await openPersonalData(db, config, say);
    const channels = channelsFrom(config);
    const notify = { email: channels.email !== null, webhook: channels.webhook !== null };
    const done = await sweepComplaints({
      db,
      notifier: { written: () => undefined },
      now: () => new Date(),
      personalData,
      notify,
    });
    say(`Closed ${done.closed} answered complaint(s); escalated ${done.atRisk} at risk, ${done.late} late.`);
  });
}

/**
 * `atap evaluation-sweep`: one round of the findings' sweep (a reminder for each finding past its due date, once a
 * day), for a cron or a server that runs without its timers. Safe beside a running server: the sweep is race-safe.
 */
export function evaluationSweepCommand(config: Config): Promise<void> {
  return withDatabase(config, async ({ db }) => {
    const personalData = await openPersonalData(db, config, say);
    const channels = channelsFrom(config);
    const done = await sweepFindings({
      db,
      notifier: { written: () => undefined },
      now: () => new Date(),
      personalData,
      notify: { email: channels.email !== null, webhook: channels.webhook !== null },
    });
    say(`Reminded ${done.reminded} overdue finding(s).`);
  });
}

export function generateCommand(config: Config, count: number): Promise<void> {
  if (!Number.isInteger(count) || count < 1 || count > 10000)
    throw new ConfigError('--count must be 1 to 10000');
  return withDatabase(config, async ({ db }) => {
    await seedGeneratedServices(db, count, say);
    say(`Added ${count} generated services.`);
  });
}

export function importCommand(
  config: Config,
  file: string | undefined,
  agencyCode: string | undefined,
): Promise<void> {
  if (!file || !agencyCode)
    throw new ConfigError('Usage: atap import-services <file.xlsx|file.csv> --agency CODE');
  const buffer = fs.readFileSync(file);
  return withDatabase(config, async ({ db }) => {
    const agency = await db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', agencyCode.toUpperCase())
      .executeTakeFirst();
    if (!agency) throw new ConfigError(`No agency with code ${agencyCode}`);
    say(`Importing ${path.basename(file)} for ${agencyCode}…`);
    const result = await importServices(db, systemContext, {
      agencyId: agency.id,
      fileName: path.basename(file),
      buffer,
    });
    say(`Created ${result.created}, updated ${result.updated}.`);
  });
}

export function createUserCommand(
  config: Config,
  v: Record<string, string | boolean | undefined>,
): Promise<void> {
  const str = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const role = str('role');
  const username = str('username');
  const password = str('password');
  if (!username || !password || !role || !(roles as readonly string[]).includes(role)) {
    throw new ConfigError(
      `create-user needs --username, --password (10+ chars) and --role (${roles.join(', ')})`,
    );
  }
  return withDatabase(config, async ({ db }) => {
    const site = str('site')
      ? await db
          .selectFrom('sites')
          .select('id')
          .where('code', '=', String(str('site')).toUpperCase())
          .executeTakeFirst()
      : undefined;
    const agency = str('agency')
      ? await db
          .selectFrom('agencies')
          .select('id')
          .where('code', '=', String(str('agency')).toUpperCase())
          .executeTakeFirst()
      : undefined;
    const booth =
      str('booth') && site
        ? await db
            .selectFrom('booths')
            .select('id')
            .where('siteId', '=', site.id)
            .where('queuePrefix', '=', String(str('booth')).toUpperCase())
            .executeTakeFirst()
        : undefined;
    if (str('site') && !site) throw new ConfigError(`No site ${str('site')}`);
    if (str('agency') && !agency) throw new ConfigError(`No agency ${str('agency')}`);
    if (str('booth') && !booth)
      throw new ConfigError(`No booth with prefix ${str('booth')} at that site (give --site too)`);
    const { userInput } = await import('./modules/accounts/accounts.schemas.ts');
    const parsed = userInput.safeParse({
      username,
      password,
      role,
      displayName: str('name') ?? username,
      siteId: site?.id ?? null,
      agencyId: agency?.id ?? null,
      boothId: booth?.id ?? null,
    });
    if (!parsed.success)
      throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const id = await createUser(db, systemContext, parsed.data);
    say(`Created user ${username} (${role}), id ${id}.`);
  });
}

/**
 * `atap rotate-data-key --from-development-key | --old-key-file FILE`: re-encrypts all personal data from the old
 * key to this installation's key (ATAP_DATA_KEY, else the key file, generated if absent). Stop the app first.
 */
export function rotateDataKeyCommand(
  config: Config,
  options: { fromDevelopmentKey: boolean; oldKeyFile: string | undefined },
): Promise<void> {
  if (options.fromDevelopmentKey === (options.oldKeyFile !== undefined)) {
    throw new ConfigError(
      'rotate-data-key needs exactly one of --from-development-key or --old-key-file FILE (the key to move from).',
    );
  }
  const from = new PersonalDataCipher(options.oldKeyFile ? readKeyFile(options.oldKeyFile) : DEVELOPMENT_KEY);
  return withDatabase(config, async ({ db }) => {
    const to = new PersonalDataCipher(loadDataKey(config, say));
    say('Re-encrypting personal data with the new key (one transaction)…');
    const counts = await rotateDataKey(db, from, to, say);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    say(
      `Done: ${total} rows now under the new key. Keep the old key until a backup under the new one exists.`,
    );
  });
}

/** `atap reset-password --username U --password P`: for an operator at the server (e.g. the last national admin). */
/** Without `--password` the password is read from a no-echo prompt or stdin, never left in `ps` or the history. */
export async function resetPasswordCommand(
  config: Config,
  username: string | undefined,
  password: string | undefined,
) {
  if (!username) throw new ConfigError('reset-password needs --username');
  const parsed = newPassword.safeParse(password ?? (await readSecret(`New password for ${username}`)));
  if (!parsed.success) throw new ConfigError('reset-password: the password must have 10 to 200 characters');
  return withDatabase(config, async ({ db }) => {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username.trim().toLowerCase())
      .executeTakeFirst();
    if (!user) throw new ConfigError(`No user ${username}`);
    await resetPassword(db, systemContext, user.id, parsed.data);
    say(`Password of ${username} reset; their sessions ended.`);
  });
}

/**
 * `atap ikm <file> [--json]`: the index of a survey template file (XLSX or CSV), without importing it and
 * without a database, so a manager can check an index computed elsewhere. A bad file: every problem named by
 * row and column on stderr, exit code 1, no index.
 */
export async function ikmCommand(file: string | undefined, json: boolean): Promise<void> {
  if (!file) throw new ConfigError('Usage: atap ikm <file.xlsx|file.csv> [--json]');
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch {
    throw new ConfigError(`Cannot read ${file}`);
  }
  try {
    const rows = await readSurveyFile(path.basename(file), buffer);
    const result = computeIndex(tallyAnswers(rows.map((r) => r.answers)), DEFAULT_METHOD);
    process.stdout.write(
      json
        ? `${JSON.stringify(ikmJson(result, DEFAULT_METHOD), null, 2)}\n`
        : ikmTable(result, DEFAULT_METHOD, path.basename(file)),
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const spec = errorCatalogue[error.code];
    const lines = [`${error.code}: ${spec.id} / ${spec.en}`];
    for (const d of error.details ?? []) {
      const where = d.row ? `row ${d.row}, column ${d.column ?? d.field}` : (d.column ?? d.field);
      lines.push(`  ${where}: ${d.message.id} / ${d.message.en}`);
    }
    process.stderr.write(`${lines.join('\n')}\n`);
    process.exitCode = 1;
  }
}

/** `atap import-survey <file> --site CODE [--service ID|CODE]`: paper survey forms, all rows or none. */
export function importSurveyCommand(
  config: Config,
  file: string | undefined,
  siteCode: string | undefined,
  service: string | undefined,
): Promise<void> {
  if (!file || !siteCode) {
    throw new ConfigError('Usage: atap import-survey <file.xlsx|file.csv> --site CODE [--service ID|CODE]');
  }
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch {
    throw new ConfigError(`Cannot read ${file}`);
  }
  return withDatabase(config, async ({ db }) => {
    const site = await siteOf(db, siteCode).catch(() => {
      throw new ConfigError(`No site with code ${siteCode}`);
    });
    say(`Importing ${path.basename(file)} for ${site.code}…`);
    const result = await importSurvey(db, systemContext, {
      site,
      fileName: path.basename(file),
      buffer,
      service,
      now: new Date(),
    });
    say(
      `Imported ${result.rows} responses (${result.withService} with a service), import ${result.importId}.`,
    );
  });
}

/** `atap site publish`: publish to the national hub; prints the hub's role and a new password once. */
export function sitePublishCommand(config: Config): Promise<void> {
  return withDatabase(config, async ({ db }) => {
    const { publish } = await import('./modules/national/publication.ts');
    const password = randomBytes(18).toString('base64url');
    const published = await publish(db, password);
    say(
      `Publishing ${published.tables} tables (${published.columns} columns, no personal field) as atap_national.`,
    );
    say('Give the hub this connection (through the tunnel the site opens, see README "National hub"):');
    say(`  host=<hub side of the tunnel> port=<port> dbname=atap user=atap_hub password=${password}`);
    say('The password is shown once; run this command again to set a new one.');
  });
}

/** `atap site unpublish`: stop publishing (the hub's slot is dropped when the hub removes the site). */
export function siteUnpublishCommand(config: Config): Promise<void> {
  return withDatabase(config, async ({ db }) => {
    const { unpublish } = await import('./modules/national/publication.ts');
    await unpublish(db);
    say('No longer publishing to the national hub.');
  });
}

/** `atap hub add-site <conninfo> [--name N]`: subscribe the hub to a site's publication. */
export function hubAddSiteCommand(
  config: Config,
  conninfo: string | undefined,
  name: string | undefined,
): Promise<void> {
  if (!conninfo) throw new ConfigError("Usage: atap hub add-site '<conninfo>' [--name site_xyz]");
  return withHubDatabase(config, async (db) => {
    const { addSite, LinkError } = await import('./modules/national/hub-links.ts');
    try {
      const added = await addSite(db, conninfo, { name });
      say(
        `Subscribed ${added.subscription} (sites ${added.siteCodes.join(', ')}; schema ${added.schemaVersion}).`,
      );
      if (added.behind)
        say('  The site runs an older schema: columns it does not publish yet stay empty until it upgrades.');
      say('  The first copy of every table runs now in the background; see `atap hub sites`.');
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      say(error.message);
      process.exitCode = 1;
    }
  });
}

/**
 * `atap hub rollup [--all]`: rebuilds the national facts of the site-days marked as changed now (the hub's worker
 * does the same every ATAP_HUB_ROLLUP_MS); with --all, of every site-day the replicated rows hold (after a re-sync,
 * or when a definition changed). Safe beside running hub processes: they skip what this one claimed.
 */
export function hubRollupCommand(config: Config, all: boolean): Promise<void> {
  return withHubDatabase(config, async (db) => {
    const { drainDirtyDays, markAllDays } = await import('./modules/national/rollup.ts');
    const started = Date.now();
    if (all) say(`Marked ${await markAllDays(db)} site-days to rebuild.`);
    const rebuilt = await drainDirtyDays(db);
    say(`Rebuilt the facts of ${rebuilt} site-days in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  });
}

/** Like withDatabase, on the hub's schema (no site migrations). */
async function withHubDatabase(
  config: Config,
  work: (db: RunningDatabase['db']) => Promise<void>,
): Promise<void> {
  const { prepareHubSchema } = await import('./modules/national/hub-schema.ts');
  const database = await startDatabase(
    { ...config, mode: 'hub' },
    say,
    batchLimits(config),
    prepareHubSchema,
  );
  try {
    await work(database.db);
  } finally {
    await database.shutdown();
  }
}
