import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, parsed once from the environment at start, typed and frozen.
 * No other module reads process.env (CONVENTIONS.md §5). Documented in README.md.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  ATAP_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ATAP_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  ATAP_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ATAP_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  ATAP_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  ATAP_DB_IDLE_TX_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  ATAP_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  ATAP_SEED_DEMO: bool.default(true),
  ATAP_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ATAP_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  ATAP_TRUST_PROXY: bool.default(false),
  ATAP_COOKIE_SECURE: bool.default(false),
  ATAP_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  ATAP_UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(5_242_880),
  ATAP_FLOOR_NOTIFY: bool.default(true),
  ATAP_FLOOR_NOTIFY_MS: z.coerce.number().int().min(1).max(1000).default(20),
  ATAP_FLOOR_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  ATAP_FLOOR_FANOUT_MS: z.coerce.number().int().min(0).max(1000).default(25),
  ATAP_SEARCH_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(2000),
  // Empty means unset (the key file in ATAP_DATA_DIR is used).
  ATAP_DATA_KEY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9+/=_-]{43,}$/, 'base64 of 32 or more random bytes')
      .optional(),
  ),
  ATAP_BOOKING_RATE_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  // Empty means unset (a folder under ATAP_DATA_DIR).
  ATAP_COMPLAINT_FILES_DIR: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().optional(),
  ),
  ATAP_COMPLAINT_FILE_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(5_242_880),
  // Empty means unset (a folder under ATAP_DATA_DIR).
  ATAP_EVALUATION_FILES_DIR: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().optional(),
  ),
  ATAP_EVALUATION_PHOTO_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(8_388_608),
  ATAP_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'smtp://user:pass@host:port')
    .optional(),
  ATAP_MAIL_FROM: z.string().default('Atap MPP <no-reply@atap.local>'),
  ATAP_WEBHOOK_URL: z.url().optional(),
  ATAP_WEBHOOK_SECRET: z.string().min(16).optional(),
  ATAP_NOTIFY_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  ATAP_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  ATAP_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  ATAP_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  ATAP_MODE: z.enum(['site', 'hub']).default('site'),
  ATAP_MAX_SLOT_WAL_KEEP_SIZE: z
    .string()
    .regex(/^(-1|\d+(kB|MB|GB|TB))$/, "a size such as '4GB', or -1 for no bound")
    .default('4GB'),
  ATAP_HUB_MAX_SITES: z.coerce.number().int().min(1).max(1000).default(64),
  ATAP_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  ATAP_HUB_ROLLUP_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  ATAP_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'an http(s) address, e.g. https://mpp.surabaya.go.id' })
    .refine((value) => {
      const url = URL.parse(value);
      return !url || (!url.search && !url.hash && !url.username && !url.password);
    }, 'no query, fragment or credentials')
    // Links are built by appending '/lacak/…': no trailing slash.
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly embeddedPgPort: number;
  readonly dbPoolSize: number;
  /** Bounds on waiting for the database (0: none); past them a request is answered 503 (database.ts). */
  readonly dbConnectTimeoutMs: number;
  readonly dbStatementTimeoutMs: number;
  readonly dbIdleInTransactionTimeoutMs: number;
  /** /healthz answers within this even when the database link is silent. */
  readonly healthTimeoutMs: number;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  readonly sessionHours: number;
  readonly trustProxy: boolean;
  readonly cookieSecure: boolean;
  readonly bodyLimitBytes: number;
  readonly uploadLimitBytes: number;
  /** Batch one NOTIFY per window after floor writes (off: other processes learn of events by polling). */
  readonly floorNotify: boolean;
  readonly floorNotifyMs: number;
  readonly floorPollMs: number;
  /** At most one outbox read and one write per subscriber per window and site (coalesces bursts). */
  readonly floorFanoutMs: number;
  /** Secret for personal data at rest (base64); when absent, the key file in dataDir (personal-data/data-key.ts). */
  readonly dataKey: string | undefined;
  /** Booking writes per client address per minute (0: unlimited). */
  readonly bookingRatePerMinute: number;
  /** Where complaints' attachments are kept (one file per attachment, named by its id), and each one's limit. */
  readonly complaintFilesDir: string;
  readonly complaintFileMaxBytes: number;
  /** Where assessments' photo evidence is kept (one file per photo, named by its id), and each one's limit. */
  readonly evaluationFilesDir: string;
  readonly evaluationPhotoMaxBytes: number;
  /** Notification channels: each is off unless configured. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
  readonly notifyPollMs: number;
  /** Where citizens reach this installation (receipts, QR codes, notifications); unset: the request's origin. */
  readonly publicUrl: string | undefined;
  /** Catalogue search/listing results kept per catalogue revision (0: no cache). */
  readonly searchCacheSize: number;
  /** /metrics on the app's port needs `Authorization: Bearer <token>`; without a token it is not served there. */
  readonly metricsToken: string | undefined;
  /** A separate listener for /metrics (no token), on metricsHost (loopback unless set). */
  readonly metricsPort: number | undefined;
  readonly metricsHost: string;
  /** 'site': an MPP's own installation; 'hub': the national view, fed by the sites' publications. */
  readonly mode: 'site' | 'hub';
  /** The embedded server's bound on WAL kept for an absent hub (max_slot_wal_keep_size). */
  readonly maxSlotWalKeepSize: string;
  /** A hub's embedded server is started with room for this many subscribed installations. */
  readonly hubMaxSites: number;
  /** How often a publishing site writes its heartbeat row (the hub's "data as of"). */
  readonly heartbeatMs: number;
  /** How often a hub process rebuilds the facts of the site-days that changed (national/rollup.ts). */
  readonly hubRollupMs: number;
  /** Built web app, served by the same process. */
  readonly webDistDir: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ATAP_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    embeddedPgPort: e.ATAP_PG_PORT,
    dbPoolSize: e.ATAP_DB_POOL_SIZE,
    dbConnectTimeoutMs: e.ATAP_DB_CONNECT_TIMEOUT_MS,
    dbStatementTimeoutMs: e.ATAP_DB_STATEMENT_TIMEOUT_MS,
    dbIdleInTransactionTimeoutMs: e.ATAP_DB_IDLE_TX_TIMEOUT_MS,
    healthTimeoutMs: e.ATAP_HEALTH_TIMEOUT_MS,
    seedDemo: e.ATAP_SEED_DEMO,
    logLevel: e.ATAP_LOG_LEVEL,
    sessionHours: e.ATAP_SESSION_HOURS,
    trustProxy: e.ATAP_TRUST_PROXY,
    cookieSecure: e.ATAP_COOKIE_SECURE,
    bodyLimitBytes: e.ATAP_BODY_LIMIT_BYTES,
    uploadLimitBytes: e.ATAP_UPLOAD_LIMIT_BYTES,
    floorNotify: e.ATAP_FLOOR_NOTIFY,
    floorNotifyMs: e.ATAP_FLOOR_NOTIFY_MS,
    floorPollMs: e.ATAP_FLOOR_POLL_MS,
    floorFanoutMs: e.ATAP_FLOOR_FANOUT_MS,
    searchCacheSize: e.ATAP_SEARCH_CACHE_SIZE,
    dataKey: e.ATAP_DATA_KEY,
    bookingRatePerMinute: e.ATAP_BOOKING_RATE_PER_MINUTE,
    complaintFilesDir: path.resolve(
      e.ATAP_COMPLAINT_FILES_DIR ?? path.join(e.ATAP_DATA_DIR, 'complaint-files'),
    ),
    complaintFileMaxBytes: e.ATAP_COMPLAINT_FILE_MAX_BYTES,
    evaluationFilesDir: path.resolve(
      e.ATAP_EVALUATION_FILES_DIR ?? path.join(e.ATAP_DATA_DIR, 'evaluation-files'),
    ),
    evaluationPhotoMaxBytes: e.ATAP_EVALUATION_PHOTO_MAX_BYTES,
    smtpUrl: e.ATAP_SMTP_URL,
    mailFrom: e.ATAP_MAIL_FROM,
    webhookUrl: e.ATAP_WEBHOOK_URL,
    webhookSecret: e.ATAP_WEBHOOK_SECRET,
    notifyPollMs: e.ATAP_NOTIFY_POLL_MS,
    metricsToken: e.ATAP_METRICS_TOKEN,
    metricsPort: e.ATAP_METRICS_PORT,
    metricsHost: e.ATAP_METRICS_HOST,
    publicUrl: e.ATAP_PUBLIC_URL,
    mode: e.ATAP_MODE,
    maxSlotWalKeepSize: e.ATAP_MAX_SLOT_WAL_KEEP_SIZE,
    hubMaxSites: e.ATAP_HUB_MAX_SITES,
    heartbeatMs: e.ATAP_HEARTBEAT_MS,
    hubRollupMs: e.ATAP_HUB_ROLLUP_MS,
    webDistDir: path.resolve(import.meta.dirname, '../../dist/web'),
    ...overrides,
  });
}
