import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ELEMENT_IDS, type Score } from '../src/modules/satisfaction/elements.ts';
import {
  type Answers,
  computeIndex,
  DEFAULT_METHOD,
  methodWithWeights,
  type SurveyMethod,
  sampleCheck,
  tallyAnswers,
} from '../src/modules/satisfaction/ikm.rules.ts';
import { type NewResponse, recordResponses } from '../src/modules/satisfaction/responses.repository.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/**
 * The satisfaction index through the API (issue 21): a unit's index equals computeIndex of its raw answers for a
 * month, a quarter, a year and a custom range; the method of a survey period is used when the range is one; the
 * population and sample check; the scope of each reader; the publication's "fewer than 5 responses" rule.
 */

// Monday 23 November 2026, 09:00 in Surabaya (WIB).
const NOW = new Date('2026-11-23T02:00:00Z');

interface Unit {
  siteId: string;
  agencyId: string;
  boothId: string;
  serviceId: string;
}

/** A seeded generator, so a failure can be replayed. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

describe('satisfaction index API', () => {
  let t: TestApp;
  const raw: (NewResponse & { answers: Answers })[] = [];
  let sby: { dukcapil: Unit; dukcapil2: Unit; other: Unit };
  let ttg: { dukcapil: Unit };
  let quietService: Unit;
  let headers: Record<string, Record<string, string>>;
  after(() => t.close());

  before(async () => {
    t = await buildTestApp({ now: () => NOW });
    const offer = async (site: string, agency: string, skip = 0) =>
      t.db
        .selectFrom('serviceBooths as sb')
        .innerJoin('booths as b', 'b.id', 'sb.boothId')
        .innerJoin('sites as s', 's.id', 'b.siteId')
        .innerJoin('agencies as a', 'a.id', 'b.agencyId')
        .select(['b.siteId', 'b.agencyId', 'b.id as boothId', 'sb.serviceId'])
        .where('s.code', '=', site)
        .where(
          agency.startsWith('!') ? 'a.code' : 'a.code',
          agency.startsWith('!') ? '!=' : '=',
          agency.replace('!', ''),
        )
        .orderBy('sb.serviceId')
        .offset(skip)
        .limit(1)
        .executeTakeFirstOrThrow();
    sby = {
      dukcapil: await offer('SBY', 'DISPENDUKCAPIL'),
      dukcapil2: await offer('SBY', 'DISPENDUKCAPIL', 1),
      other: await offer('SBY', '!DISPENDUKCAPIL'),
    };
    ttg = { dukcapil: await offer('TTG', 'DISPENDUKCAPIL') };
    quietService = await offer('SBY', 'DISPENDUKCAPIL', 2);
    const rnd = generator(21);
    const score = (): Score | null => {
      const r = rnd();
      return r < 0.02 ? null : r < 0.06 ? 1 : r < 0.2 ? 2 : r < 0.6 ? 3 : 4;
    };
    const days: string[] = [];
    for (let m = 1; m <= 11; m++)
      for (const d of [1, 9, 14, 15, 28])
        days.push(`2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    let n = 0;
    for (const day of days) {
      for (const unit of [sby.dukcapil, sby.dukcapil2, sby.other, ttg.dukcapil]) {
        const count = 1 + Math.floor(rnd() * 4);
        for (let i = 0; i < count; i++) {
          const answers = Object.fromEntries(ELEMENT_IDS.map((id) => [id, score()])) as Answers;
          raw.push({
            invitationId: null,
            importId: null,
            channel: 'paper',
            ...unit,
            servedOn: day,
            submittedAt: new Date(Date.parse(`${day}T03:00:00Z`) + n++ * 1000),
            answers,
            sex: null,
            ageBand: null,
            education: null,
            occupation: null,
            suggestion: rnd() < 0.3 ? `Saran nomor ${n}` : null,
          });
        }
      }
    }
    // The publication threshold: 4 responses for one service in May (too few), none for the rest of the year.
    for (let i = 0; i < 4; i++) {
      raw.push({
        invitationId: null,
        importId: null,
        channel: 'paper',
        ...quietService,
        servedOn: '2026-05-20',
        answers: {
          requirements: 4,
          procedure: 4,
          time: 4,
          fee: 4,
          product: 4,
          competence: 4,
          behaviour: 4,
          complaints: 4,
          facilities: 4,
        },
        sex: null,
        ageBand: null,
        education: null,
        occupation: null,
        suggestion: null,
      });
    }
    await t.db.transaction().execute((tx) => recordResponses(tx, raw));
    headers = {
      manager: await login(t.app, 'manajer.sby', 'manajer-sby-2026'),
      managerTtg: await login(t.app, 'manajer.ttg', 'manajer-ttg-2026'),
      agency: await login(t.app, 'admin.dukcapil', 'dukcapil-2026'),
      evaluator: await login(t.app, 'evaluator', 'evaluator-2026'),
      officer: await login(t.app, 'petugas.dukcapil', 'petugas-2026'),
    };
  });

  const get = (url: string, who = 'manager') => t.app.inject({ method: 'GET', url, headers: headers[who] });

  /** What the index of these raw answers is, computed in the test from the answers themselves. */
  function expected(
    filter: (r: NewResponse) => boolean,
    from: string,
    to: string,
    method: SurveyMethod = DEFAULT_METHOD,
  ) {
    return computeIndex(
      tallyAnswers(
        raw.filter((r) => filter(r) && r.servedOn >= from && r.servedOn <= to).map((r) => r.answers),
      ),
      method,
    );
  }

  const units = () => ({
    site: { query: '', filter: (r: NewResponse) => r.siteId === sby.dukcapil.siteId },
    agency: {
      query: `&agency=${sby.dukcapil.agencyId}`,
      filter: (r: NewResponse) => r.siteId === sby.dukcapil.siteId && r.agencyId === sby.dukcapil.agencyId,
    },
    booth: {
      query: `&booth=${sby.other.boothId}`,
      filter: (r: NewResponse) => r.boothId === sby.other.boothId,
    },
    service: {
      query: `&service=${sby.dukcapil2.serviceId}`,
      filter: (r: NewResponse) => r.siteId === sby.dukcapil.siteId && r.serviceId === sby.dukcapil2.serviceId,
    },
  });

  for (const [label, query, from, to] of [
    ['month', 'period=2026-05', '2026-05-01', '2026-05-31'],
    ['quarter', 'period=2026-Q2', '2026-04-01', '2026-06-30'],
    ['semester', 'period=2026-S1', '2026-01-01', '2026-06-30'],
    ['year', 'period=2026', '2026-01-01', '2026-12-31'],
    ['custom range', 'from=2026-03-15&to=2026-07-09', '2026-03-15', '2026-07-09'],
  ] as const) {
    it(`equals computeIndex of the raw answers: ${label}, for the site, an agency, a booth, a service`, async () => {
      for (const [kind, unit] of Object.entries(units())) {
        const res = await get(`/api/satisfaction/sites/SBY/index?${query}${unit.query}`);
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        const want = expected(unit.filter, from, to);
        assert.ok(want.respondents > 0, `${kind}: the fixture has answers`);
        assert.equal(body.unit.kind, kind);
        assert.deepEqual(body.period, {
          kind: label === 'custom range' ? 'range' : label,
          spec: body.period.spec,
          from,
          to,
        });
        assert.equal(body.index.respondents, want.respondents, kind);
        assert.equal(body.index.ikm, want.ikm, kind);
        assert.equal(body.index.convertedText, want.convertedText, kind);
        assert.equal(body.index.grade, want.grade, kind);
        assert.deepEqual(
          body.index.elements.map((e: { nrr: number | null }) => e.nrr),
          want.elements.map((e) => e.nrr),
          kind,
        );
        assert.equal(body.method.source, 'default');
      }
    });
  }

  it('names the three weakest elements, the trend by month and the units below', async () => {
    const body = (await get('/api/satisfaction/sites/SBY/index?period=2026')).json();
    const want = expected(units().site.filter, '2026-01-01', '2026-12-31');
    const lowest = [...want.elements]
      .sort((a, b) => (a.nrr ?? 9) - (b.nrr ?? 9))
      .slice(0, 3)
      .map((e) => e.id);
    assert.deepEqual(
      body.weakest.map((w: { id: string }) => w.id),
      lowest,
    );
    assert.equal(body.trend.length, 12);
    const may = body.trend.find((p: { month: string }) => p.month === '2026-05');
    assert.equal(may.convertedText, expected(units().site.filter, '2026-05-01', '2026-05-31').convertedText);
    assert.equal(body.trend.find((p: { month: string }) => p.month === '2026-12').respondents, 0);
    // Drill: the site's agencies, then an agency's services, each with its own index.
    const agencies = body.children as {
      kind: string;
      id: string;
      respondents: number;
      convertedText: string;
    }[];
    assert.deepEqual(new Set(agencies.map((a) => a.kind)), new Set(['agency']));
    const dukcapil = agencies.find((a) => a.id === sby.dukcapil.agencyId);
    assert.equal(
      dukcapil?.convertedText,
      expected(units().agency.filter, '2026-01-01', '2026-12-31').convertedText,
    );
    const agency = (
      await get(`/api/satisfaction/sites/SBY/index?period=2026&agency=${sby.dukcapil.agencyId}`)
    ).json();
    const service = agency.children.find((c: { id: string }) => c.id === sby.dukcapil2.serviceId);
    assert.equal(service.kind, 'service');
    assert.equal(
      service.convertedText,
      expected(units().service.filter, '2026-01-01', '2026-12-31').convertedText,
    );
    assert.deepEqual(
      agency.path.map((p: { kind: string }) => p.kind),
      ['site', 'agency'],
    );
  });

  it('uses the stored method of a survey period whose dates are the range, and says so with its warning', async () => {
    const weights = Object.fromEntries(ELEMENT_IDS.map((id, i) => [id, i === 0 ? '0.12' : '0.11'])) as Record<
      (typeof ELEMENT_IDS)[number],
      string
    >;
    const method = methodWithWeights(weights);
    await t.db
      .insertInto('surveyPeriods')
      .values({
        siteId: sby.dukcapil.siteId,
        label: 'Triwulan II 2026',
        startsOn: '2026-04-01',
        endsOn: '2026-06-30',
        method: JSON.stringify(method),
      })
      .execute();
    const body = (await get('/api/satisfaction/sites/SBY/index?period=2026-Q2')).json();
    assert.equal(body.method.source, 'survey_period');
    assert.equal(body.method.surveyPeriod.label, 'Triwulan II 2026');
    assert.equal(body.index.ikm, expected(units().site.filter, '2026-04-01', '2026-06-30', method).ikm);
    assert.ok(body.index.warnings.some((w: { code: string }) => w.code === 'custom_weights'));
    // A range that is not exactly the period's: the default method.
    const other = (await get('/api/satisfaction/sites/SBY/index?from=2026-04-01&to=2026-06-29')).json();
    assert.equal(other.method.source, 'default');
  });

  it('checks the sample against the people served (the monitor’s served count)', async () => {
    await t.db
      .insertInto('monitorRollups')
      .values([
        {
          boothId: sby.dukcapil.boothId,
          grain: 'day',
          period: '2026-05-14',
          siteId: sby.dukcapil.siteId,
          agencyId: sby.dukcapil.agencyId,
          served: 1000,
        },
        {
          boothId: sby.dukcapil.boothId,
          grain: 'month',
          period: '2026-05-01',
          siteId: sby.dukcapil.siteId,
          agencyId: sby.dukcapil.agencyId,
          served: 1000,
        },
      ])
      .execute();
    const body = (
      await get(`/api/satisfaction/sites/SBY/index?period=2026-05&agency=${sby.dukcapil.agencyId}`)
    ).json();
    const responses = expected(units().agency.filter, '2026-05-01', '2026-05-31').respondents;
    assert.deepEqual(body.sample, sampleCheck(1000, responses));
    assert.equal(body.sample.required, 278);
    assert.equal(body.sample.sufficient, false);
    assert.equal(body.sample.missing, 278 - responses);
    // A range over part of May counts its days from the day rows.
    const part = (
      await get(
        `/api/satisfaction/sites/SBY/index?from=2026-05-10&to=2026-05-20&agency=${sby.dukcapil.agencyId}`,
      )
    ).json();
    assert.equal(part.sample.population, 1000);
    const none = (
      await get(
        `/api/satisfaction/sites/SBY/index?from=2026-05-15&to=2026-05-20&agency=${sby.dukcapil.agencyId}`,
      )
    ).json();
    assert.equal(none.sample.population, 0);
  });

  it('pages the suggestions newest first', async () => {
    const want = raw
      .filter((r) => r.siteId === sby.dukcapil.siteId && r.suggestion && r.servedOn.startsWith('2026'))
      .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0))
      .map((r) => r.suggestion);
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const res = await get(
        `/api/satisfaction/sites/SBY/suggestions?period=2026&limit=7${next ? `&before=${next}` : ''}`,
      );
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json() as { items: { text: string }[]; next: string | null };
      seen.push(...page.items.map((i) => i.text));
      next = page.next;
    } while (next);
    assert.deepEqual(seen, want);
    const bad = await get('/api/satisfaction/sites/SBY/suggestions?before=xyz');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'satisfaction.cursor_invalid');
  });

  it('keeps each reader to their scope', async () => {
    // An agency admin: their agency (by default), never another's.
    const own = await get('/api/satisfaction/sites/SBY/index?period=2026', 'agency');
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().unit.id, sby.dukcapil.agencyId);
    assert.equal(
      own.json().index.convertedText,
      expected(units().agency.filter, '2026-01-01', '2026-12-31').convertedText,
    );
    for (const url of [
      `/api/satisfaction/sites/SBY/index?agency=${sby.other.agencyId}`,
      `/api/satisfaction/sites/SBY/index?booth=${sby.other.boothId}`,
      `/api/satisfaction/sites/SBY/index?service=${sby.other.serviceId}`,
      `/api/satisfaction/sites/SBY/suggestions?agency=${sby.other.agencyId}`,
    ]) {
      const res = await get(url, 'agency');
      assert.equal(res.statusCode, 403, url);
      assert.equal(res.json().error.code, 'auth.out_of_scope');
    }
    const suggestions = (
      await get('/api/satisfaction/sites/SBY/suggestions?period=2026&limit=100', 'agency')
    ).json();
    const otherTexts = new Set(
      raw.filter((r) => r.agencyId !== sby.dukcapil.agencyId).map((r) => r.suggestion),
    );
    assert.ok(suggestions.items.length > 0);
    assert.ok(suggestions.items.every((i: { text: string }) => !otherTexts.has(i.text)));
    // A site manager: their site only.
    assert.equal((await get('/api/satisfaction/sites/TTG/index', 'manager')).statusCode, 403);
    assert.equal((await get('/api/satisfaction/sites/SBY/index', 'managerTtg')).statusCode, 403);
    assert.equal((await get('/api/satisfaction/sites/TTG/index', 'managerTtg')).statusCode, 200);
    // Evaluators read every site; officers and strangers do not read the index.
    assert.equal((await get('/api/satisfaction/sites/TTG/index', 'evaluator')).statusCode, 200);
    assert.equal((await get('/api/satisfaction/sites/SBY/index', 'officer')).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/api/satisfaction/sites/SBY/index' })).statusCode, 401);
  });

  it('refuses a bad period or a unit of another site with a clear 4xx', async () => {
    for (const q of [
      'period=2026-13',
      'from=2026-05-01',
      'from=2026-06-01&to=2026-05-01',
      'from=2020-01-01&to=2026-01-01',
      'period=2026&from=2026-01-01&to=2026-01-02',
    ]) {
      const res = await get(`/api/satisfaction/sites/SBY/index?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.ok(['satisfaction.period_invalid', 'request.invalid'].includes(res.json().error.code), q);
    }
    const away = await get(`/api/satisfaction/sites/SBY/index?booth=${ttg.dukcapil.boothId}`);
    assert.equal(away.statusCode, 404);
    assert.equal(away.json().error.code, 'satisfaction.unit_not_found');
  });

  it('publishes per agency and service, and no index for a unit under 5 responses', async () => {
    const res = await t.app.inject({ url: '/api/public/sites/SBY/satisfaction?period=2026-05' });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.minimumResponses, 5);
    assert.equal(
      body.total.convertedText,
      expected(units().site.filter, '2026-05-01', '2026-05-31').convertedText,
    );
    const dukcapil = body.agencies.find((a: { id: string }) => a.id === sby.dukcapil.agencyId);
    assert.equal(
      dukcapil.convertedText,
      expected(units().agency.filter, '2026-05-01', '2026-05-31').convertedText,
    );
    const quiet = dukcapil.services.find((s: { id: string }) => s.id === quietService.serviceId);
    assert.deepEqual(
      {
        tooFew: quiet.tooFew,
        respondents: quiet.respondents,
        convertedText: quiet.convertedText,
        grade: quiet.grade,
      },
      { tooFew: true, respondents: null, convertedText: null, grade: null },
    );
    // An agency with a booth and no response at all is listed, with no index.
    const silent = body.agencies.find(
      (a: { id: string }) => a.id !== sby.dukcapil.agencyId && a.id !== sby.other.agencyId,
    );
    assert.equal(silent.tooFew, true);
    assert.equal(silent.convertedText, null);
    // Five responses are enough.
    await t.db
      .transaction()
      .execute((tx) =>
        recordResponses(tx, [{ ...raw[raw.length - 1], submittedAt: new Date() } as NewResponse]),
      );
    const after = (await t.app.inject({ url: '/api/public/sites/SBY/satisfaction?period=2026-05' })).json();
    const five = after.agencies
      .find((a: { id: string }) => a.id === sby.dukcapil.agencyId)
      .services.find((s: { id: string }) => s.id === quietService.serviceId);
    assert.deepEqual(
      [five.tooFew, five.respondents, five.convertedText, five.grade],
      [false, 5, '100.00', 'A'],
    );
  });
});
