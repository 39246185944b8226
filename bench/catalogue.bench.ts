import pg from 'pg';
import { Agent, request } from 'undici';
import { searchServicesSql } from '../src/modules/catalogue/catalogue.repository.ts';
import { parseQuery } from '../src/modules/catalogue/search.rules.ts';
import { seedDemo, seedGeneratedServices } from '../src/modules/demo/demo.seed.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { freePort } from '../test/support/processes.ts';
import { benchDatabase, formatStats, load, startServer } from './support.ts';

/**
 * Catalogue search: p50/p99 at 50 concurrent clients over a 600+ service catalogue, over HTTP through the
 * real server process, beside the same search SQL through a bare `pg` pool (same pool size) in the same run.
 * Targets: HTTP p99 < 20 ms; HTTP p99 < 2x the bare query's p99.
 */
const CONCURRENCY = 50;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? '10') * 1000;
const POOL_SIZE = 10;
const QUERIES = [
  'pasport',
  'paspor baru',
  'akta lahir',
  'ktp',
  'kartu keluarga',
  'skck',
  'sim perpanjangan',
  'npwp',
  'bpjs kesehatan',
  'izin usaha',
  'pbg',
  'pajak kendaraan',
  'balik nama',
  'sertipikat tanah',
  'pindah datang',
  'akta kematian',
  'nib',
  'pasang baru listrik',
  'air pdam',
  'rekening bank',
  'klaim jht',
  'surat keterangan',
  'legalisir',
  'izin praktik',
];

export async function run(): Promise<void> {
  const database = await benchDatabase();
  const handle = openDatabase(database.url, POOL_SIZE);
  try {
    await seedDemo(handle.db, {});
    const { n } = await handle.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await seedGeneratedServices(handle.db, Math.max(0, 620 - Number(n)));
    const total = await handle.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(
      `catalogue: ${total.n} services; ${CONCURRENCY} concurrent clients; ${DURATION_MS / 1000} s per phase`,
    );

    // Baseline: the exact SQL the route runs, compiled once per query, through a bare pg pool.
    const compiled = QUERIES.map((q) =>
      searchServicesSql(parseQuery(q), {}, { limit: 30, offset: 0 }).compile(handle.db),
    );
    const pool = new pg.Pool({ connectionString: database.url, max: POOL_SIZE });
    for (const c of compiled) await pool.query(c.sql, [...c.parameters]);
    const bare = await load(CONCURRENCY, DURATION_MS, async (i) => {
      const c = compiled[i % compiled.length];
      if (c) await pool.query(c.sql, [...c.parameters]);
    });
    await pool.end();

    // HTTP through the real server: with the per-revision result cache (the default), then without it
    // (ATAP_SEARCH_CACHE_SIZE=0: every request runs the search SQL, as after every catalogue edit).
    const paths = QUERIES.map((q) => `/api/services?q=${encodeURIComponent(q)}`);
    let failures = 0;
    const overHttp = async (cacheSize: string, port: number) => {
      const server = await startServer(database.url, port, {
        ATAP_DB_POOL_SIZE: String(POOL_SIZE),
        ATAP_SEARCH_CACHE_SIZE: cacheSize,
      });
      const agent = new Agent({ connections: CONCURRENCY, pipelining: 1 });
      const get = async (i: number) => {
        const res = await request(`${server.baseUrl}${paths[i % paths.length]}`, { dispatcher: agent });
        await res.body.arrayBuffer();
        if (res.statusCode !== 200) failures++;
      };
      for (let i = 0; i < 200; i++) await get(i); // warm-up
      const stats = await load(CONCURRENCY, DURATION_MS, get);
      await agent.close();
      await server.stop();
      return stats;
    };
    const http = await overHttp('2000', await freePort());
    const uncached = await overHttp('0', await freePort());

    console.log(formatStats('bare pg (same SQL)', bare));
    console.log(formatStats('HTTP GET /api/services?q= (result cache)', http));
    console.log(formatStats('HTTP GET /api/services?q= (no cache)', uncached));
    console.log(
      `no-cache HTTP/bare p99 ratio ${(uncached.p99 / bare.p99).toFixed(2)}x   throughput ratio ${(uncached.perSecond / bare.perSecond).toFixed(2)}`,
    );
    const overhead = http.p99 / bare.p99;
    console.log(
      `HTTP/bare p50 ratio ${(http.p50 / bare.p50).toFixed(2)}x   p99 ratio ${overhead.toFixed(2)}x   throughput ratio ${(http.perSecond / bare.perSecond).toFixed(2)}`,
    );
    console.log(`failures: ${failures}`);
    console.log(
      `target p99 < 20 ms: ${http.p99 < 20 ? 'MET' : 'NOT MET'} (${http.p99.toFixed(2)} ms); target p99 overhead < 2x: ${overhead < 2 ? 'MET' : 'NOT MET'}`,
    );
  } finally {
    await handle.close();
    await database.stop();
  }
}
