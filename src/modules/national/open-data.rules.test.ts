import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDataFields } from './open-data.fields.ts';
import { buildDatapackage } from './open-data.package.ts';
import { csvField, type FactRow, presentRow, presentRows, toCsv, toJson } from './open-data.rules.ts';

// The national list ships in the catalogue (catalogue.public.ts `serviceTypes`); a small local lookup is enough here.
const types = new Map([
  ['PASPOR', { code: 'PASPOR', nameId: 'Paspor', nameEn: 'Passport', group: 'keimigrasian' }],
  ['KTP_EL', { code: 'KTP_EL', nameId: 'KTP-el, "baru"', nameEn: 'ID card, new', group: 'kependudukan' }],
]);

function fact(overrides: Partial<FactRow> = {}): FactRow {
  return {
    day: '2026-03-02',
    siteId: '00000000-0000-4000-8000-000000000001',
    siteCode: 'SBY',
    siteName: 'MPP Siola',
    province: 'Jawa Timur',
    city: 'Surabaya',
    serviceTypeCode: 'PASPOR',
    issued: 0,
    served: 0,
    noShows: 0,
    waitCount: 0,
    waitP50: null,
    waitP90: null,
    serviceCount: 0,
    serviceP50: null,
    filesDone: 0,
    filesOnTime: 0,
    surveyRespondents: 0,
    surveySum: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    surveyCount: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    complaintsAnswered: 0,
    complaintsOnTime: 0,
    quotaServices: 0,
    quotaOut: 0,
    ...overrides,
  };
}

/** n respondents who all answered every element with `score`. */
const survey = (n: number, score: number) => ({
  surveyRespondents: n,
  surveySum: new Array(9).fill(n * score),
  surveyCount: new Array(9).fill(n),
});

describe('open data: cells from fewer than 5 people are suppressed', () => {
  it('a count of 4 people is suppressed and named; 5 is shown; 0 is shown', () => {
    const four = presentRow(fact({ issued: 4, served: 0 }), types);
    assert.equal(four.tickets_issued, null);
    assert.equal(four.visitors_served, 0);
    assert.equal(four.suppressed, 'tickets_issued');
    const five = presentRow(fact({ issued: 5 }), types);
    assert.equal(five.tickets_issued, 5);
    assert.equal(five.suppressed, '');
  });

  it('waiting-time percentiles over 4 tickets are suppressed, over 5 shown', () => {
    const four = presentRow(fact({ issued: 9, waitCount: 4, waitP50: 7, waitP90: 12 }), types);
    assert.equal(four.wait_p50_min, null);
    assert.equal(four.wait_p90_min, null);
    assert.match(String(four.suppressed), /wait_p50_min wait_p90_min/);
    const five = presentRow(fact({ issued: 9, waitCount: 5, waitP50: 7, waitP90: 12 }), types);
    assert.equal(five.wait_p50_min, 7);
    assert.equal(five.wait_p90_min, 12);
    const none = presentRow(fact({ issued: 9, waitCount: 0 }), types);
    assert.equal(none.wait_p50_min, null);
    assert.equal(none.suppressed, '', 'no wait at all is no value, not a suppressed one');
  });

  it('the IKM over 4 respondents is suppressed, over 5 computed (PermenPAN-RB 14/2017, × 25)', () => {
    const four = presentRow(fact(survey(4, 4)), types);
    assert.equal(four.ikm, null);
    assert.equal(four.ikm_grade, null);
    assert.equal(four.suppressed, 'survey_respondents ikm ikm_grade');
    const five = presentRow(fact(survey(5, 3)), types);
    assert.equal(five.survey_respondents, 5);
    assert.equal(five.ikm, 75);
    assert.equal(five.ikm_grade, 'C');
  });

  it('a part of a total is suppressed when the rest is a group of 1–4 (no recovery by subtraction)', () => {
    assert.equal(presentRow(fact({ filesDone: 8, filesOnTime: 5 }), types).files_on_time, null);
    assert.equal(presentRow(fact({ filesDone: 10, filesOnTime: 5 }), types).files_on_time, 5);
    assert.equal(presentRow(fact({ filesDone: 6, filesOnTime: 6 }), types).files_on_time, 6);
    assert.equal(
      presentRow(fact({ complaintsAnswered: 7, complaintsOnTime: 5 }), types).complaints_on_time,
      null,
    );
  });

  it('counts of services (quota) are not about people and are never suppressed', () => {
    const row = presentRow(fact({ quotaServices: 2, quotaOut: 1 }), types);
    assert.equal(row.quota_services, 2);
    assert.equal(row.quota_out, 1);
  });
});

describe('open data: formats', () => {
  it('quotes per RFC 4180 only what needs it', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });

  it('orders rows the same whatever order the facts come in', () => {
    const facts = [
      fact({ siteCode: 'TTG', province: 'Sumatera Utara', city: 'Tebing Tinggi', siteId: 'b' }),
      fact({ serviceTypeCode: 'KTP_EL' }),
      fact(),
    ];
    const list = [...types.values()];
    const a = toCsv(presentRows(facts, list));
    const b = toCsv(presentRows([...facts].reverse(), list));
    assert.deepEqual(a, b);
    assert.deepEqual(toJson(presentRows(facts, list)), toJson(presentRows([...facts].reverse(), list)));
  });

  it('the CSV header and the datapackage fields are the same list, each with a description in both languages', () => {
    const csv = toCsv([]).toString('utf8');
    const header = csv.trimEnd().split(',');
    const pkg = JSON.parse(
      buildDatapackage([{ path: 'x.csv', format: 'csv', bytes: Buffer.from(csv) }], undefined).toString(),
    );
    const fields = pkg.resources[0].schema.fields as { name: string; description: string }[];
    assert.deepEqual(
      fields.map((f) => f.name),
      header,
    );
    for (const f of fields)
      assert.match(f.description, / — /, `${f.name} has an Indonesian and an English text`);
    assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
    assert.equal(openDataFields.length, header.length);
  });
});
