import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmbeddedPostgres } from '../src/shared/db/embedded-postgres.ts';
import { migrate } from '../src/shared/db/migrate.ts';
import { freePort } from '../test/support/processes.ts';

/** The personal-data key of this bench run (random): the server and the bench's own writes share it. */
export const benchDataKey = randomBytes(32).toString('base64');
/** /metrics is not public: the bench's servers require this token, and the bench sends it. */
const benchMetricsToken = randomBytes(24).toString('base64url');
export const metricsHeaders = { authorization: `Bearer ${benchMetricsToken}` };

/** Shared benchmark plumbing: a real database, the real server in its own process, latency statistics. */

export interface LatencyStats {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function stats(latenciesMs: number[], seconds: number): LatencyStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export function formatStats(label: string, s: LatencyStats): string {
  return `${label.padEnd(34)} ${s.perSecond.toFixed(0).padStart(7)} req/s   p50 ${s.p50.toFixed(2).padStart(7)} ms   p90 ${s.p90
    .toFixed(2)
    .padStart(7)} ms   p99 ${s.p99.toFixed(2).padStart(7)} ms   (n=${s.count})`;
}

/** Runs `task` from `concurrency` workers until `durationMs` has passed; returns per-call latencies. */
export async function load(
  concurrency: number,
  durationMs: number,
  task: (i: number) => Promise<void>,
): Promise<LatencyStats> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  let counter = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = counter++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return stats(latencies, (performance.now() - started) / 1000);
}

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const dataDir = path.join(os.tmpdir(), `atap-bench-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const pg = await startEmbeddedPostgres({
    dataDir,
    // A port the system just handed out: a fixed one may still be held by a previous run's client sockets.
    port: await freePort(),
    database: 'atap_bench',
  });
  await migrate(pg.url);
  return {
    url: pg.url,
    async stop() {
      await pg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The real server, as `atap serve` runs it, in its own process on its own port. */
export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const root = path.resolve(import.meta.dirname, '..');
  // BENCH_SERVER_NODE_ARGS passes flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'src/cli.ts'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ATAP_SEED_DEMO: 'false',
      ATAP_LOG_LEVEL: 'warn',
      ATAP_DATA_KEY: benchDataKey,
      ATAP_METRICS_TOKEN: benchMetricsToken,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('server exited during start-up');
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      await sleep(100);
    }
  }
  return {
    baseUrl,
    child,
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
