import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import {
  connectionOptions,
  type Database,
  type DatabaseLimits,
  dropConnection,
  NO_LIMITS,
} from '../db/database.ts';
import { backoffMs } from './backoff.ts';
import { FLOOD_EVENTS, fanoutWindowMs, WriteCost } from './fanout-pacing.ts';
import { FLOOR_CHANNEL } from './notifier.ts';
import { type FloorEvent, lastSequences, readEvents } from './outbox.ts';

/**
 * The per-process fan-out of floor events to Server-Sent-Events subscribers (displays, consoles, phones).
 *
 * For each site that has subscribers the hub keeps a cursor (the last sequence read from the outbox) and a
 * ring of recent events. It learns of new events from LISTEN (one NOTIFY per batch from every process), from
 * this process's own commits, and from a slow poll that covers lost notifications and listener reconnects.
 * Reads of one site are serialised, so events go out in sequence order, each formatted once for everyone.
 * A subscriber that reconnects with Last-Event-ID is replayed from the ring or, further back, the outbox.
 */

export interface Subscriber {
  /** Highest sequence this subscriber has been given (or skipped by its filter). */
  lastSeq: number;
  /** When the hub last wrote to it (performance.now()): heartbeats go only to streams idle for a while. */
  lastWriteAt: number;
  /**
   * Subscribers with the same key accept the same events: the hub formats their share of a batch once and
   * writes the same text to all of them (a thousand displays of one zone cost one filter pass).
   */
  key: string;
  accepts(event: FloorEvent): boolean;
  write(chunk: string | Buffer): boolean;
  /** Buffered bytes not yet sent; a subscriber that falls far behind is dropped and reconnects. */
  backlog(): number;
  close(): void;
  /**
   * The SHA-256 of the session the stream was opened with (a staff stream), else absent. The stream ends when that
   * session does (sign-out, a password reset, a disabled account), whichever process ended it (checkSessions).
   */
  session?: Buffer;
}

interface SiteChannel {
  cursor: number;
  ring: { event: FloorEvent; text: string }[];
  subscribers: Set<Subscriber>;
  reading: boolean;
  readAgain: boolean;
  /** Reads the window allows right now (a token bucket: refills one per window, holds at most READ_BURST). */
  tokens: number;
  tokensAt: number;
  timer: NodeJS.Timeout | null;
  /** The last pass carried FLOOD_EVENTS or more: windows are longer until one carries fewer. */
  flooding: boolean;
}

const RING_SIZE = 2000;
const READ_BATCH = 1000;
const MAX_BACKLOG_BYTES = 1 << 20;
/** Back-to-back changes (an issue, then its call) go out at once; a sustained stream still gets one read per window. */
const READ_BURST = 2;
/**
 * Writing time between two turns of the event loop. A transaction holding a booth's row waits for the slice to end
 * before its next round trip, and every counter of that booth waits on it: slices of 100 writes (4 ms where a
 * write costs 40 µs) cost the queue bench's throughput with 10,000 subscribers 0.74–0.92 of the figure without
 * them in five runs; slices of 25 (1 ms there) 0.86 and 0.87. A slice by time holds on any machine.
 */
const FANOUT_SLICE_MS = 1;
/** Subscribers visited between two looks at the clock. */
const CLOCK_EVERY = 8;

/** Gives the event loop back after each slice of writing to subscribers, and adds up the time spent writing. */
class Slices {
  private visited = 0;
  private busy = 0;
  /** When the current slice began: a write's time, close enough (the clock is not read per write). */
  started = performance.now();

  /** Counts a subscriber; true when the slice is used up and the caller should `await next()` before going on. */
  due(): boolean {
    return ++this.visited % CLOCK_EVERY === 0 && performance.now() - this.started >= FANOUT_SLICE_MS;
  }

  async next(): Promise<void> {
    this.busy += performance.now() - this.started;
    await setImmediate();
    this.started = performance.now();
  }

  /** Time spent writing, turns of the loop in between left out. */
  end(): number {
    return this.busy + (performance.now() - this.started);
  }
}
/**
 * Every round, a comment line goes to the streams that had nothing for a while, so proxies and browsers keep them
 * open (30 s at most without a byte). A stream written to since is left alone, and the round is written a slice at
 * a time: ten thousand writes at once held the event loop for 100–400 ms every 20 s.
 */
const HEARTBEAT_MS = 20_000;
/** How often the streams' sessions are checked: a disabled officer's console goes dark within this. */
const SESSION_CHECK_MS = 2000;
/**
 * A LISTEN connection carries nothing while the floor is quiet, so a link that went silent (no reset) is found by
 * asking: a round trip this often, given up after LISTENER_PING_TIMEOUT_MS, and the connection rebuilt.
 */
const LISTENER_PING_MS = 10_000;
const LISTENER_PING_TIMEOUT_MS = 5000;

/** The LISTEN connection, for /healthz and /metrics: while it is rebuilt, other processes' events come by poll. */
export interface ListenerState {
  status: 'off' | 'connected' | 'reconnecting';
  /** When it entered this status. */
  since: Date;
  /** Failed attempts to rebuild it since it was lost. */
  attempts: number;
}

/** The site is the stream's own, so an event's text leaves it out (one call goes to thousands of screens). */
export function sseText(event: FloorEvent): string {
  const { seq, type, boothId, at, payload } = event;
  return `id: ${seq}\nevent: ${type}\ndata: ${JSON.stringify({ seq, type, boothId, at, payload })}\n\n`;
}

export class FloorHub {
  private readonly channels = new Map<string, Promise<SiteChannel>>();
  private readonly ready = new Map<string, SiteChannel>();
  private listener: pg.Client | null = null;
  private listenerState: ListenerState = { status: 'off', since: new Date(), attempts: 0 };
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private pinging = false;
  private readonly limits: DatabaseLimits;
  private pollTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private sessionTimer: NodeJS.Timeout | null = null;
  private checkingSessions = false;
  private closed = false;
  private readonly db: Database;
  private readonly databaseUrl: string;
  private readonly listen: boolean;
  private readonly pollMs: number;
  private readonly fanoutMs: number;
  private readonly heartbeatMs: number;
  private beating = false;
  /** Counters for /metrics: events handed to subscribers, socket writes, and fan-out passes (reads) made. */
  readonly counts = { delivered: 0, writes: 0, passes: 0 };
  /** What one socket write costs here, measured on this process's passes; it sets the windows (fanout-pacing.ts). */
  private readonly writeCost = new WriteCost();

  constructor(opts: {
    db: Database;
    databaseUrl: string;
    listen: boolean;
    pollMs: number;
    fanoutMs: number;
    /** Checks for idle streams this often (HEARTBEAT_MS; shorter in a test). */
    heartbeatMs?: number;
    /** The connect timeout applies to the LISTEN connection too. */
    limits?: DatabaseLimits;
  }) {
    this.limits = opts.limits ?? NO_LIMITS;
    this.heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS;
    this.db = opts.db;
    this.databaseUrl = opts.databaseUrl;
    this.listen = opts.listen;
    this.pollMs = opts.pollMs;
    this.fanoutMs = opts.fanoutMs;
  }

  async start(): Promise<void> {
    if (this.listen) {
      this.setListenerState('reconnecting');
      // Not reachable at start: the app starts anyway (events come by poll) and the connection is rebuilt.
      await this.connectListener().catch(() => this.scheduleReconnect());
      this.pingTimer = setInterval(() => void this.pingListener(), LISTENER_PING_MS);
      this.pingTimer.unref();
    }
    this.pollTimer = setInterval(() => void this.poll(), this.pollMs);
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
    this.sessionTimer = setInterval(() => void this.checkSessions(), SESSION_CHECK_MS);
    this.pollTimer.unref();
    this.heartbeatTimer.unref();
    this.sessionTimer.unref();
  }

  /** One attempt at the LISTEN connection; throws when it cannot be made. */
  private async connectListener(): Promise<void> {
    const client = new pg.Client(
      connectionOptions(
        this.databaseUrl,
        { ...NO_LIMITS, connectTimeoutMs: this.limits.connectTimeoutMs },
        'atap-listener',
      ),
    );
    // Listeners for the client's whole life: an error after it was given up must not end the process either.
    client.on('error', () => this.listenerLost(client));
    client.on('end', () => this.listenerLost(client));
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        const sites = JSON.parse(message.payload) as Record<string, number>;
        for (const [siteId, seq] of Object.entries(sites)) this.poke(siteId, seq);
      } catch {
        // Not ours; ignore.
      }
    });
    try {
      // Both bounded: an attempt that hangs on a silent link would never let the next one start.
      await client.connect();
      await client.query({
        text: `LISTEN ${FLOOR_CHANNEL}`,
        query_timeout: LISTENER_PING_TIMEOUT_MS,
      } as pg.QueryConfig);
    } catch (error) {
      // Not end(): it waits for the server to see the connection close, which a silent link never tells.
      dropConnection(client);
      throw error;
    }
    if (this.closed) {
      dropConnection(client);
      return;
    }
    this.listener = client;
    this.setListenerState('connected');
  }

  private setListenerState(status: ListenerState['status']): void {
    this.listenerState = { status, since: new Date(), attempts: 0 };
  }

  /** The connection ended or failed: rebuild it (each failed attempt waits longer, up to a cap). */
  private listenerLost(client: pg.Client): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    this.setListenerState('reconnecting');
    dropConnection(client);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(
      async () => {
        this.reconnectTimer = null;
        try {
          await this.connectListener();
        } catch {
          this.listenerState.attempts += 1;
          this.scheduleReconnect();
          return;
        }
        // Events committed while nobody listened go out now, not at the next poll.
        this.catchUpAll();
      },
      backoffMs(this.listenerState.attempts, Math.random()),
    );
    this.reconnectTimer.unref();
  }

  /** A round trip on the LISTEN connection; no answer in time means the link is gone. */
  private async pingListener(): Promise<void> {
    const client = this.listener;
    if (!client || this.pinging) return;
    this.pinging = true;
    try {
      await client.query({ text: 'SELECT 1', query_timeout: LISTENER_PING_TIMEOUT_MS } as pg.QueryConfig);
    } catch {
      // Ends the connection; its 'end' rebuilds it.
      dropConnection(client);
    } finally {
      this.pinging = false;
    }
  }

  listenerStatus(): ListenerState {
    return { ...this.listenerState };
  }

  /** New events exist for a site: up to `seq` when known (a notification), or some (a local commit). */
  poke(siteId: string, seq = Number.POSITIVE_INFINITY): void {
    const c = this.ready.get(siteId);
    if (c && seq > c.cursor && c.subscribers.size > 0) this.schedule(siteId, c);
  }

  private async poll(): Promise<void> {
    const active = [...this.ready].filter(([, c]) => c.subscribers.size > 0).map(([siteId]) => siteId);
    if (active.length === 0) return;
    try {
      const latest = await lastSequences(this.db, active);
      for (const [siteId, seq] of latest) this.poke(siteId, seq);
    } catch {
      // The database is away; the next poll tries again.
    }
  }

  private catchUpAll(): void {
    for (const [siteId, c] of this.ready) this.schedule(siteId, c);
  }

  private channel(siteId: string): Promise<SiteChannel> {
    let channel = this.channels.get(siteId);
    if (!channel) {
      channel = lastSequences(this.db, [siteId]).then((latest) => {
        const c: SiteChannel = {
          cursor: latest.get(siteId) ?? 0,
          ring: [],
          subscribers: new Set<Subscriber>(),
          reading: false,
          readAgain: false,
          tokens: READ_BURST,
          tokensAt: performance.now(),
          timer: null,
          flooding: false,
        };
        this.ready.set(siteId, c);
        return c;
      });
      channel.catch(() => this.channels.delete(siteId));
      this.channels.set(siteId, channel);
    }
    return channel;
  }

  /**
   * Schedules a read of the site's new events. Reads of a site are paced to one per window on average (a token
   * bucket, so an occasional pair of changes goes out at once). The window is `fanoutMs`, or longer when the
   * subscribers are many, so that fan-out keeps within its share of the event loop (fanout-pacing.ts: a larger
   * one at a booth's pace, a small one during a flood). Under load one read brings many events and each
   * subscriber gets them in one write, so the cost of fan-out follows the number of subscribers, not of events.
   */
  private schedule(siteId: string, c: SiteChannel): void {
    if (c.reading) {
      c.readAgain = true;
      return;
    }
    if (c.timer) return;
    const windowMs = fanoutWindowMs({
      subscribers: c.subscribers.size,
      writeCostMs: this.writeCost.ms,
      minWindowMs: this.fanoutMs,
      flooding: c.flooding,
    });
    const now = performance.now();
    c.tokens = Math.min(READ_BURST, c.tokens + (now - c.tokensAt) / windowMs);
    c.tokensAt = now;
    if (c.tokens >= 1) {
      c.tokens -= 1;
      void this.read(siteId, c);
      return;
    }
    c.timer = setTimeout(
      () => {
        c.timer = null;
        this.schedule(siteId, c);
      },
      Math.ceil((1 - c.tokens) * windowMs),
    );
  }

  /** Reads everything after the cursor, in order, and hands each subscriber its share in one write. */
  private async read(siteId: string, c: SiteChannel): Promise<void> {
    c.reading = true;
    c.readAgain = false;
    try {
      for (;;) {
        const events = await readEvents(this.db, siteId, c.cursor, READ_BATCH);
        c.flooding = events.length >= FLOOD_EVENTS;
        const batch = events
          .filter((e) => e.seq > c.cursor)
          .map((event) => ({ event, text: sseText(event) }));
        const last = batch[batch.length - 1];
        if (last) {
          c.cursor = last.event.seq;
          c.ring.push(...batch);
          if (c.ring.length > RING_SIZE) c.ring.splice(0, c.ring.length - RING_SIZE);
          this.counts.passes++;
          await this.fanOut(c, batch);
        }
        if (events.length < READ_BATCH) break;
      }
    } catch {
      // Retried by the next poke or poll.
    } finally {
      c.reading = false;
    }
    if (c.readAgain) this.schedule(siteId, c);
  }

  /**
   * Writes a batch to every subscriber, a slice at a time: ten thousand socket writes take a hundred
   * milliseconds or more, and requests (a counter calling the next ticket) should not wait behind all of them.
   * The channel's read is not over until the last slice is written, so the next batch never overtakes this one.
   */
  private async fanOut(c: SiteChannel, batch: { event: FloorEvent; text: string }[]): Promise<void> {
    const first = batch[0]?.event.seq ?? 0;
    const last = batch[batch.length - 1]?.event.seq ?? 0;
    // One buffer per filter key: ten thousand displays get the same bytes, encoded once.
    const shared = new Map<string, { bytes: Buffer | null; count: number }>();
    // The time spent writing tells what a write costs here (the windows follow it).
    const slices = new Slices();
    const writesBefore = this.counts.writes;
    for (const sub of c.subscribers) {
      if (slices.due()) await slices.next();
      // Only a subscriber that is exactly caught up can take the shared text; others go event by event.
      if (sub.lastSeq !== first - 1) {
        this.deliver(c, sub, batch);
        continue;
      }
      let out = shared.get(sub.key);
      if (!out) {
        const accepted = batch.filter(({ event }) => sub.accepts(event));
        const text = accepted.map((a) => a.text).join('');
        out = { bytes: text ? Buffer.from(text, 'utf8') : null, count: accepted.length };
        shared.set(sub.key, out);
      }
      sub.lastSeq = last;
      if (!out.bytes) continue;
      sub.write(out.bytes);
      sub.lastWriteAt = slices.started;
      this.counts.writes++;
      this.counts.delivered += out.count;
      if (sub.backlog() > MAX_BACKLOG_BYTES) {
        c.subscribers.delete(sub);
        sub.close();
      }
    }
    this.writeCost.record(this.counts.writes - writesBefore, slices.end());
  }

  private deliver(c: SiteChannel, sub: Subscriber, batch: { event: FloorEvent; text: string }[]): void {
    let out = '';
    for (const { event, text } of batch) {
      if (event.seq <= sub.lastSeq) continue;
      sub.lastSeq = event.seq;
      if (!sub.accepts(event)) continue;
      out += text;
      this.counts.delivered++;
    }
    if (!out) return;
    sub.write(out);
    sub.lastWriteAt = performance.now();
    this.counts.writes++;
    if (sub.backlog() > MAX_BACKLOG_BYTES) {
      c.subscribers.delete(sub);
      sub.close();
    }
  }

  /**
   * Adds a subscriber to a site. With `lastEventId` it first receives every event after that id (from the
   * ring, or the outbox when the ring does not reach back so far), then live ones; without it, live ones only.
   * Returns a function that removes it.
   */
  async subscribe(siteId: string, sub: Subscriber, lastEventId: number | null): Promise<() => void> {
    const c = await this.channel(siteId);
    if (lastEventId === null) {
      sub.lastSeq = c.cursor;
    } else {
      sub.lastSeq = lastEventId;
      // Replay from the outbox while the ring does not cover the gap; each await lets live reads advance.
      while (sub.lastSeq < c.cursor && !this.ringCovers(c, sub.lastSeq)) {
        const missed = await readEvents(this.db, siteId, sub.lastSeq, READ_BATCH);
        if (missed.length === 0) break;
        this.deliver(
          c,
          sub,
          missed.filter((e) => e.seq <= c.cursor).map((event) => ({ event, text: sseText(event) })),
        );
      }
      // From here on synchronous: the ring holds everything between the subscriber and the cursor.
      this.deliver(c, sub, c.ring);
    }
    c.subscribers.add(sub);
    return () => {
      c.subscribers.delete(sub);
    };
  }

  private ringCovers(c: SiteChannel, afterSeq: number): boolean {
    const oldest = c.ring[0]?.event.seq;
    return oldest !== undefined && oldest <= afterSeq + 1;
  }

  writeCostMs(): number {
    return this.writeCost.ms;
  }

  subscriberCount(): number {
    let n = 0;
    for (const c of this.ready.values()) n += c.subscribers.size;
    return n;
  }

  /** Pings the streams that had nothing since the last round, a slice of writing at a time, as fan-out does. */
  private async heartbeat(): Promise<void> {
    if (this.beating) return;
    this.beating = true;
    try {
      const ping = Buffer.from(': ping\n\n');
      // Idle for half a round or more: no stream goes longer than one and a half rounds without a byte.
      const idleSince = performance.now() - this.heartbeatMs / 2;
      const slices = new Slices();
      for (const c of this.ready.values())
        for (const sub of c.subscribers) {
          if (slices.due()) await slices.next();
          if (sub.lastWriteAt > idleSince) continue;
          sub.write(ping);
          sub.lastWriteAt = performance.now();
        }
    } finally {
      this.beating = false;
    }
  }

  /**
   * Ends the streams whose session has ended: one query for every session-bound stream of this process. Sessions
   * end in one process (or the CLI) and streams are held by all of them, so each process looks for itself.
   */
  private async checkSessions(): Promise<void> {
    if (this.checkingSessions) return;
    const bound = new Map<string, Subscriber[]>();
    for (const c of this.ready.values())
      for (const sub of c.subscribers) {
        if (!sub.session) continue;
        const key = sub.session.toString('hex');
        bound.set(key, [...(bound.get(key) ?? []), sub]);
      }
    if (bound.size === 0) return;
    this.checkingSessions = true;
    try {
      const hashes = [...bound.keys()].map((hex) => Buffer.from(hex, 'hex'));
      const live = await this.db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .select('sessions.tokenHash')
        .where(sql<boolean>`sessions.token_hash = ANY(${hashes}::bytea[])`)
        .where('sessions.expiresAt', '>', new Date())
        .where('users.active', '=', true)
        .execute();
      for (const row of live) bound.delete(row.tokenHash.toString('hex'));
      // The socket's close removes the subscriber.
      for (const subs of bound.values()) for (const sub of subs) sub.close();
    } catch {
      // The database is away; the next round looks again.
    } finally {
      this.checkingSessions = false;
    }
  }

  /** Ends every stream (clients reconnect elsewhere with Last-Event-ID) and the listener. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const c of this.ready.values()) {
      if (c.timer) clearTimeout(c.timer);
      for (const sub of c.subscribers) sub.close();
      c.subscribers.clear();
    }
    const listener = this.listener;
    this.listener = null;
    if (listener) {
      // A silent link never confirms the end: it must not hold the shutdown.
      const ended = listener.end().catch(() => undefined);
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      dropConnection(listener);
    }
  }
}
