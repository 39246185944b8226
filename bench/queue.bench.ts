import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { Agent, request } from 'undici';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import {
  callNext,
  finish,
  issueVisit,
  onVisitFinished,
  openCounter,
} from '../src/modules/floor/floor.public.ts';
import { countServedVisit } from '../src/modules/requests/requests.public.ts';
import type { Actor } from '../src/shared/auth/roles.ts';
import { type RequestContext, systemContext } from '../src/shared/context.ts';
import { type Database, openDatabase } from '../src/shared/db/database.ts';
import { sseText } from '../src/shared/events/hub.ts';
import { FloorNotifier } from '../src/shared/events/notifier.ts';
import { lastSequences } from '../src/shared/events/outbox.ts';
import { openAllDay } from '../test/support/floor.ts';
import { freePort } from '../test/support/processes.ts';
import { connectSse } from '../test/support/sse-client.ts';
import {
  benchDatabase,
  formatStats,
  type LatencyStats,
  metricsHeaders,
  type ServerProcess,
  startServer,
  stats,
} from './support.ts';

/**
 * The floor under load, against baselines measured in the same run:
 * 1. Ticket issue + call + finish: over HTTP through the real server, beside the same service functions (the
 *    same SQL transactions, outbox and audit included) called directly through a bare pg pool of the same size.
 *    Target: HTTP throughput ≥ 50% of the baseline.
 * 2. SSE fan-out: 10,000 subscribers on one process (held by a separate client process); time from a call's
 *    HTTP response to its arrival at every subscriber (p99 < 250 ms), server memory per connection (< 40 KB),
 *    and the issue+call+finish throughput with them connected (≥ 80% of the figure without, measured just before
 *    they connect and again after they leave; two such rounds, pooled).
 * 3. Two app processes with the outbox notifier on vs off (listeners then only poll): throughput on ≥ 85% of
 *    off; zero lost or out-of-order events at a display connected to each process.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
const DURATION_MS = SECONDS * 1000;
const WARMUP_MS = 3000;
const POOL_SIZE = 10;
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? '10000');
const AGENCIES = ['DISPENDUKCAPIL', 'DPMPTSP'];
const COUNTERS_PER_BOOTH = 8;
const LATENCY_CALLS = 20;
/** Phases with subscribers, each bracketed by phases without (BENCH_ROUNDS). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '2');
const CALL_SPACING_MS = 2000;

export interface Worker {
  boothId: string;
  serviceId: string;
  counterId: string;
  username: string;
  password: string;
  actor: Actor;
}

/** One officer user per counter (the first `countersPerBooth` of each agency's SBY booth), signed in by name. */
export async function prepare(
  db: Database,
  agencies = AGENCIES,
  countersPerBooth = COUNTERS_PER_BOOTH,
): Promise<Worker[]> {
  await openAllDay(db, 'SBY');
  const workers: Worker[] = [];
  for (const agency of agencies) {
    const booth = await db
      .selectFrom('booths as b')
      .innerJoin('sites as s', 's.id', 'b.siteId')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select(['b.id', 'b.siteId'])
      .where('s.code', '=', 'SBY')
      .where('a.code', '=', agency)
      .executeTakeFirstOrThrow();
    const service = await db
      .selectFrom('serviceBooths')
      .select('serviceId')
      .where('boothId', '=', booth.id)
      .executeTakeFirstOrThrow();
    await db.updateTable('services').set({ dailyQuota: null }).where('id', '=', service.serviceId).execute();
    const counters = await db
      .selectFrom('counters')
      .select('id')
      .where('boothId', '=', booth.id)
      .orderBy('number')
      .limit(countersPerBooth)
      .execute();
    for (const [i, counter] of counters.entries()) {
      const username = `bench.${agency.toLowerCase()}.${i + 1}`;
      const password = `bench-password-${i + 1}`;
      const userId = await createUser(db, systemContext, {
        username,
        displayName: `Bench ${agency} ${i + 1}`,
        password,
        role: 'officer',
        siteId: booth.siteId,
        agencyId: null,
        boothId: booth.id,
      } as never);
      workers.push({
        boothId: booth.id,
        serviceId: service.serviceId,
        counterId: counter.id,
        username,
        password,
        actor: {
          userId,
          username,
          displayName: username,
          role: 'officer',
          siteId: booth.siteId,
          agencyId: null,
          boothId: booth.id,
        },
      });
    }
  }
  return workers;
}

interface CycleResult {
  cycles: LatencyStats;
  issue: LatencyStats;
  call: LatencyStats;
  finish: LatencyStats;
  failures: number;
}

/** Each worker is one counter: issue a ticket at its booth, call next, finish — until the time is up. */
async function cycles(
  workers: Worker[],
  durationMs: number,
  step: {
    issue(w: Worker): Promise<boolean>;
    call(w: Worker): Promise<boolean>;
    finish(w: Worker): Promise<boolean>;
  },
): Promise<CycleResult> {
  const lat = { cycles: [] as number[], issue: [] as number[], call: [] as number[], finish: [] as number[] };
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const timed = async (list: number[], fn: () => Promise<boolean>) => {
    const t0 = performance.now();
    const ok = await fn();
    list.push(performance.now() - t0);
    if (!ok) failures++;
    return ok;
  };
  await Promise.all(
    workers.map(async (w) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await timed(lat.issue, () => step.issue(w));
        if (await timed(lat.call, () => step.call(w))) await timed(lat.finish, () => step.finish(w));
        lat.cycles.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    cycles: stats(lat.cycles, seconds),
    issue: stats(lat.issue, seconds),
    call: stats(lat.call, seconds),
    finish: stats(lat.finish, seconds),
    failures,
  };
}

function printCycles(label: string, r: CycleResult) {
  console.log(formatStats(`${label}: issue+call+finish`, r.cycles));
  console.log(formatStats(`  ${label}: issue`, r.issue));
  console.log(formatStats(`  ${label}: call next`, r.call));
  console.log(formatStats(`  ${label}: finish`, r.finish));
  if (r.failures) console.log(`  ${label}: failures ${r.failures}`);
}

/** The same cycle over HTTP against one or more server processes (workers spread over them). */
export async function httpDriver(servers: ServerProcess[], workers: Worker[]) {
  const agents = servers.map(() => new Agent({ connections: workers.length * 2, pipelining: 1 }));
  const target = (i: number) => ({
    base: servers[i % servers.length] as ServerProcess,
    agent: agents[i % agents.length] as Agent,
  });
  const call = async (
    i: number,
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => {
    const { base, agent } = target(i);
    const res = await request(`${base.baseUrl}${url}`, {
      method,
      dispatcher: agent,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    return { status: res.statusCode, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const sessions = new Map<Worker, Record<string, string>>();
  for (const [i, w] of workers.entries()) {
    const { base, agent } = target(i);
    const res = await request(`${base.baseUrl}/api/auth/login`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: w.username, password: w.password }),
    });
    const { csrfToken } = (await res.body.json()) as { csrfToken: string };
    sessions.set(w, {
      cookie: String(res.headers['set-cookie']).split(';')[0] as string,
      'x-csrf-token': csrfToken,
    });
    await call(
      i,
      'POST',
      `/api/floor/counters/${w.counterId}/open`,
      sessions.get(w) as Record<string, string>,
      {},
    );
  }
  return {
    call,
    sessions,
    index: (w: Worker) => workers.indexOf(w),
    close: () => Promise.all(agents.map((a) => a.close())),
  };
}

export async function pairKiosk(server: ServerProcess): Promise<Record<string, string>> {
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'manajer.sby', password: 'manajer-sby-2026' }),
  });
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { siteId: string } };
  const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string;
  const res = await fetch(`${server.baseUrl}/api/floor/kiosks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ siteId: user.siteId, name: 'Bench kiosk' }),
  });
  return { 'x-kiosk-token': ((await res.json()) as { token: string }).token };
}

function httpSteps(driver: Awaited<ReturnType<typeof httpDriver>>, kiosk: Record<string, string>) {
  return {
    issue: async (w: Worker) =>
      (
        await driver.call(driver.index(w), 'POST', '/api/floor/sites/SBY/visits', kiosk, {
          serviceIds: [w.serviceId],
          priority: 'none',
        })
      ).status === 201,
    call: async (w: Worker) =>
      (
        await driver.call(
          driver.index(w),
          'POST',
          `/api/floor/counters/${w.counterId}/call-next`,
          driver.sessions.get(w) as Record<string, string>,
          {},
        )
      ).status === 200,
    finish: async (w: Worker) =>
      (
        await driver.call(
          driver.index(w),
          'POST',
          `/api/floor/counters/${w.counterId}/finish`,
          driver.sessions.get(w) as Record<string, string>,
          {
            outcome: 'served',
          },
        )
      ).status === 200,
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 10 ms on Linux). */
export const cpuSeconds = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** CPU seconds the whole machine has spent busy so far (all cores, from /proc/stat). */
export const machineBusySeconds = () => {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return (fields.reduce((a, b) => a + b, 0) - idle) / 100;
};

/** Where the CPU went during a phase: the app server, the load generator (this process), the rest. */
function cpuMeter(pids: Record<string, number>) {
  const before = {
    machine: machineBusySeconds(),
    self: process.cpuUsage(),
    pids: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid)])),
  };
  const wall = performance.now();
  return () => {
    const seconds = (performance.now() - wall) / 1000;
    const self = process.cpuUsage(before.self);
    const parts = Object.entries(pids).map(
      ([k, pid]) => `${k} ${((cpuSeconds(pid) - (before.pids[k] ?? 0)) / seconds).toFixed(2)}`,
    );
    const machine = (machineBusySeconds() - before.machine) / seconds;
    return (
      `CPU (cores busy): ${parts.join(', ')}, load generator ${((self.user + self.system) / 1e6 / seconds).toFixed(2)}, ` +
      `whole machine ${machine.toFixed(2)} of ${os.availableParallelism()}`
    );
  };
}

const rssKb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
};

/** The hub's fan-out counters, from the server's /metrics. */
async function fanoutCounts(server: ServerProcess) {
  const text = await (await fetch(`${server.baseUrl}/metrics`, { headers: metricsHeaders })).text();
  const read = (key: string) =>
    Number(new RegExp(`^atap_floor_fanout_${key}_total (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  const writeCostMs =
    Number(/^atap_floor_fanout_write_cost_seconds (\S+)/m.exec(text)?.[1] ?? Number.NaN) * 1000;
  return { passes: read('passes'), writes: read('writes'), delivered: read('delivered'), writeCostMs };
}

/**
 * The floor for fan-out latency on this machine: a bare node:net server, in this process, writing a call's SSE
 * text to the same number of subscribers (the same client process), giving the event loop back after each
 * millisecond of writing as the hub does, and nothing else. Each write costs kernel time (loopback TCP), so this
 * is what any Node server would take here to reach every subscriber; the app's figure is read beside it.
 */
async function bareFanoutFloor(): Promise<LatencyStats> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    socket.once('data', () => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\nretry: 2000\n\n',
      );
      sockets.push(socket);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const child = subscriberProcess(`http://127.0.0.1:${port}/stream`);
  const ready = await new Promise<{ connected: number }>((resolve) =>
    child.once('message', (m) => resolve(m as { connected: number })),
  );
  await sleep(1000);
  const complete: number[] = [];
  for (let i = 0; i < LATENCY_CALLS; i++) {
    const armed = new Promise((resolve) => child.once('message', resolve));
    child.send({ type: 'arm' });
    await armed;
    const number = `Z-${String(i + 1).padStart(3, '0')}`;
    // A call event as the hub sends it (the same fields and sizes).
    const bytes = Buffer.from(
      sseText({
        siteId: '',
        seq: 1000 + i,
        type: 'ticket.called',
        boothId: randomUUID(),
        at: new Date().toISOString(),
        payload: {
          ticketId: randomUUID(),
          number,
          status: 'called',
          boothName: 'Dinas Kependudukan dan Pencatatan Sipil',
          zone: 'Zona A',
          counterNumber: 3,
        },
      }),
    );
    const t0 = performance.timeOrigin + performance.now();
    let sliceStarted = performance.now();
    for (const socket of sockets) {
      if (performance.now() - sliceStarted >= 1) {
        await setImmediate();
        sliceStarted = performance.now();
      }
      socket.write(bytes);
    }
    child.send({ type: 'measure', number, t0 });
    const result = await new Promise<{ received: number; latencies: number[] }>((resolve) =>
      child.once('message', (m) => resolve(m as { received: number; latencies: number[] })),
    );
    if (result.received < ready.connected) throw new Error('bare fan-out: a subscriber missed the call');
    complete.push(Math.max(...result.latencies));
    await sleep(CALL_SPACING_MS / 4);
  }
  child.kill();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
  return stats(complete, 1);
}

async function fanout(
  server: ServerProcess,
  workers: Worker[],
  driver: Awaited<ReturnType<typeof httpDriver>>,
  kiosk: Record<string, string>,
) {
  const floor = await bareFanoutFloor();
  console.log(
    `SSE floor on this machine: a bare node:net server writing a call to ${SUBSCRIBERS} subscribers reaches every one in p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`,
  );
  const booth = workers[0] as Worker;
  const pid = server.child.pid as number;
  const rssBefore = rssKb(pid);
  const streamUrl = `${server.baseUrl}/api/floor/sites/SBY/stream?booth=${booth.boothId}`;
  const child = subscriberProcess(streamUrl);
  const connectStarted = performance.now();
  const ready = await new Promise<{ connected: number }>((resolve) =>
    child.once('message', (m) => resolve(m as { connected: number })),
  );
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await new Promise((r) => setTimeout(r, 1000));
  const rssAfter = rssKb(pid);
  const perConnectionKb = (rssAfter - rssBefore) / ready.connected;
  console.log(
    `SSE: ${ready.connected} subscribers connected in ${connectSeconds.toFixed(1)} s; server RSS ${Math.round(rssBefore / 1024)} → ${Math.round(rssAfter / 1024)} MB = ${perConnectionKb.toFixed(1)} KB per connection (target < 40 KB: ${perConnectionKb < 40 ? 'MET' : 'NOT MET'})`,
  );

  // Latency: single calls, one at a time, from the HTTP response of call-next to arrival at every subscriber.
  // The tickets are issued first; the calls come CALL_SPACING_MS apart, as a busy booth's would (eight counters
  // at five minutes a citizen call every forty seconds or so), each finished before the next.
  const steps = httpSteps(driver, kiosk);
  for (let i = 0; i < LATENCY_CALLS; i++) await steps.issue(booth);
  await sleep(CALL_SPACING_MS);
  const all: number[] = [];
  const complete: number[] = [];
  let lost = 0;
  for (let i = 0; i < LATENCY_CALLS; i++) {
    const started = performance.now();
    const armed = new Promise((resolve) => child.once('message', resolve));
    child.send({ type: 'arm' });
    await armed;
    const res = await driver.call(
      driver.index(booth),
      'POST',
      `/api/floor/counters/${booth.counterId}/call-next`,
      driver.sessions.get(booth) as Record<string, string>,
      {},
    );
    const t0 = performance.timeOrigin + performance.now();
    const number = String(res.json.number);
    child.send({ type: 'measure', number, t0 });
    const result = await new Promise<{ received: number; latencies: number[] }>((resolve) =>
      child.once('message', (m) => resolve(m as { received: number; latencies: number[] })),
    );
    lost += ready.connected - result.received;
    all.push(...result.latencies);
    complete.push(Math.max(...result.latencies));
    await steps.finish(booth);
    await sleep(Math.max(0, CALL_SPACING_MS - (performance.now() - started)));
  }
  const perSubscriber = stats(all, 1);
  const everyone = stats(complete, 1);
  console.log(
    `SSE delivery, call response → each subscriber: p50 ${perSubscriber.p50.toFixed(1)} ms  p99 ${perSubscriber.p99.toFixed(1)} ms  (n=${all.length}, missing ${lost})`,
  );
  console.log(
    `SSE delivery, call response → every subscriber: p50 ${everyone.p50.toFixed(1)} ms  p99 ${everyone.p99.toFixed(1)} ms  max ${everyone.max.toFixed(1)} ms (target p99 < 250 ms: ${everyone.p99 < 250 ? 'MET' : 'NOT MET'})`,
  );

  // Throughput with the subscribers connected, bracketed by throughput without them, ROUNDS times: on this shared
  // machine throughput drifts between 10 s phases by more than the effect measured (seen: 76 and 109 in adjacent
  // phases), so each phase with subscribers is read against the mean of the phases just before and after it, and
  // the rounds are pooled. The first bracket is measured here, not taken from the HTTP phase minutes earlier.
  child.kill();
  await subscribersGone(server);
  let previous = await cycles(workers, DURATION_MS, steps);
  printCycles('HTTP without subscribers (before round 1)', previous);
  let withSum = 0;
  let bracketSum = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const subscribers = subscriberProcess(streamUrl);
    await new Promise((resolve) => subscribers.once('message', resolve));
    await sleep(1000);
    const meter = cpuMeter({ 'app server': pid, 'subscriber client': subscribers.pid as number });
    const fanoutBefore = await fanoutCounts(server);
    const withSubscribers = await cycles(workers, DURATION_MS, steps);
    const cpuLine = meter();
    const fanoutAfter = await fanoutCounts(server);
    printCycles(`HTTP with ${ready.connected} SSE (round ${round})`, withSubscribers);
    // On a small machine the subscribers' own process competes for the same cores: show who used the CPU.
    console.log(`  ${cpuLine}`);
    const rate = (key: 'passes' | 'writes' | 'delivered') =>
      ((fanoutAfter[key] - fanoutBefore[key]) / withSubscribers.cycles.seconds).toFixed(0);
    console.log(
      `  fan-out during that phase: ${rate('passes')} passes/s, ${rate('writes')} socket writes/s, ${rate('delivered')} events delivered/s; a socket write measured at ${(fanoutAfter.writeCostMs * 1000).toFixed(1)} µs`,
    );
    subscribers.kill();
    await subscribersGone(server);
    const after = await cycles(workers, DURATION_MS, steps);
    printCycles(`HTTP after the subscribers left (round ${round})`, after);
    const bracket = (previous.cycles.perSecond + after.cycles.perSecond) / 2;
    console.log(
      `  round ${round}: ${withSubscribers.cycles.perSecond.toFixed(0)} / mean(${previous.cycles.perSecond.toFixed(0)} before, ${after.cycles.perSecond.toFixed(0)} after) = ${(withSubscribers.cycles.perSecond / bracket).toFixed(2)}`,
    );
    withSum += withSubscribers.cycles.perSecond;
    bracketSum += bracket;
    previous = after;
  }
  const ratio = withSum / bracketSum;
  console.log(
    `throughput with/without subscribers over ${ROUNDS} rounds: ${ratio.toFixed(2)} (target ≥ 0.80: ${ratio >= 0.8 ? 'MET' : 'NOT MET'})`,
  );
}

/** A child process holding SUBSCRIBERS streams of `url` (sse-subscribers.ts); it says when they are connected. */
function subscriberProcess(url: string) {
  return fork(path.join(import.meta.dirname, 'sse-subscribers.ts'), [url, String(SUBSCRIBERS)], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Waits until the server has closed the subscribers' streams (their process was killed). */
async function subscribersGone(server: ServerProcess): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const text = await (await fetch(`${server.baseUrl}/metrics`, { headers: metricsHeaders })).text();
    if (Number(/^atap_floor_subscribers (\d+)/m.exec(text)?.[1] ?? 0) === 0) return;
    await sleep(200);
  }
  throw new Error('the subscribers did not disconnect within 30 s');
}

/**
 * Between phases: the tickets a phase left open are cancelled, and the tables the phases churn are vacuumed, so
 * autovacuum does not land in the middle of the next phase.
 */
export async function resetFloor(db: Database): Promise<void> {
  await db
    .updateTable('tickets')
    .set({ status: 'cancelled' })
    .where('status', 'in', ['waiting', 'called', 'serving'])
    .execute();
  await sql`VACUUM (ANALYZE) tickets, visits, counter_sessions, floor_events, audit_log`.execute(db);
}

/** The last event number of the demo site (its outbox sequence). */
async function lastEventOf(db: Database): Promise<number> {
  const site = await db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow();
  return (await lastSequences(db, [site.id])).get(site.id) ?? 0;
}

async function crossProcess(db: Database, databaseUrl: string, workers: Worker[], notify: boolean) {
  const servers = await Promise.all(
    [0, 1].map(async () =>
      startServer(databaseUrl, await freePort(), {
        ATAP_DB_POOL_SIZE: String(POOL_SIZE / 2),
        ATAP_FLOOR_NOTIFY: String(notify),
      }),
    ),
  );
  const kiosk = await pairKiosk(servers[0] as ServerProcess);
  // Each display asks for everything after this point (Last-Event-ID), so each must end up with every event of the
  // phase, numbered from here to the site's last, once and in order.
  const from = await lastEventOf(db);
  const displays = await Promise.all(
    servers.map((s) => connectSse(`${s.baseUrl}/api/floor/sites/SBY/stream`, { lastEventId: from })),
  );
  const driver = await httpDriver(servers, workers);
  const result = await cycles(workers, DURATION_MS, httpSteps(driver, kiosk));
  // Close the counters (so the next phase can open them) and let every display catch up.
  for (const [i, w] of workers.entries())
    await driver.call(
      i,
      'POST',
      `/api/floor/counters/${w.counterId}/close`,
      driver.sessions.get(w) as Record<string, string>,
      {},
    );
  const last = await lastEventOf(db);
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && displays.some((d) => (d.events.at(-1)?.id ?? 0) < last))
    await new Promise((r) => setTimeout(r, 20));
  const problems = displays.map((d) => {
    const ids = d.events.map((e) => e.id as number);
    let outOfOrder = 0;
    for (let i = 1; i < ids.length; i++) if ((ids[i] as number) <= (ids[i - 1] as number)) outOfOrder++;
    const received = new Set(ids.filter((id) => id > from && id <= last));
    return { events: ids.length, expected: last - from, gaps: last - from - received.size, outOfOrder };
  });
  for (const d of displays) d.close();
  await driver.close();
  await Promise.all(servers.map((s) => s.stop()));
  return { result, problems };
}

export async function run(): Promise<void> {
  const database = await benchDatabase();
  const handle = openDatabase(database.url, POOL_SIZE);
  try {
    await seedDemo(handle.db, {});
    const workers = await prepare(handle.db);
    console.log(
      `queue: ${workers.length} counters over ${AGENCIES.length} booths, each issuing, calling and finishing; ${SECONDS} s per phase; pool ${POOL_SIZE}`,
    );

    // 1. Baseline: the same service functions (same transactions) called directly on a bare pool.
    // Numbering events after commit is part of each change's work (migration 0029): the baseline does it too.
    const notifier = new FloorNotifier({
      db: handle.db,
      windowMs: 20,
      enabled: false,
      onLocalWrite: () => {},
    });
    const deps = { db: handle.db, notifier, now: () => new Date() };
    // As the app does at start: a finish bumps the monitor's rollups (the baseline does the same work).
    onVisitFinished(countServedVisit);
    const kioskCtx: RequestContext = { actor: null, clientIp: '127.0.0.1', requestId: 'bench' };
    const ctxOf = (w: Worker): RequestContext => ({
      actor: w.actor,
      clientIp: '127.0.0.1',
      requestId: 'bench',
    });
    for (const w of workers) await openCounter(deps, ctxOf(w), w.counterId);
    const bareSteps: Parameters<typeof cycles>[2] = {
      issue: async (w) => {
        await issueVisit(deps, kioskCtx, 'SBY', {
          serviceIds: [w.serviceId],
          priority: 'none',
          kioskId: null,
        });
        return true;
      },
      call: async (w) => {
        try {
          await callNext(deps, ctxOf(w), w.counterId);
          return true;
        } catch {
          return false;
        }
      },
      finish: async (w) => {
        await finish(deps, ctxOf(w), w.counterId, 'served');
        return true;
      },
    };
    // Both sides run unmeasured first: the first seconds of a process (cold JIT, fresh connections) are slower, and
    // a cold baseline would flatter every ratio taken to it.
    await resetFloor(handle.db);
    await cycles(workers, WARMUP_MS, bareSteps);
    const bare = await cycles(workers, DURATION_MS, bareSteps);
    await notifier.close();
    await handle.db
      .updateTable('counterSessions')
      .set({ endedAt: new Date(), endReason: 'signed_out' })
      .where('endedAt', 'is', null)
      .execute();
    await resetFloor(handle.db);

    // 2. HTTP through the real server.
    const server = await startServer(database.url, await freePort(), {
      ATAP_DB_POOL_SIZE: String(POOL_SIZE),
    });
    const kiosk = await pairKiosk(server);
    const driver = await httpDriver([server], workers);
    await cycles(workers, WARMUP_MS, httpSteps(driver, kiosk));
    const httpCpu = cpuMeter({ 'app server': server.child.pid as number });
    const http = await cycles(workers, DURATION_MS, httpSteps(driver, kiosk));
    const httpCpuLine = httpCpu();
    printCycles('bare (same transactions)', bare);
    printCycles('HTTP', http);
    console.log(`  ${httpCpuLine}`);
    const ratio = http.cycles.perSecond / bare.cycles.perSecond;
    console.log(
      `HTTP/bare throughput ${ratio.toFixed(2)} (target ≥ 0.50: ${ratio >= 0.5 ? 'MET' : 'NOT MET'})`,
    );

    // 3. Fan-out to many subscribers on this server.
    if (SUBSCRIBERS > 0) await fanout(server, workers, driver, kiosk);
    for (const [i, w] of workers.entries())
      await driver.call(
        i,
        'POST',
        `/api/floor/counters/${w.counterId}/close`,
        driver.sessions.get(w) as Record<string, string>,
        {},
      );
    await driver.close();
    await server.stop();
    // 4. Two processes, notifier on vs off, in the order on, off, off, on (pooled): the phase after a clean-up
    //    otherwise always fell to the same side, and drift between phases cancels out.
    const phases: { notify: boolean; run: Awaited<ReturnType<typeof crossProcess>> }[] = [];
    for (const notify of [true, false, false, true]) {
      await resetFloor(handle.db);
      phases.push({ notify, run: await crossProcess(handle.db, database.url, workers, notify) });
    }
    for (const [i, { notify, run }] of phases.entries())
      printCycles(`2 processes, notifier ${notify ? 'on' : 'off'} (phase ${i + 1})`, run.result);
    const throughput = (notify: boolean) =>
      phases.filter((p) => p.notify === notify).reduce((sum, p) => sum + p.run.result.cycles.perSecond, 0);
    const crossRatio = throughput(true) / throughput(false);
    console.log(
      `notifier on/off throughput ${crossRatio.toFixed(2)} (target ≥ 0.85: ${crossRatio >= 0.85 ? 'MET' : 'NOT MET'})`,
    );
    for (const { notify, run } of phases)
      console.log(
        `displays (notifier ${notify ? 'on' : 'off'}): ${run.problems.map((p) => `${p.events} of ${p.expected} events, ${p.gaps} lost, ${p.outOfOrder} out of order`).join(' | ')}`,
      );
  } finally {
    await handle.close();
    await database.stop();
  }
}
