import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { testDataKey } from './data-key.ts';

/** Real app processes (`atap serve`) on a shared database, for tests and benchmarks across processes. */

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface AppProcess {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

export async function startAppProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['src/cli.ts', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ATAP_SEED_DEMO: 'false',
      ATAP_LOG_LEVEL: 'warn',
      ATAP_DATA_KEY: testDataKey,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app process did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Atap is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app process exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
