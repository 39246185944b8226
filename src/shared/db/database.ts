import { createHash } from 'node:crypto';
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { DB } from './schema.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

// Dates stay 'YYYY-MM-DD' strings (a day in the site's timezone, not an instant); int8 counts become numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export type Database = Kysely<DB>;
export type Tx = Transaction<DB>;
/** Repositories take either; the caller owns the transaction (CONVENTIONS.md, Kysely). */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * How long the app waits on the database before it answers "unavailable" (503) instead of hanging: a server that
 * is gone, refuses, or a link that went silent (no reset). 0 leaves a limit off.
 */
export interface DatabaseLimits {
  /** Establishing a connection, or waiting for a free one from the pool. */
  connectTimeoutMs: number;
  /** PostgreSQL's statement_timeout; the client gives up reading an answer READ_MARGIN_MS later (a silent link). */
  statementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout: a transaction whose client went silent lets its locks go. */
  idleInTransactionTimeoutMs: number;
}

export const NO_LIMITS: DatabaseLimits = {
  connectTimeoutMs: 0,
  statementTimeoutMs: 0,
  idleInTransactionTimeoutMs: 0,
};

export function databaseLimits(config: Config): DatabaseLimits {
  return {
    connectTimeoutMs: config.dbConnectTimeoutMs,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    idleInTransactionTimeoutMs: config.dbIdleInTransactionTimeoutMs,
  };
}

/**
 * The CLI's batch commands (migrate, seed-demo, import-services, generate-services, rotate-data-key): a long
 * statement, or work between two statements of one transaction, is their normal case, and an operator watches
 * them. Only the connection wait is bounded; a statement limit meant for a request would cut a large import or a
 * key rotation of a big database half-way.
 */
export function batchLimits(config: Config): DatabaseLimits {
  return { ...databaseLimits(config), statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };
}

/** The server cancels a slow statement first; the client's own read timeout only catches a link that is gone. */
const READ_MARGIN_MS = 2000;
/** TCP keepalive: a dead peer on an idle connection is noticed by the kernel, not only at the next query. */
const KEEPALIVE_DELAY_MS = 10_000;

/** Connection options shared by the pool and the floor's LISTEN connection. */
export function connectionOptions(
  url: string,
  limits: DatabaseLimits,
  applicationName: string,
): pg.ClientConfig {
  return {
    connectionString: url,
    application_name: applicationName,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    ...(limits.connectTimeoutMs > 0 ? { connectionTimeoutMillis: limits.connectTimeoutMs } : {}),
    ...(limits.statementTimeoutMs > 0
      ? {
          statement_timeout: limits.statementTimeoutMs,
          query_timeout: limits.statementTimeoutMs + READ_MARGIN_MS,
        }
      : {}),
    ...(limits.idleInTransactionTimeoutMs > 0
      ? { idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs }
      : {}),
  };
}

/**
 * Marks a hot statement (a floor action, a polled view): written first in its text, it makes the statement a
 * prepared one, parsed and planned once per connection instead of at every call. Planning the larger ones (a
 * finish with its hooks, the context, a view built as JSON) cost more than running them: 1.25 ms against
 * 0.28 ms for the context, measured with EXPLAIN ANALYZE.
 */
export const PREPARED = '/* prepared */';

const preparedNames = new Map<string, string>();

/** The statement's name: the same text, the same name, on every connection. */
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `atap_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    if (preparedNames.size >= 1000) preparedNames.clear();
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * The pool as Kysely sees it. A query that gave up waiting for its answer (pg's read timeout) leaves the connection
 * mid-protocol, and one the server ended leaves it closing: its socket is destroyed here, so the transaction's
 * rollback fails at once instead of queueing behind the lost answer, and the pool discards the client when it is
 * released instead of handing it out again.
 */
class GuardedPool implements PostgresPool {
  private readonly pool: pg.Pool;
  private readonly wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    let guarded = this.wrapped.get(client);
    if (!guarded) {
      guarded = {
        query: ((text: string, parameters: unknown[]) =>
          (text.startsWith(PREPARED)
            ? client.query({ name: preparedName(text), text, values: parameters })
            : client.query(text, parameters)
          ).catch((error: unknown) => {
            // A lost answer, or a connection the server ended (a terminated backend answers 57P01, then closes
            // the socket): released before the socket's end is seen, the client would be handed out again and
            // fail the next request too.
            if (isDatabaseUnavailable(error)) dropConnection(client);
            throw error;
          })) as unknown as PostgresPoolClient['query'],
        // Kysely keeps one connection object per client it gets: the same wrapper each time, for the same client.
        release: () => client.release(),
      };
      this.wrapped.set(client, guarded);
    }
    return guarded;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** Destroys a client's socket: its queries fail, it emits 'end', and a pool discards it on release. */
export function dropConnection(client: pg.ClientBase): void {
  const connection = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection;
  connection?.stream?.destroy();
}

export function openDatabase(
  url: string,
  poolSize: number,
  limits: DatabaseLimits = NO_LIMITS,
): DatabaseHandle {
  const pool = new pg.Pool({ ...connectionOptions(url, limits, 'atap'), max: poolSize });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // A client checked out for a transaction has no listener from the pool (pg-pool removes its own while the client
  // is lent): a server that goes away then would emit an unhandled 'error' and end the process. Every client
  // carries this one for its whole life; the query in flight fails on its own, its request is answered (503), and
  // the pool discards the broken client when it comes back.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new GuardedPool(pool) }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
    },
  };
}
