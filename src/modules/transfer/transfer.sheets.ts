import ExcelJS from 'exceljs';
import { HEADER_FILL, HINT_FILL, readSheet, type WithValidations } from '../../shared/sheets.ts';
import { serviceTypeGroups, serviceTypes } from '../catalogue/catalogue.public.ts';
import { type ColumnKey, hintCells, serviceColumns } from './services.template.ts';

/**
 * The catalogue's spreadsheets (exceljs): the services template and exports, and reading an import's services
 * sheet (reading any XLSX/CSV is shared/sheets.ts). No database, no HTTP.
 */

const SERVICES_SHEET = 'Layanan';

/** An uploaded import: the services sheet (else the first) of an XLSX, or a CSV. */
export const readServicesSheet = (fileName: string, buffer: Buffer) =>
  readSheet(fileName, buffer, SERVICES_SHEET);

const DATA_ROWS = 2000;

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
  /** The owning site's code (agency codes are unique per site). */
  siteCode: string;
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
    { header: 'MPP pemilik', key: 'siteCode', width: 12 },
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

/** The national list of service types: the codes the 'Jenis layanan nasional' column takes. */
function addServiceTypeSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Jenis layanan', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Kode', key: 'code', width: 30 },
    { header: 'Jenis layanan', key: 'nameId', width: 60 },
    { header: 'Service type', key: 'nameEn', width: 60 },
    { header: 'Kelompok', key: 'group', width: 34 },
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = HEADER_FILL;
  for (const t of serviceTypes.filter((type) => type.active)) {
    sheet.addRow({ code: t.code, nameId: t.nameId, nameEn: t.nameEn, group: serviceTypeGroups[t.group].id });
  }
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
  addServiceTypeSheet(workbook);
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
