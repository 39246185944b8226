import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ELEMENT_IDS } from '../src/modules/satisfaction/elements.ts';
import { type Answers, computeIndex, tallyAnswers } from '../src/modules/satisfaction/ikm.rules.ts';
import {
  fullMonths,
  type NewResponse,
  recordResponses,
  tallyOf,
} from '../src/modules/satisfaction/responses.repository.ts';
import { buildTestApp, type TestApp } from './support/app.ts';

/** The rollups an index reads always equal the responses stored, whatever the range and the unit. */
describe('satisfaction rollups', () => {
  let t: TestApp;
  let unit: { siteId: string; agencyId: string; serviceId: string; boothId: string };
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    const row = await t.db
      .selectFrom('serviceBooths')
      .innerJoin('booths', 'booths.id', 'serviceBooths.boothId')
      .select(['booths.siteId', 'booths.agencyId', 'serviceBooths.serviceId', 'booths.id as boothId'])
      .executeTakeFirstOrThrow();
    unit = row;
  });

  const response = (servedOn: string, answers: Answers, paper = false): NewResponse => ({
    invitationId: null,
    importId: null,
    channel: 'paper',
    ...(paper ? { siteId: unit.siteId, agencyId: null, serviceId: null, boothId: null } : unit),
    servedOn,
    answers,
    sex: null,
    ageBand: null,
    education: null,
    occupation: null,
    suggestion: null,
  });

  it('full months are read from month rows and the ends from day rows', () => {
    assert.deepEqual(fullMonths('2026-01-01', '2026-01-31'), {
      firstFullMonth: '2026-01-01',
      afterLastFullMonth: '2026-02-01',
    });
    assert.deepEqual(fullMonths('2026-01-15', '2026-03-10'), {
      firstFullMonth: '2026-02-01',
      afterLastFullMonth: '2026-03-01',
    });
    assert.deepEqual(fullMonths('2025-12-31', '2026-12-31'), {
      firstFullMonth: '2026-01-01',
      afterLastFullMonth: '2027-01-01',
    });
  });

  it('a tally read from the rollups equals the tally of the raw answers, for any range', async () => {
    const score = fc.option(fc.constantFrom(1, 2, 3, 4 as const), { nil: null });
    const answers = fc.record(
      Object.fromEntries(ELEMENT_IDS.map((id) => [id, score])),
    ) as fc.Arbitrary<Answers>;
    const day = fc.integer({ min: 0, max: 400 }).map((n) => {
      const d = new Date(Date.UTC(2025, 0, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    const sample = fc.sample(fc.tuple(day, answers, fc.boolean()), { numRuns: 600, seed: 21 });
    const kept = sample.filter(([, a]) => ELEMENT_IDS.some((id) => a[id] !== null));
    await t.db.transaction().execute((tx) =>
      recordResponses(
        tx,
        kept.map(([d, a, p]) => response(d, a, p)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const inRange = kept.filter(([d]) => d >= from && d <= to);
        const site = await tallyOf(t.db, { siteId: unit.siteId, from, to });
        assert.deepEqual(site, tallyAnswers(inRange.map(([, x]) => x)));
        const service = await tallyOf(t.db, { serviceId: unit.serviceId, from, to });
        assert.deepEqual(service, tallyAnswers(inRange.filter(([, , p]) => !p).map(([, x]) => x)));
      }),
      { numRuns: 40, seed: 21 },
    );
    const year = await tallyOf(t.db, { siteId: unit.siteId, from: '2025-01-01', to: '2025-12-31' });
    assert.ok(year.respondents > 0);
    assert.ok(computeIndex(year).converted !== null);
  });

  it('an answer outside 1–4 is refused by the database and nothing is written', async () => {
    const before = await tallyOf(t.db, { siteId: unit.siteId, from: '2030-01-01', to: '2030-12-31' });
    await assert.rejects(
      t.db
        .transaction()
        .execute((tx) =>
          recordResponses(tx, [
            response('2030-02-02', { requirements: 3 }),
            response('2030-02-03', { fee: 5 as 4 }),
          ]),
        ),
    );
    assert.deepEqual(
      await tallyOf(t.db, { siteId: unit.siteId, from: '2030-01-01', to: '2030-12-31' }),
      before,
    );
  });
});
