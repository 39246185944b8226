import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from './errors.ts';

/**
 * Spreadsheets in (exceljs): an uploaded XLSX or CSV read into rows of text, all or nothing, with the refusals a
 * person can act on (an .xls, a zip bomb, broken quoting). Shared by every import (catalogue, survey answers) and
 * their templates' styling. No database, no HTTP.
 */

export type SheetFormat = 'xlsx' | 'csv';

interface SheetRow {
  /** The row number as the spreadsheet shows it (1 = header). */
  number: number;
  values: string[];
}

export interface ReadSheet {
  format: SheetFormat;
  rows: SheetRow[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

const invalidFile = (id: string, en: string) =>
  new AppError('import.invalid_file', [{ field: 'file', message: { id, en } }]);

/** By content first (an XLSX is a zip), then by the name: a renamed file still reads. */
export function detectFormat(fileName: string, buffer: Buffer): SheetFormat {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (buffer.subarray(0, 4).equals(OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw invalidFile(
      'Format .xls (Excel 97–2003) tidak didukung. Simpan sebagai .xlsx atau .csv.',
      'The .xls (Excel 97–2003) format is not supported. Save as .xlsx or .csv.',
    );
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw invalidFile(
      'Berkas .xlsx ini rusak atau bukan berkas Excel.',
      'This .xlsx file is damaged or not an Excel file.',
    );
  }
  if (buffer.includes(0)) {
    throw invalidFile('Berkas bukan XLSX atau CSV.', 'The file is neither XLSX nor CSV.');
  }
  return 'csv';
}

/** Largest total an XLSX may unpack to: a few MB of upload must not become gigabytes in memory. */
const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;

/**
 * Sum of the uncompressed sizes the zip's central directory declares, or null when it cannot be read
 * (or uses ZIP64, which no 2,000-row template needs).
 */
export function zipUnpackedSize(buffer: Buffer): number | null {
  const EOCD = 0x06054b50;
  const ENTRY = 0x02014b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== ENTRY) return null;
    const size = buffer.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
  }
  return total;
}

/** A cell of any kind (rich text, link, formula, date…) as the text a person sees. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** UTF-8 (with or without BOM); Excel's "CSV" on Windows writes Windows-1252, so fall back to it. */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** Comma, semicolon (Excel with Indonesian regional settings) or tab: whichever the header line uses most. */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const width = sheet.columnCount;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    for (let i = 1; i <= width; i++) values.push(cellText(row.getCell(i).value));
    rows.push({ number, values });
  });
  return rows;
}

/** Every non-empty row of the services sheet (an XLSX's 'Layanan' sheet, else its first), as text. */
/** Reads the named sheet (else the first) of an XLSX, or a CSV, into rows of text. */
export async function readSheet(fileName: string, buffer: Buffer, sheetName?: string): Promise<ReadSheet> {
  const format = detectFormat(fileName, buffer);
  const workbook = new ExcelJS.Workbook();
  if (format === 'xlsx') {
    const unpacked = zipUnpackedSize(buffer);
    if (unpacked === null || unpacked > MAX_XLSX_UNPACKED_BYTES) {
      throw invalidFile(
        'Berkas .xlsx ini rusak atau isinya terlalu besar.',
        'This .xlsx file is damaged or its content is too large.',
      );
    }
    try {
      await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    } catch {
      throw invalidFile(
        'Berkas .xlsx ini rusak atau bukan berkas Excel.',
        'This .xlsx file is damaged or not an Excel file.',
      );
    }
    const sheet =
      (sheetName === undefined ? undefined : workbook.getWorksheet(sheetName)) ?? workbook.worksheets[0];
    if (!sheet) throw invalidFile('Berkas tidak memuat lembar kerja.', 'The workbook has no worksheet.');
    return { format, rows: rowsOf(sheet) };
  }
  const text = decodeText(buffer).replace(/^\uFEFF/, '');
  try {
    const sheet = await workbook.csv.read(Readable.from([text]), {
      parserOptions: { delimiter: detectDelimiter(text) },
      // Keep every cell as written: no guessing of numbers or dates (a code like 0812 stays 0812).
      map: (value: unknown) => value,
    });
    return { format, rows: rowsOf(sheet) };
  } catch {
    throw invalidFile(
      'Berkas CSV tidak dapat dibaca (periksa tanda kutip).',
      'The CSV file cannot be read (check the quotation marks).',
    );
  }
}

// ---------- template styling shared by every import's template ----------

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5F8B' } };
export const HINT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0F6' } };

/** exceljs has sheet data validations at run time but not in its types. */
export interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}
