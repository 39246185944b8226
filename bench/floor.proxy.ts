import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 that holds every chunk `delayMs` before passing it on, in each direction, in order:
 * a database `2 × delayMs` of round trip away (a site whose PostgreSQL is across a city, or a hosted one).
 */
export interface DelayProxy {
  port: number;
  close(): Promise<void>;
}

/** Passes what `from` sends to `to`, each chunk `delayMs` after it arrived, never reordered. */
function delayedPipe(from: net.Socket, to: net.Socket, delayMs: number) {
  const queue: { due: number; chunk: Buffer }[] = [];
  let scheduled = false;
  let ended = false;
  const schedule = (ms: number) => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(flush, ms);
  };
  const flush = () => {
    scheduled = false;
    const now = performance.now();
    while (queue.length > 0 && (queue[0] as { due: number }).due <= now + 0.5) {
      const { chunk } = queue.shift() as { chunk: Buffer };
      if (!to.destroyed) to.write(chunk);
    }
    if (queue.length > 0) schedule((queue[0] as { due: number }).due - now);
    else if (ended) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    queue.push({ due: performance.now() + delayMs, chunk });
    schedule(delayMs);
  });
  from.on('end', () => {
    ended = true;
    schedule(delayMs);
  });
}

export async function delayProxy(
  target: { host: string; port: number },
  delayMs: number,
): Promise<DelayProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      // One side gone: the other goes too (PostgreSQL sees a lost client, the pool a lost connection).
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    delayedPipe(client, upstream, delayMs);
    delayedPipe(upstream, client, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
