/**
 * Shares one read among the callers that ask for the same thing at the same moment (the floor's polled views: a
 * board on thirty screens, a live page on a thousand phones, refetching after the same event).
 *
 * The rule that keeps it fresh: a caller only ever joins a read that has NOT STARTED yet, so every answer comes
 * from a read that started after its caller asked. A read's snapshot is taken by the database when its statement
 * runs, after `read` was called; a change that had committed (and was acknowledged to anyone) before a caller
 * asked is therefore in that caller's answer. Joining a read that had already started would save more, but could
 * hand a caller a snapshot older than a change it has already seen (its own write, an event on its stream).
 *
 * How reads are grouped: per key, at most one read runs at a time. The first caller of an idle key schedules a
 * read for the next turn of the event loop (setImmediate: requests already read from the sockets join it);
 * callers arriving while a read runs wait for it to settle and share the read that starts then. Under a burst,
 * the database sees one read per key per read-duration, whatever the number of clients.
 *
 * The key must name everything the read depends on (view and parameters): joiners get the first caller's read,
 * and the very same result object, which nobody may mutate. A failed read fails all who shared it.
 */
interface Flight<T> {
  read: () => Promise<T>;
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

interface Lane {
  /** The read callers may still join: scheduled, not started. */
  next: Flight<unknown> | null;
  /** A read has started and not settled. */
  running: boolean;
  /** `next` is scheduled on the event loop (only when nothing runs). */
  scheduled: boolean;
}

export class SingleFlight {
  private readonly lanes = new Map<string, Lane>();

  run<T>(key: string, read: () => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { next: null, running: false, scheduled: false };
      this.lanes.set(key, lane);
    }
    if (lane.next) return lane.next.promise as Promise<T>;
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    lane.next = { read, promise, resolve, reject } as Flight<unknown>;
    this.schedule(key, lane);
    return promise;
  }

  private schedule(key: string, lane: Lane): void {
    if (lane.running || lane.scheduled || !lane.next) return;
    lane.scheduled = true;
    setImmediate(() => this.start(key, lane));
  }

  private start(key: string, lane: Lane): void {
    lane.scheduled = false;
    const flight = lane.next;
    if (!flight) return;
    // From here on nobody joins this read: it starts now.
    lane.next = null;
    lane.running = true;
    let result: Promise<unknown>;
    try {
      result = flight.read();
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(flight.resolve, flight.reject).finally(() => {
      lane.running = false;
      if (lane.next) this.schedule(key, lane);
      else this.lanes.delete(key);
    });
  }
}
