import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { ELEMENT_IDS, type ElementId, type Score } from './elements.ts';
import { ageBands, educationLevels, occupations, sexes } from './questionnaire.ts';
import { readSurveyFile, SURVEY_SHEET, surveyCsv, surveyWorkbook } from './survey.sheets.ts';
import { parseSurveyLines, type SurveyRow } from './survey.template.ts';

const HEADER = 'u1,u2,u3,u4,u5,u6,u7,u8,u9';

/** A CSV file from lines (UTF-8, no BOM). */
const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

/** The error a file gets, or fails the test when the file is accepted. */
async function refusal(fileName: string, buffer: Buffer): Promise<{ code: string; details: FieldIssue[] }> {
  try {
    await readSurveyFile(fileName, buffer);
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return { code: error.code, details: error.details ?? [] };
  }
  assert.fail('the file was accepted');
}

const where = (details: FieldIssue[]) => details.map((d) => `${d.row ?? '-'}:${d.column ?? d.field}`);

type TemplateRow = Omit<SurveyRow, 'row'>;

const fullAnswers = (score: Score): Record<ElementId, Score | null> =>
  Object.fromEntries(ELEMENT_IDS.map((id) => [id, score])) as Record<ElementId, Score>;

const emptyProfile = {
  date: null,
  serviceCode: null,
  sex: null,
  ageBand: null,
  education: null,
  occupation: null,
  suggestion: null,
};

describe('the survey template files', () => {
  it('XLSX: header u1…u9 then the optional columns, a hint row, dropdowns 1–4, an instructions sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await surveyWorkbook()) as unknown as ExcelJS.Buffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      [SURVEY_SHEET, 'Petunjuk'],
    );
    const sheet = workbook.getWorksheet(SURVEY_SHEET);
    assert.ok(sheet);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header, [
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
      'tanggal',
      'kode_layanan',
      'jenis_kelamin',
      'usia',
      'pendidikan',
      'pekerjaan',
      'saran',
    ]);
    assert.equal(sheet.getCell('H2').value, 'Penanganan pengaduan, saran dan masukan (1–4)');
    assert.equal(sheet.getCell('I2').value, 'Sarana dan prasarana (1–4)');
    for (const address of ['A3', 'I3', 'E5002']) {
      const validation: ExcelJS.DataValidation | undefined = sheet.getCell(address).dataValidation;
      assert.equal(validation?.type, 'whole', address);
      assert.equal(validation?.operator, 'between');
      assert.deepEqual(validation?.formulae, [1, 4]);
      assert.equal(validation?.errorStyle, 'stop');
    }
    assert.equal(sheet.getCell('L3').dataValidation?.type, 'list');
    const guide = workbook.getWorksheet('Petunjuk');
    const text = JSON.stringify(guide?.getSheetValues());
    assert.match(text, /kualitas sarana dan prasarana/);
    assert.match(text, /Dikelola dengan baik \/ It is well managed/);
    assert.match(text, /pertanyaan 8 adalah sarana dan prasarana \(isi ke u9\)/);
  });

  it('the empty template reads as "no respondent rows" (its hint row is not a respondent)', async () => {
    for (const [name, file] of [
      ['t.xlsx', await surveyWorkbook()],
      ['t.csv', await surveyCsv()],
    ] as const) {
      assert.equal((await refusal(name, file)).code, 'satisfaction.no_rows', name);
    }
  });

  it('rows written to XLSX and CSV read back as they were', async () => {
    const score = fc.option(fc.constantFrom<Score>(1, 2, 3, 4), { nil: null, freq: 6 });
    const answers = fc
      .record(Object.fromEntries(ELEMENT_IDS.map((id) => [id, score])) as Record<ElementId, typeof score>)
      .filter((a) => ELEMENT_IDS.some((id) => a[id] !== null))
      .map((a) => ({ ...a }));
    const pick = <T extends { id: string }>(options: readonly T[]) =>
      fc.option(fc.constantFrom(...options.map((o) => o.id as T['id'])), { nil: null });
    const row: fc.Arbitrary<TemplateRow> = fc.record({
      answers,
      date: fc.option(
        fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
      serviceCode: fc.option(fc.constantFrom('KTP-EL', 'SIM-A', 'NIB01'), { nil: null }),
      sex: pick(sexes),
      ageBand: pick(ageBands),
      education: pick(educationLevels),
      occupation: pick(occupations),
      suggestion: fc.option(
        fc
          .string({ minLength: 1, maxLength: 60 })
          .filter((s) => s.trim() === s && s !== '' && !/[\r\n]/.test(s)),
        { nil: null },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        for (const [name, file] of [
          ['r.xlsx', await surveyWorkbook(rows)],
          ['r.csv', await surveyCsv(rows)],
        ] as const) {
          const read = await readSurveyFile(name, file);
          // JSON: fast-check builds objects without a prototype; the values are what is compared.
          const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
          assert.deepEqual(plain(read.map(({ row: _row, ...rest }) => rest)), plain(rows), name);
          assert.deepEqual(
            read.map((r) => r.row),
            rows.map((_, i) => i + 3),
          );
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('reading a survey file: every error named by row and column, all or nothing', () => {
  it('answers outside 1–4 or not whole numbers are errors of their row and column; no row is used', async () => {
    const { code, details } = await refusal(
      'paper.csv',
      csv(
        HEADER,
        '4,4,4,4,4,4,4,4,4',
        '4,3,5,4,4,4,4,4,4',
        '2.5,3,3,3,3,3,3,3,0',
        '4,4,4,4,4,4,a,4,-1',
        '4,4,4,4,4,4,4,4,4',
      ),
    );
    assert.equal(code, 'satisfaction.rows_invalid');
    assert.deepEqual(where(details), ['3:u3', '4:u1', '4:u9', '5:u7', '5:u9']);
    assert.match(details[0]?.message.id ?? '', /bilangan bulat 1–4.*"5"/);
    assert.match(details[0]?.message.en ?? '', /whole number 1–4.*"5"/);
  });

  it('an XLSX with a bad row is refused the same way, naming the spreadsheet row', async () => {
    const rows: TemplateRow[] = [
      { answers: fullAnswers(4), ...emptyProfile },
      { answers: fullAnswers(3), ...emptyProfile },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await surveyWorkbook(rows)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(SURVEY_SHEET);
    assert.ok(sheet);
    sheet.getCell('F4').value = 7;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { details } = await refusal('paper.xlsx', file);
    assert.deepEqual(where(details), ['4:u6']);
  });

  it('empty answers are "not answered"; a row with none of u1–u9 is an error', async () => {
    const rows = await readSurveyFile('ok.csv', csv(HEADER, '4,,3,,,,,,1'));
    assert.deepEqual(rows[0]?.answers, {
      requirements: 4,
      procedure: null,
      time: 3,
      fee: null,
      product: null,
      competence: null,
      behaviour: null,
      complaints: null,
      facilities: 1,
    });
    const { details } = await refusal('none.csv', csv(`${HEADER},saran`, ',,,,,,,,,Ruang tunggu panas'));
    assert.deepEqual(where(details), ['2:u1–u9']);
  });

  it('a header without all of u1–u9 names the missing column on row 1; a repeated column too', async () => {
    const missing = await refusal('h.csv', csv('u1,u2,u3,u4,u5,u6,u8,u9', '4,4,4,4,4,4,4,4'));
    assert.equal(missing.code, 'satisfaction.rows_invalid');
    assert.deepEqual(where(missing.details), ['1:u7']);
    const twice = await refusal('h.csv', csv(`${HEADER},U1`, '4,4,4,4,4,4,4,4,4,4'));
    assert.deepEqual(where(twice.details), ['1:U1']);
  });

  it("other apps' files: semicolons, 'U1 Persyaratan' headers, English optional columns, unknown columns ignored", async () => {
    const header =
      'No;Nama;U1 Persyaratan;U2 Prosedur;U3 Waktu;U4 Biaya;U5 Produk;U6 Kompetensi;U7 Perilaku;U8 Pengaduan;U9 Sarana;date;service;sex;age;education;occupation;suggestion';
    const rows = await readSurveyFile(
      'lain.csv',
      csv(header, '1;Budi;4;4;3;4;4;4;4;3;2;31/03/2026;ktp-el;L;45;SMA;wiraswasta;Perlu kursi tambahan'),
    );
    assert.deepEqual(rows, [
      {
        row: 2,
        answers: {
          requirements: 4,
          procedure: 4,
          time: 3,
          fee: 4,
          product: 4,
          competence: 4,
          behaviour: 4,
          complaints: 3,
          facilities: 2,
        },
        date: '2026-03-31',
        serviceCode: 'KTP-EL',
        sex: 'male',
        ageBand: '40_49',
        education: 'senior_high',
        occupation: 'entrepreneur',
        suggestion: 'Perlu kursi tambahan',
      },
    ]);
    assert.equal(JSON.stringify(rows).includes('Budi'), false, 'a name column is never read');
  });

  it('the optional columns are checked too: date, service code, profile values, suggestion length', async () => {
    const { details } = await refusal(
      'p.csv',
      csv(
        `${HEADER},tanggal,kode_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,saran`,
        `4,4,4,4,4,4,4,4,4,31/02/2026,KTP EL,X,7,kuliah,astronaut,${'x'.repeat(1001)}`,
        '4,4,4,4,4,4,4,4,4,2026-02-28,KTP-EL,Perempuan,60 tahun ke atas,Diploma (D1–D4),Pelajar/Mahasiswa,',
      ),
    );
    assert.deepEqual(where(details), [
      '2:tanggal',
      '2:kode_layanan',
      '2:jenis_kelamin',
      '2:pendidikan',
      '2:pekerjaan',
      '2:usia',
      '2:saran',
    ]);
    assert.ok(details.every((d) => d.message.id.length > 0 && d.message.en.length > 0));
  });

  it('not a spreadsheet at all: import.invalid_file', async () => {
    assert.equal(
      (await refusal('x.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).code,
      'import.invalid_file',
    );
    assert.equal((await refusal('x.xlsx', Buffer.from('not a zip'))).code, 'import.invalid_file');
  });

  it('the pure reader returns either all rows or only errors', () => {
    const lines = [
      { number: 1, values: HEADER.split(',') },
      { number: 2, values: '4,4,4,4,4,4,4,4,4'.split(',') },
      { number: 3, values: '4,4,4,4,4,4,4,4,9'.split(',') },
    ];
    const result = parseSurveyLines(lines);
    assert.ok('errors' in result);
    assert.equal('ok' in result, false);
    assert.equal(result.code, 'satisfaction.rows_invalid');
    const fine = parseSurveyLines(lines.slice(0, 2));
    assert.ok('ok' in fine && fine.ok.length === 1);
  });
});
