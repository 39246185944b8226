import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuSeconds, machineBusySeconds } from './queue.bench.ts';
import { type LatencyStats, stats } from './support.ts';

/**
 * The floor bench's driver, the same for the reference transactions and for Atap over HTTP: kiosks issue tickets
 * while counters cycle call next → start → finish, all at once, until the time is up.
 */

/** A call: the ticket now at the counter, the booth's queue found empty, or a refusal (`error` says what). */
type CallOutcome = { ticketId: string } | { empty: true } | { error: string };

export interface FloorActions {
  /** The `n`th visit of the run (any kiosk; its booth is n % booths): the ids of its tickets, or the error. */
  issue(n: number): Promise<{ ticketIds: string[] } | { error: string }>;
  call(counter: number): Promise<CallOutcome>;
  /** Starts serving / finishes (served) the ticket the counter called; null when it worked, else the error. */
  start(counter: number, ticketId: string): Promise<string | null>;
  finish(counter: number, ticketId: string): Promise<string | null>;
}

export interface FloorRun {
  seconds: number;
  cycles: number;
  issues: number;
  /** Write requests (transactions for the reference) sent: issue, call, start, finish, empty calls and refusals. */
  actions: number;
  emptyCalls: number;
  failures: number;
  firstErrors: string[];
  latency: { issue: LatencyStats; call: LatencyStats; start: LatencyStats; finish: LatencyStats };
  /** What the driver was told succeeded: the correctness checks look for each of these in the database. */
  acknowledged: { issued: string[]; called: string[]; finished: string[] };
}

/** When a counter finds its queue empty it waits this long before asking again (a kiosk will have issued). */
const EMPTY_BACKOFF_MS = 10;

export async function driveFloor(
  actions: FloorActions,
  counters: number,
  kiosks: number,
  durationMs: number,
): Promise<FloorRun> {
  const lat = { issue: [] as number[], call: [] as number[], start: [] as number[], finish: [] as number[] };
  const acknowledged = { issued: [] as string[], called: [] as string[], finished: [] as string[] };
  let cycles = 0;
  let issues = 0;
  let sent = 0;
  let visits = 0;
  let emptyCalls = 0;
  let failures = 0;
  const firstErrors: string[] = [];
  const failed = (what: string, error: string) => {
    failures++;
    if (firstErrors.length < 5) firstErrors.push(`${what}: ${error}`);
  };
  const timed = async <T>(list: number[], fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    sent++;
    const result = await fn();
    list.push(performance.now() - t0);
    return result;
  };
  const started = performance.now();
  const deadline = started + durationMs;
  const kioskLoop = async () => {
    while (performance.now() < deadline) {
      const n = visits++;
      const r = await timed(lat.issue, () => actions.issue(n));
      if ('error' in r) {
        failed('issue', r.error);
        await sleep(EMPTY_BACKOFF_MS);
      } else {
        issues++;
        acknowledged.issued.push(...r.ticketIds);
      }
    }
  };
  // A counter finishes the cycle it began, so every counter ends the phase holding no ticket.
  const counterLoop = async (c: number) => {
    while (performance.now() < deadline) {
      const call = await timed(lat.call, () => actions.call(c));
      if ('empty' in call) {
        emptyCalls++;
        await sleep(EMPTY_BACKOFF_MS);
        continue;
      }
      if ('error' in call) {
        failed('call', call.error);
        await sleep(EMPTY_BACKOFF_MS);
        continue;
      }
      acknowledged.called.push(call.ticketId);
      const startError = await timed(lat.start, () => actions.start(c, call.ticketId));
      if (startError) failed('start', startError);
      const finishError = await timed(lat.finish, () => actions.finish(c, call.ticketId));
      if (finishError) failed('finish', finishError);
      else {
        acknowledged.finished.push(call.ticketId);
        if (!startError) cycles++;
      }
    }
  };
  await Promise.all([
    ...Array.from({ length: kiosks }, () => kioskLoop()),
    ...Array.from({ length: counters }, (_, c) => counterLoop(c)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    cycles,
    issues,
    actions: sent,
    emptyCalls,
    failures,
    firstErrors,
    latency: {
      issue: stats(lat.issue, seconds),
      call: stats(lat.call, seconds),
      start: stats(lat.start, seconds),
      finish: stats(lat.finish, seconds),
    },
    acknowledged,
  };
}

// ——— CPU ———

/** utime, stime, cutime, cstime of a process, in seconds (clock ticks of 10 ms on Linux). */
function processTimes(pid: number) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return {
    ppid: Number(fields[1]),
    own: (Number(fields[11]) + Number(fields[12])) / 100,
    children: (Number(fields[13]) + Number(fields[14])) / 100,
  };
}

/**
 * CPU seconds PostgreSQL has used so far: the postmaster and every process under it (backends, autovacuum, WAL
 * writer…). A backend that exited is counted in the postmaster's children's time once reaped.
 */
function postgresCpuSeconds(postmasterPid: number): number {
  const root = processTimes(postmasterPid);
  let total = root.own + root.children;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const p = processTimes(Number(entry));
      if (p.ppid === postmasterPid) total += p.own + p.children;
    } catch {
      // The process ended while the list was read: the postmaster's children's time has it.
    }
  }
  return total;
}

/** The postmaster: the parent of the backend serving `backendPid`. */
export function postmasterOf(backendPid: number): number {
  return processTimes(backendPid).ppid;
}

export interface CpuUse {
  postgres: number;
  app: number;
  /** This process: the load generator (and, for the reference, the client that runs the transactions). */
  driver: number;
  /** Every core of the machine, busy with anything (other work on a shared machine shows here). */
  machine: number;
}

/** CPU seconds used by PostgreSQL, the app (when there is one), this process and the machine during `fn`. */
export async function measureCpu<T>(
  postmasterPid: number,
  appPid: number | null,
  fn: () => Promise<T>,
): Promise<{ result: T; cpu: CpuUse }> {
  const pg0 = postgresCpuSeconds(postmasterPid);
  const app0 = appPid === null ? 0 : cpuSeconds(appPid);
  const machine0 = machineBusySeconds();
  const self0 = process.cpuUsage();
  const result = await fn();
  const self = process.cpuUsage(self0);
  return {
    result,
    cpu: {
      postgres: postgresCpuSeconds(postmasterPid) - pg0,
      app: appPid === null ? 0 : cpuSeconds(appPid) - app0,
      driver: (self.user + self.system) / 1e6,
      machine: machineBusySeconds() - machine0,
    },
  };
}
