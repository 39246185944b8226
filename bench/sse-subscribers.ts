/**
 * A child process that holds many SSE connections to the server (so that receiving them does not share an
 * event loop with the load generator) and reports, for a given call, when every connection received it.
 * Messages: parent → {type:'arm'} | {type:'measure', number, t0}; child → {type:'ready'} | {type:'armed'} |
 * {type:'arrivals', received, latencies}.
 *
 * The connections are bare TCP sockets that send the GET and then only look at what arrives while a call is
 * being measured. They stand in for ten thousand phones and displays that would each have their own device:
 * the cheaper this process is, the less it takes from the server and PostgreSQL on a small machine.
 */
import net from 'node:net';

const [url = '', countArg = '0'] = process.argv.slice(2);
const count = Number(countArg);
const target = new URL(url);
const requestBytes = Buffer.from(
  `GET ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\naccept: text/event-stream\r\n\r\n`,
);
const now = () => performance.timeOrigin + performance.now();

/**
 * While armed (from just before a measured call until its report), every connection records when it first saw
 * each called number; otherwise the bytes are dropped unread.
 */
let armed: Map<string, { seen: Set<number>; arrivals: number[] }> | null = null;
const CALLED = /"type":"ticket\.called"[^\n]*?"number":"([A-Z]+-\d+)"/g;

/**
 * Every socket reads into this one buffer (`onread`): no Buffer allocated per read, and the bytes are looked at
 * (synchronously, in the callback) only while armed. A read of ten thousand sockets a second otherwise costs this
 * process a fifth of a core that the server and PostgreSQL need on a small machine.
 */
const shared = Buffer.allocUnsafe(256 * 1024);

let connected = 0;
function connect(index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // A call's event may straddle two reads: keep the end of the previous one while armed.
    let tail = '';
    let answered = false;
    const socket = net.connect({
      port: Number(target.port),
      host: target.hostname,
      onread: {
        buffer: shared,
        callback: (nread: number, buffer: Uint8Array) => {
          // Connected once the server has answered (its headers and the retry line), as a browser would count it.
          if (!answered) {
            answered = true;
            resolve();
          }
          const calls = armed;
          if (!calls) {
            tail = '';
            return true;
          }
          const at = now();
          const text = tail + Buffer.from(buffer.buffer, buffer.byteOffset, nread).toString('utf8');
          for (const match of text.matchAll(CALLED)) {
            const number = match[1] as string;
            let entry = calls.get(number);
            if (!entry) {
              entry = { seen: new Set(), arrivals: [] };
              calls.set(number, entry);
            }
            if (entry.seen.has(index)) continue;
            entry.seen.add(index);
            entry.arrivals.push(at);
          }
          tail = text.slice(-1024);
          return true;
        },
      },
    });
    socket.once('connect', () => socket.write(requestBytes));
    socket.on('error', reject);
  });
}

for (let i = 0; i < count; i += 200) {
  await Promise.all(Array.from({ length: Math.min(200, count - i) }, (_, j) => connect(i + j)));
  connected = i + Math.min(200, count - i);
}
process.send?.({ type: 'ready', connected });

process.on('message', async (message: { type: string; number: string; t0: number }) => {
  if (message.type === 'arm') {
    armed = new Map();
    process.send?.({ type: 'armed' });
    return;
  }
  if (message.type !== 'measure' || !armed) return;
  const calls = armed;
  const deadline = now() + 10_000;
  while ((calls.get(message.number)?.arrivals.length ?? 0) < connected && now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  armed = null;
  const arrivals = calls.get(message.number)?.arrivals ?? [];
  process.send?.({
    type: 'arrivals',
    received: arrivals.length,
    latencies: arrivals.map((t) => Math.max(0, t - message.t0)),
  });
});
