import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type InstrumentDefinition, instrumentDefinition } from './instrument.schema.ts';
import { inspection } from './instruments/inspection.ts';
import { ombudsman } from './instruments/ombudsman.ts';
import { pekppp } from './instruments/pekppp.ts';
import { bandOf, definitionProblems, score } from './scoring.rules.ts';

const parse = (d: unknown): InstrumentDefinition => instrumentDefinition.parse(d);
const answers = (pairs: Record<string, string | number | null>) => new Map(Object.entries(pairs));

describe('the shipped instruments', () => {
  it('are valid definitions whose weights sum to exactly 1', () => {
    for (const d of [pekppp, ombudsman, inspection])
      assert.deepEqual(definitionProblems(parse(d)), [], d.name);
  });

  it('PEKPPP: the index by hand — Σ aspect weight × mean indicator score', () => {
    const s = score(
      parse(pekppp),
      answers({
        standar: 4,
        maklumat: 3,
        skm: 5,
        'kode-etik': 3,
        budaya: 4,
        kompetensi: 2,
        sarana: 5,
        rentan: 3,
        'sistem-informasi': 4,
        'pengelolaan-pengaduan': 2,
        inovasi: 3,
      }),
    );
    assert.deepEqual(
      s.aspects.map((a) => [a.id, a.score]),
      [
        ['kebijakan', '4.00'],
        ['sdm', '3.00'],
        ['sarpras', '4.00'],
        ['sipp', '4.00'],
        ['pengaduan', '2.00'],
        ['inovasi', '3.00'],
      ],
    );
    // 0.24×4 + 0.25×3 + 0.18×4 + 0.11×4 + 0.10×2 + 0.12×3 = 3.43
    assert.equal(s.total, '3.43');
    assert.deepEqual(s.band, { code: 'B-', label: 'Baik (dengan catatan)' });
    assert.equal(s.answered, 11);
    assert.equal(
      s.formula,
      '0.24 × 4.00 + 0.25 × 3.00 + 0.18 × 4.00 + 0.11 × 4.00 + 0.10 × 2.00 + 0.12 × 3.00',
    );
    // Under the scale's middle (2.5) is a finding; 3 is not.
    const sdm = s.aspects.find((a) => a.id === 'sdm');
    assert.deepEqual(
      sdm?.indicators.map((i) => [i.id, i.belowThreshold]),
      [
        ['kode-etik', false],
        ['budaya', false],
        ['kompetensi', true],
      ],
    );
  });

  it('PEKPPP categories at their boundaries', () => {
    const def = parse(pekppp);
    const codeOf = (t: string) => bandOf(def, t)?.code;
    assert.equal(codeOf('5.00'), 'A');
    assert.equal(codeOf('4.51'), 'A');
    assert.equal(codeOf('4.50'), 'A-');
    assert.equal(codeOf('3.51'), 'B');
    assert.equal(codeOf('3.50'), 'B-');
    assert.equal(codeOf('2.01'), 'C-');
    assert.equal(codeOf('1.01'), 'E');
    assert.equal(codeOf('1.00'), 'F');
    assert.equal(codeOf('0.00'), 'F');
  });

  it('Ombudsman: 70.00 by hand (yellow), and the zone boundaries', () => {
    const def = parse(ombudsman);
    const s = score(
      def,
      answers({
        persyaratan: 1,
        prosedur: 1,
        waktu: 1,
        biaya: '0.5',
        produk: 1,
        maklumat: 0,
        'tanda-pengenal': 1,
        'tepat-waktu': '0.5',
        penyelesaian: 1,
        'ruang-tunggu': 1,
        difabel: 0,
        prioritas: '0.5',
        kanal: 1,
        petugas: 1,
        'tindak-lanjut': 0,
      }),
    );
    // 100 × (0.4 × 4.5/6 + 0.2 × 2.5/3 + 0.2 × 1.5/3 + 0.2 × 2/3) = 100 × (0.3 + 1/6 + 0.1 + 2/15) = 70
    assert.equal(s.total, '70.00');
    assert.deepEqual(s.band, { code: 'Kuning', label: 'Zona kuning (kepatuhan sedang)', zone: 'yellow' });
    assert.equal(s.aspects.find((a) => a.id === 'kompetensi')?.score, '83.33');
    const zone = (t: string) => bandOf(def, t)?.zone;
    assert.equal(zone('81.00'), 'green');
    assert.equal(zone('80.99'), 'yellow');
    assert.equal(zone('51.00'), 'yellow');
    assert.equal(zone('50.99'), 'red');
  });

  it('inspection: the share of the checklist met; anything short of "Ya" is a finding', () => {
    const def = parse(inspection);
    const all = Object.fromEntries(def.aspects[0]?.indicators.map((i) => [i.id, 1]) ?? []);
    const s = score(def, answers({ ...all, 'tanda-nama': '0.5', kebersihan: 0 }));
    assert.equal(s.total, '85.00');
    assert.equal(s.band?.code, 'Perlu perbaikan');
    assert.deepEqual(
      s.aspects[0]?.indicators.filter((i) => i.belowThreshold).map((i) => i.id),
      ['tanda-nama', 'kebersihan'],
    );
  });

  it('no total until every aspect has an answer; unanswered indicators leave their aspect’s mean', () => {
    const def = parse(pekppp);
    const partial = score(def, answers({ standar: 5, maklumat: null }));
    assert.equal(partial.total, null);
    assert.equal(partial.aspects[0]?.score, '5.00');
    assert.equal(partial.answered, 1);
  });
});

describe('an instrument an administrator writes', () => {
  it('is refused when its weights do not sum to exactly 1 (0.333 × 3 is not 1)', () => {
    const def = parse({
      ...inspection,
      aspects: ['a', 'b', 'c'].map((id) => ({
        ...inspection.aspects[0],
        id,
        weight: '0.333',
        indicators: [{ ...inspection.aspects[0]?.indicators[0], id: `${id}-1` }],
      })),
    });
    assert.deepEqual(definitionProblems(def), ["aspects' weights sum to 0.999000, not 1"]);
  });

  it('is refused with levels out of order, a threshold outside them, ids used twice, no band for the lowest', () => {
    const base = parse(inspection);
    const first = base.aspects[0];
    assert.ok(first);
    const broken: InstrumentDefinition = {
      ...base,
      aspects: [
        {
          ...first,
          indicators: [
            {
              ...first.indicators[0],
              id: 'x',
              levels: [...(first.indicators[0]?.levels ?? [])].reverse(),
            } as never,
            { ...first.indicators[1], id: 'x', threshold: 7 } as never,
          ],
        },
      ],
      total: { ...base.total, bands: [{ min: 10, code: 'A', label: 'A' }] },
    };
    assert.deepEqual(definitionProblems(broken), [
      'indicator x: levels must rise, lowest first',
      'indicator x: id used twice',
      'indicator x: threshold outside its levels',
      'total: no band holds the lowest total',
    ]);
  });
});
