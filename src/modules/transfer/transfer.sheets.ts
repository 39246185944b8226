import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import { type ColumnKey, hintCells, serviceColumns } from './services.template.ts';

/**
 * Spreadsheets in and out (exceljs): reading an uploaded XLSX or CSV into rows of text, and writing the
 * template and exports. No database, no HTTP.
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
const SERVICES_SHEET = 'Layanan';

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
export async function readSheet(fileName: string, buffer: Buffer): Promise<ReadSheet> {
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
    const sheet = workbook.getWorksheet(SERVICES_SHEET) ?? workbook.worksheets[0];
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

// ---------- writing ----------

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5F8B' } };
const HINT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0F6' } };
const DATA_ROWS = 2000;

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function addServicesSheet(workbook: ExcelJS.Workbook, rows: Record<ColumnKey, string>[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SERVICES_SHEET, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  sheet.columns = serviceColumns.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(serviceColumns.map((c) => c.header));
  header.height = 32;
  header.eachCell((cell, i) => {
    const column = serviceColumns[i - 1];
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (column) cell.note = `${column.help.id}\n\n${column.help.en}`;
  });
  const hints = hintCells();
  const hint = sheet.addRow(serviceColumns.map((c) => hints[c.key]));
  hint.eachCell((cell) => {
    cell.font = { italic: true, color: { argb: 'FF555555' }, size: 9 };
    cell.fill = HINT_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  for (const values of rows) {
    const row = sheet.addRow(serviceColumns.map((c) => values[c.key]));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  // Every cell is text: Excel must not turn a code like 0812 or 1-2 into a number or a date.
  for (let i = 1; i <= serviceColumns.length; i++) sheet.getColumn(i).numFmt = '@';
  const letter = (key: ColumnKey) => sheet.getColumn(key).letter;
  const range = (key: ColumnKey) => `${letter(key)}3:${letter(key)}${DATA_ROWS + 2}`;
  const validations = (sheet as unknown as WithValidations).dataValidations;
  validations.add(range('bookable'), {
    type: 'list',
    allowBlank: true,
    formulae: ['"Ya,Tidak"'],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: 'Isi Ya atau Tidak / Use Ya (yes) or Tidak (no)',
  });
  validations.add(range('completionTimeUnit'), {
    type: 'list',
    allowBlank: true,
    formulae: ['"menit,jam,hari kerja"'],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: 'menit, jam, atau hari kerja / minutes, hours or working days',
  });
  return sheet;
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Petunjuk');
  sheet.columns = [
    { header: 'Kolom', key: 'header', width: 34 },
    { header: 'Column', key: 'hint', width: 34 },
    { header: 'Wajib / Required', key: 'required', width: 16 },
    { header: 'Petunjuk', key: 'id', width: 70 },
    { header: 'Guide', key: 'en', width: 70 },
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = HEADER_FILL;
  const general: [string, string][] = [
    [
      'Satu baris = satu layanan, mulai baris 3 lembar "Layanan". Baris 2 (petunjuk bahasa Inggris) boleh dibiarkan atau dihapus.',
      'One row = one service, from row 3 of the "Layanan" sheet. Row 2 (English hints) may stay or be deleted.',
    ],
    [
      'Isian bertingkat (persyaratan, prosedur, pengaduan, dasar hukum, sarana, kompetensi): satu isian per baris dalam sel (Alt+Enter).',
      'List cells (requirements, procedure, complaints, legal basis, facilities, competence): one item per line inside the cell (Alt+Enter).',
    ],
    [
      'Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu baris salah, tidak ada yang disimpan dan setiap kesalahan ditampilkan dengan nomor baris dan kolomnya.',
      'Imports are all-or-nothing: if any row is wrong nothing is saved, and every error is listed with its row number and column.',
    ],
    [
      'Kode layanan yang sudah ada diperbarui (dan diaktifkan kembali bila nonaktif); standar yang berubah disimpan sebagai versi baru. Hapus baris contoh (kode CONTOH-KIA) sebelum mengimpor.',
      'Existing service codes are updated (and reactivated if inactive); a changed standard is saved as a new version. Delete the example row (code CONTOH-KIA) before importing.',
    ],
    [
      'Berkas CSV: UTF-8, pemisah koma atau titik koma. Maksimal 2.000 layanan per berkas.',
      'CSV files: UTF-8, comma or semicolon separated. At most 2,000 services per file.',
    ],
  ];
  for (const c of serviceColumns) {
    const row = sheet.addRow({
      header: c.header,
      hint: c.hint,
      required: c.required ? 'Ya / Yes' : '',
      id: c.help.id,
      en: c.help.en,
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.addRow([]);
  for (const [id, en] of general) {
    const row = sheet.addRow({ id, en });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export interface AgencySheetRow {
  code: string;
  name: string;
  shortName: string;
  type: string;
  website: string | null;
  phone: string | null;
  serviceCount: number;
}

function addAgencySheet(workbook: ExcelJS.Workbook, agencies: AgencySheetRow[]): void {
  const sheet = workbook.addWorksheet('Instansi', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Kode instansi', key: 'code', width: 18 },
    { header: 'Nama instansi', key: 'name', width: 50 },
    { header: 'Nama singkat', key: 'shortName', width: 20 },
    { header: 'Jenis', key: 'type', width: 10 },
    { header: 'Situs', key: 'website', width: 30 },
    { header: 'Telepon', key: 'phone', width: 18 },
    { header: 'Jumlah layanan', key: 'serviceCount', width: 14 },
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = HEADER_FILL;
  for (const a of agencies) sheet.addRow({ ...a, website: a.website ?? '', phone: a.phone ?? '' });
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function servicesWorkbook(
  rows: Record<ColumnKey, string>[],
  extra: { agencies?: AgencySheetRow[] } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atap';
  workbook.created = new Date();
  addServicesSheet(workbook, rows);
  addGuideSheet(workbook);
  if (extra.agencies) addAgencySheet(workbook, extra.agencies);
  return toBuffer(workbook);
}

/** Header, hint row and rows; UTF-8 with a BOM so Excel shows Indonesian text correctly. */
export async function servicesCsv(rows: Record<ColumnKey, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SERVICES_SHEET);
  const hints = hintCells();
  sheet.addRow(serviceColumns.map((c) => c.header));
  sheet.addRow(serviceColumns.map((c) => hints[c.key]));
  for (const values of rows) sheet.addRow(serviceColumns.map((c) => values[c.key]));
  return Buffer.from(
    await workbook.csv.writeBuffer({
      sheetName: SERVICES_SHEET,
      formatterOptions: { writeBOM: true, rowDelimiter: '\r\n' },
    }),
  );
}
