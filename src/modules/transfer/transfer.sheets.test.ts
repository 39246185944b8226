import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { cellText, detectDelimiter, detectFormat, readSheet, zipUnpackedSize } from '../../shared/sheets.ts';
import {
  cellsByColumn,
  exampleCells,
  isHintRow,
  mapHeader,
  parseServiceRow,
  serviceColumns,
} from './services.template.ts';
import { readServicesSheet, servicesCsv, servicesWorkbook } from './transfer.sheets.ts';

/** Reads a file the way the importer does, down to parsed services. */
async function parseFile(fileName: string, buffer: Buffer) {
  const sheet = await readServicesSheet(fileName, buffer);
  const [header, ...rest] = sheet.rows;
  assert.ok(header);
  const mapped = mapHeader(header.values);
  assert.ok('ok' in mapped, JSON.stringify(mapped));
  const data = rest.map((r) => ({ number: r.number, cells: cellsByColumn(mapped.ok, r.values) }));
  return {
    format: sheet.format,
    data,
    results: data.filter((r) => !isHintRow(r.cells)).map((r) => parseServiceRow(r.cells)),
  };
}

describe('template files', () => {
  it('the XLSX template reads back: styled header, hint row, one valid example row, a guide sheet', async () => {
    const buffer = await servicesWorkbook([exampleCells()]);
    const { format, data, results } = await parseFile('templat.xlsx', buffer);
    assert.equal(format, 'xlsx');
    assert.equal(data[0]?.number, 2);
    assert.equal(results.length, 1);
    assert.ok(results[0] && 'ok' in results[0], JSON.stringify(results[0]));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Layanan');
    assert.ok(sheet);
    assert.equal(sheet.getCell('B1').font?.bold, true);
    assert.ok((sheet.getColumn(2).width ?? 0) > 10);
    const guide = workbook.getWorksheet('Petunjuk');
    assert.ok(guide);
    assert.equal(guide.rowCount >= serviceColumns.length + 1, true);
  });

  it('the CSV template reads back with multi-line cells intact', async () => {
    const buffer = await servicesCsv([exampleCells()]);
    assert.deepEqual([...buffer.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    const { format, results } = await parseFile('templat.csv', buffer);
    assert.equal(format, 'csv');
    assert.equal(results.length, 1);
    const first = results[0];
    assert.ok(first && 'ok' in first);
    assert.equal(first.ok.service.standard.requirements.length, 4);
  });

  it('reads a semicolon CSV as Excel writes it with Indonesian regional settings, in Windows-1252', async () => {
    const header = serviceColumns.map((c) => c.header).join(';');
    const values = serviceColumns.map((c) => `"${exampleCells()[c.key].replaceAll('"', '""')}"`).join(';');
    const text = `${header}\r\n${values.replace('Kartu Identitas Anak (KIA)', 'Kartu Identitas Anak – KIA')}\r\n`;
    const buffer = Buffer.from(new TextEncoder().encode(text));
    const latin = Buffer.from(text.replace('–', '\u0096'), 'latin1');
    for (const file of [buffer, latin]) {
      const { results } = await parseFile('layanan.csv', file);
      const first = results[0];
      assert.ok(first && 'ok' in first, JSON.stringify(first));
      assert.equal(first.ok.service.name, 'Kartu Identitas Anak – KIA');
    }
  });
});

describe('file detection', () => {
  it('tells XLSX from CSV by content and refuses .xls and broken files', async () => {
    assert.equal(detectFormat('a.csv', await servicesWorkbook([])), 'xlsx');
    assert.equal(detectFormat('a.txt', Buffer.from('a,b\n')), 'csv');
    assert.throws(
      () => detectFormat('a.xls', Buffer.from('x')),
      (e) => e instanceof AppError && e.code === 'import.invalid_file',
    );
    assert.throws(() => detectFormat('a.xlsx', Buffer.from('a,b')), AppError);
    await assert.rejects(readSheet('a.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), AppError);
    await assert.rejects(readSheet('a.csv', Buffer.from('a,"b\n')), AppError);
  });

  it('reads the unpacked size of an XLSX before opening it', async () => {
    const size = zipUnpackedSize(await servicesWorkbook([exampleCells()]));
    assert.ok(size !== null && size > 1000 && size < 1_000_000, String(size));
    assert.equal(zipUnpackedSize(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), null);
  });

  it('picks the delimiter the header uses', () => {
    assert.equal(detectDelimiter('a;b;"c,d"\n1,2,3,4,5'), ';');
    assert.equal(detectDelimiter('a,b,c'), ',');
    assert.equal(detectDelimiter('a\tb\tc'), '\t');
  });

  it('turns any cell into text', () => {
    assert.equal(cellText({ richText: [{ text: 'KTP' }, { text: '-el' }] }), 'KTP-el');
    assert.equal(cellText({ text: 'lapor.go.id', hyperlink: 'https://lapor.go.id' }), 'lapor.go.id');
    assert.equal(cellText({ formula: '1+1', result: 2 } as ExcelJS.CellValue), '2');
    assert.equal(cellText(15), '15');
    assert.equal(cellText(null), '');
  });
});
