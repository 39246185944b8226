/**
 * A child process that holds many SSE connections to the server (so that receiving them does not share an
 * event loop with the load generator) and reports, for a given call, when every connection received it.
 * Messages: parent → {type:'measure', number, t0}; child → {type:'ready'} | {type:'arrivals', latencies}.
 */
import http from 'node:http';

const [url = '', countArg = '0'] = process.argv.slice(2);
const count = Number(countArg);
const arrivals = new Map<string, number[]>();
const now = () => performance.timeOrigin + performance.now();
const NUMBER = /"type":"ticket\.called".*?"number":"([A-Z]+-\d+)"/g;

let connected = 0;
const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
function connect(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (!chunk.includes('ticket.called')) return;
        const at = now();
        for (const match of chunk.matchAll(NUMBER)) {
          const number = match[1] as string;
          const list = arrivals.get(number) ?? [];
          list.push(at);
          arrivals.set(number, list);
        }
      });
      resolve();
    });
    req.on('error', reject);
  });
}

for (let i = 0; i < count; i += 200) {
  await Promise.all(Array.from({ length: Math.min(200, count - i) }, () => connect()));
  connected = i + Math.min(200, count - i);
}
process.send?.({ type: 'ready', connected });

process.on('message', async (message: { type: string; number: string; t0: number }) => {
  if (message.type !== 'measure') return;
  const deadline = now() + 10_000;
  while ((arrivals.get(message.number)?.length ?? 0) < connected && now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const list = arrivals.get(message.number) ?? [];
  process.send?.({
    type: 'arrivals',
    received: list.length,
    latencies: list.map((t) => Math.max(0, t - message.t0)),
  });
  arrivals.delete(message.number);
});
