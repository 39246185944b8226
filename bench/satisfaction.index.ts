/**
 * The index part of `npm run bench -- satisfaction` (issue 21): a generated year of a large site — Surabaya's 34
 * booths, ≥ 300,000 responses written with recordResponses (BENCH_SCALE scales it) — then, three rounds of:
 *
 * - the index of every agency for the year (its twelve whole months), and of every agency for every month of it
 *   (12 × 34 figures), from the rollups (talliesBy: one statement, then computeIndex per figure) — the target;
 * - reported beside it: every agency for one month (each month in turn), every agency for a year that starts and
 *   ends mid-month (23 Nov – 22 Nov: the ends come from day rows), and one agency's whole page answer (unitIndex:
 *   index, population, trend, services below);
 * - the same figures from the raw answers (SQL sums over survey_responses, then computeIndex), in the same run.
 *
 * Target: p99 under 100 ms and under 0.1 of the raw computation. Every round also checks that both ways give the
 * same figure for every agency and month.
 */
import { sql } from 'kysely';
import { seedDemo } from '../src/modules/demo/demo.seed.ts';
import { ELEMENT_IDS, type ElementId } from '../src/modules/satisfaction/elements.ts';
import { computeIndex, type Tally } from '../src/modules/satisfaction/ikm.rules.ts';
import { unitIndex } from '../src/modules/satisfaction/index.service.ts';
import { talliesBy } from '../src/modules/satisfaction/responses.repository.ts';
import { generateSatisfaction } from '../src/modules/satisfaction/satisfaction.demo.ts';
import type { Executor } from '../src/shared/db/database.ts';
import { openDatabase } from '../src/shared/db/database.ts';
import { benchDatabase, formatStats, type LatencyStats, stats } from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ROUNDS = 3;
const FROM = '2025-11-23';
const TO = '2026-11-22';
/** The year of whole months in the generated one. */
const YEAR = { from: '2025-12-01', to: '2026-11-30' };
const NOW = new Date('2026-11-23T01:00:00Z');
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 11 + i, 1));
  const last = new Date(Date.UTC(2025, 12 + i, 0));
  return { from: d.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
});

async function timed(runs: number, task: (i: number) => Promise<unknown>): Promise<LatencyStats> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task(i);
    latencies.push(performance.now() - t0);
  }
  return stats(latencies, (performance.now() - started) / 1000);
}

/** The baseline: per agency, the sums of the raw answers of the range (every response row of it is read). */
async function rawPerAgency(
  db: Executor,
  siteId: string,
  from: string,
  to: string,
  perMonth = false,
): Promise<Map<string, Tally>> {
  const columns = ELEMENT_IDS.map(
    (_, i) => `coalesce(sum(u${i + 1}), 0)::int AS s${i + 1}, count(u${i + 1})::int AS n${i + 1}`,
  );
  const result = await sql<Record<string, number> & { key: string }>`
    SELECT agency_id::text ${perMonth ? sql`|| '|' || to_char(date_trunc('month', served_on), 'YYYY-MM-DD')` : sql``} AS key,
      count(*)::int AS respondents, ${sql.raw(columns.join(', '))}
    FROM survey_responses WHERE site_id = ${siteId} AND served_on BETWEEN ${from}::date AND ${to}::date
      AND agency_id IS NOT NULL
    GROUP BY 1`.execute(db);
  return new Map(
    result.rows.map((r) => [
      r.key,
      {
        respondents: r.respondents as number,
        elements: Object.fromEntries(
          ELEMENT_IDS.map((id, i) => [
            id,
            { sum: r[`s${i + 1}`] as number, answered: r[`n${i + 1}`] as number },
          ]),
        ) as Record<ElementId, { sum: number; answered: number }>,
      },
    ]),
  );
}

const indexes = (tallies: Map<string, Tally>) =>
  new Map([...tallies].map(([id, tally]) => [id, computeIndex(tally).convertedText]));

export async function indexBench(): Promise<void> {
  const database = await benchDatabase();
  const handle = openDatabase(database.url, 10);
  const db = handle.db;
  try {
    await seedDemo(db, {});
    const site = await db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const t0 = performance.now();
    const generated = await generateSatisfaction(db, {
      siteId: site.id,
      from: FROM,
      to: TO,
      now: NOW,
      servedPerBoothDay: 180 * SCALE,
      responseRate: 0.21,
      seed: 300_000,
    });
    await sql`VACUUM ANALYZE`.execute(db);
    const rollupRows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM survey_rollups`.execute(db);
    console.log(
      `satisfaction index: generated ${generated.responses} responses (${rollupRows.rows[0]?.n} rollup rows) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const agency = await db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'DISPENDUKCAPIL')
      .executeTakeFirstOrThrow();
    const manager = {
      actor: { id: 'bench', role: 'national_admin', siteId: null, agencyId: null, boothId: null },
    } as unknown as Parameters<typeof unitIndex>[1];
    const unit = { siteId: site.id, from: FROM, to: TO };
    const scanRuns = Math.max(10, Math.round(RUNS / 10));

    for (let round = 1; round <= ROUNDS; round++) {
      // Same figures both ways (every agency, the year, each month, the mid-month year; every agency's months).
      let mismatches = 0;
      const compare = (x: Map<string, Tally>, y: Map<string, Tally>) => {
        const a = indexes(x);
        const b = indexes(y);
        for (const [id, text] of b) if (a.get(id) !== text) mismatches++;
        if (a.size !== b.size) mismatches++;
      };
      for (const range of [YEAR, { from: FROM, to: TO }, ...MONTHS]) {
        compare(
          await talliesBy(db, { ...unit, ...range }, 'agency'),
          await rawPerAgency(db, site.id, range.from, range.to),
        );
      }
      compare(
        await talliesBy(db, { ...unit, ...YEAR }, ['agency', 'month']),
        await rawPerAgency(db, site.id, YEAR.from, YEAR.to, true),
      );
      // Warm-up: plans cached and the pages in memory for both ways, so neither pays a first read in its figures.
      for (let i = 0; i < 12; i++) {
        await talliesBy(db, { ...unit, ...(MONTHS[i] as { from: string; to: string }) }, 'agency');
        await rawPerAgency(
          db,
          site.id,
          (MONTHS[i] as { from: string }).from,
          (MONTHS[i] as { to: string }).to,
        );
      }
      const year = await timed(RUNS, async () =>
        indexes(await talliesBy(db, { ...unit, ...YEAR }, 'agency')),
      );
      const months = await timed(RUNS, async () =>
        indexes(await talliesBy(db, { ...unit, ...YEAR }, ['agency', 'month'])),
      );
      const month = await timed(RUNS, async (i) =>
        indexes(
          await talliesBy(db, { ...unit, ...(MONTHS[i % 12] as { from: string; to: string }) }, 'agency'),
        ),
      );
      const loose = await timed(RUNS, async () => indexes(await talliesBy(db, unit, 'agency')));
      const page = await timed(RUNS, () =>
        unitIndex(db, manager, 'SBY', { from: FROM, to: TO, agency: agency.id }, NOW),
      );
      const rawYear = await timed(scanRuns, async () =>
        indexes(await rawPerAgency(db, site.id, YEAR.from, YEAR.to)),
      );
      const rawMonths = await timed(scanRuns, async () =>
        indexes(await rawPerAgency(db, site.id, YEAR.from, YEAR.to, true)),
      );
      const rawMonth = await timed(scanRuns * 2, async (i) => {
        const m = MONTHS[i % 12] as { from: string; to: string };
        return indexes(await rawPerAgency(db, site.id, m.from, m.to));
      });
      const rawLoose = await timed(scanRuns, async () => indexes(await rawPerAgency(db, site.id, FROM, TO)));
      console.log(
        `\n-- round ${round} of ${ROUNDS} (figures equal both ways: ${mismatches === 0 ? 'yes' : `NO, ${mismatches} differ`})`,
      );
      console.log(formatStats('per agency, a year (rollups)', year));
      console.log(formatStats('per agency × month, a year', months));
      console.log(formatStats('per agency, one month', month));
      console.log(formatStats('per agency, 23 Nov – 22 Nov', loose));
      console.log(formatStats('one agency page, 23 Nov – 22 Nov', page));
      console.log(formatStats('raw: per agency, a year', rawYear));
      console.log(formatStats('raw: per agency × month, a year', rawMonths));
      console.log(formatStats('raw: per agency, one month', rawMonth));
      console.log(formatStats('raw: per agency, 23 Nov – 22 Nov', rawLoose));
      const verdict = (label: string, s: LatencyStats, raw: LatencyStats) =>
        `${label}: p99 ${s.p99.toFixed(1)} ms, ${(s.p99 / raw.p99).toFixed(3)} of raw p99 ${raw.p99.toFixed(1)} ms → ${s.p99 < 100 && s.p99 < 0.1 * raw.p99 ? 'MET' : 'NOT MET'}`;
      console.log(verdict('target: per agency, a year', year, rawYear));
      console.log(verdict('target: per agency per month, a year', months, rawMonths));
      console.log(verdict('(beside) per agency, one month', month, rawMonth));
      console.log(verdict('(beside) per agency, mid-month year', loose, rawLoose));
    }
  } finally {
    await handle.close();
    await database.stop();
  }
}
