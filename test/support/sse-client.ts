import http from 'node:http';

/** A minimal Server-Sent-Events client over node:http, for tests and benchmarks (records every event). */
export interface SseEvent {
  id: number | null;
  event: string;
  data: unknown;
  receivedAt: number;
}

export interface SseConnection {
  events: SseEvent[];
  waitFor(predicate: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
  onEvent?: (e: SseEvent) => void;
}

export function connectSse(
  url: string,
  opts: { lastEventId?: number; agent?: http.Agent; keepEvents?: boolean } = {},
): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const waiters: { predicate: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
    const connection: SseConnection = {
      events,
      waitFor(predicate, timeoutMs = 5000) {
        const found = events.find(predicate);
        if (found) return Promise.resolve(found);
        return new Promise((res, rej) => {
          const timer = setTimeout(() => rej(new Error('timed out waiting for an SSE event')), timeoutMs);
          waiters.push({
            predicate,
            resolve: (e) => {
              clearTimeout(timer);
              res(e);
            },
          });
        });
      },
      close() {
        request.destroy();
      },
    };
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (opts.lastEventId !== undefined) headers['last-event-id'] = String(opts.lastEventId);
    const request = http.get(url, { headers, agent: opts.agent ?? false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`SSE ${url} answered ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let id: number | null = null;
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) id = Number(line.slice(4));
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (!data) continue;
          const e: SseEvent = { id, event, data: JSON.parse(data), receivedAt: performance.now() };
          if (opts.keepEvents !== false) events.push(e);
          connection.onEvent?.(e);
          for (let i = waiters.length - 1; i >= 0; i--) {
            const waiter = waiters[i];
            if (waiter?.predicate(e)) {
              waiters.splice(i, 1);
              waiter.resolve(e);
            }
          }
        }
      });
      resolve(connection);
    });
    request.on('error', (error) => reject(error));
  });
}
