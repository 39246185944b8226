import ExcelJS from 'exceljs';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { HEADER_FILL, HINT_FILL, readSheet, type WithValidations } from '../../shared/sheets.ts';
import { ELEMENTS } from './elements.ts';
import { ageBands, educationLevels, occupations, questions, sexes } from './questionnaire.ts';
import {
  answerColumns,
  MAX_SURVEY_ROWS,
  optionalColumns,
  parseSurveyLines,
  rowToCells,
  type SurveyRow,
  templateHeaders,
  templateHints,
} from './survey.template.ts';

/**
 * The survey template as files (exceljs): writing the XLSX (with an instructions sheet and dropdowns) and
 * the CSV, and reading either back into respondent rows, all or nothing. No database, no HTTP.
 */

export const SURVEY_SHEET = 'Survei';
const GUIDE_SHEET = 'Petunjuk';
/** Rows given dropdowns and validation in the XLSX template. */
const DATA_ROWS = 5000;
/** At most this many problems are listed: enough to fix a file, not a wall of text. */
const MAX_REPORTED_ISSUES = 200;

type TemplateRow = Omit<SurveyRow, 'row'>;

function addSurveySheet(workbook: ExcelJS.Workbook, rows: readonly TemplateRow[]): void {
  const sheet = workbook.addWorksheet(SURVEY_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = [...answerColumns, ...optionalColumns];
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.addRow(templateHeaders());
  header.eachCell((cell, i) => {
    const column = columns[i - 1];
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    if (column) cell.note = `${column.help.id}\n\n${column.help.en}`;
  });
  const hint = sheet.addRow(templateHints());
  hint.height = 45;
  hint.eachCell((cell) => {
    cell.font = { italic: true, color: { argb: 'FF555555' }, size: 9 };
    cell.fill = HINT_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  for (const row of rows) sheet.addRow(rowToCells(row));
  const last = DATA_ROWS + 2;
  const validations = (sheet as unknown as WithValidations).dataValidations;
  const letter = (i: number) => sheet.getColumn(i + 1).letter;
  answerColumns.forEach((c, i) => {
    validations.add(`${letter(i)}3:${letter(i)}${last}`, {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [1, 4],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: c.header,
      error: 'Isi 1, 2, 3 atau 4, atau kosongkan / Enter 1, 2, 3 or 4, or leave empty',
    });
  });
  const listColumn = (key: string, labels: readonly string[]) => {
    const i = columns.findIndex((c) => c.key === key);
    validations.add(`${letter(i)}3:${letter(i)}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${labels.join(',')}"`],
      showErrorMessage: true,
      // A warning, not a stop: an age in years and the other accepted spellings are valid too.
      errorStyle: 'warning',
      error: 'Pilih dari daftar / Choose from the list',
    });
  };
  listColumn(
    'sex',
    sexes.map((o) => o.label.id),
  );
  listColumn(
    'ageBand',
    ageBands.map((o) => o.label.id),
  );
  listColumn(
    'education',
    educationLevels.map((o) => o.label.id),
  );
  listColumn(
    'occupation',
    occupations.map((o) => o.label.id),
  );
  // Codes and profile values are text: Excel must not turn a code like 0812 into a number.
  for (const key of ['serviceCode', 'sex', 'ageBand', 'education', 'occupation', 'suggestion']) {
    sheet.getColumn(columns.findIndex((c) => c.key === key) + 1).numFmt = '@';
  }
}

const GENERAL: readonly [string, string][] = [
  [
    'Satu baris = satu responden, mulai baris 3 lembar "Survei". Baris 2 (nama unsur) boleh dibiarkan atau dihapus.',
    'One row = one respondent, from row 3 of the "Survei" sheet. Row 2 (element names) may stay or be deleted.',
  ],
  [
    'Kolom u1–u9 mengikuti urutan unsur PermenPAN-RB 14/2017 (a–i). Perhatikan: pada kuesioner contoh, pertanyaan 8 adalah sarana dan prasarana (isi ke u9) dan pertanyaan 9 adalah penanganan pengaduan (isi ke u8).',
    'Columns u1–u9 follow the order of the elements in PermenPAN-RB 14/2017 (a–i). Note: on the sample questionnaire, question 8 is facilities (enter it in u9) and question 9 is complaint handling (enter it in u8).',
  ],
  [
    'Jawaban a, b, c, d pada formulir kertas diisi 1, 2, 3, 4. Kosongkan sel bila responden tidak menjawab: unsur itu tidak dihitung untuk responden tersebut.',
    'Answers a, b, c, d on the paper form are entered as 1, 2, 3, 4. Leave a cell empty when the respondent did not answer: that element is not counted for them.',
  ],
  [
    'Layanan gratis: bila pertanyaan biaya tidak diajukan, isi u4 dengan 4 (Gratis).',
    'Free services: when the fee question was not asked, enter 4 (Free) in u4.',
  ],
  [
    'Berkas dibaca semua-atau-tidak-sama-sekali: bila ada satu baris salah, tidak ada baris yang dipakai dan setiap kesalahan disebut dengan nomor baris dan kolomnya.',
    'Files are read all or nothing: if any row is wrong no row is used, and every error is named with its row number and column.',
  ],
  [
    `Jangan menulis nama, NIK, alamat atau nomor telepon responden. Berkas CSV: UTF-8, pemisah koma atau titik koma. Maksimal ${MAX_SURVEY_ROWS.toLocaleString('id-ID')} responden per berkas.`,
    `Do not write respondents' names, NIKs, addresses or phone numbers. CSV files: UTF-8, comma or semicolon separated. At most ${MAX_SURVEY_ROWS.toLocaleString('en-US')} respondents per file.`,
  ],
];

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Kolom / Column', key: 'column', width: 14 },
    { header: 'Unsur / Element', key: 'element', width: 34 },
    { header: 'Pertanyaan', key: 'question', width: 60 },
    { header: 'Question', key: 'questionEn', width: 50 },
    { header: '1', key: 's1', width: 20 },
    { header: '2', key: 's2', width: 20 },
    { header: '3', key: 's3', width: 20 },
    { header: '4', key: 's4', width: 20 },
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = HEADER_FILL;
  answerColumns.forEach((c, i) => {
    const q = questions[i];
    const element = ELEMENTS[i];
    if (!q || !element) return;
    const answer = (k: number) => `${q.answers[k]?.id} / ${q.answers[k]?.en}`;
    const row = sheet.addRow({
      column: c.header,
      element: `${element.letter}. ${element.name.id} / ${element.name.en} (P${element.questionNumber})`,
      question: q.text.id,
      questionEn: q.text.en,
      s1: answer(0),
      s2: answer(1),
      s3: answer(2),
      s4: answer(3),
    });
    row.alignment = { vertical: 'top', wrapText: true };
  });
  for (const c of optionalColumns) {
    const row = sheet.addRow({
      column: c.header,
      element: c.hint,
      question: c.help.id,
      questionEn: c.help.en,
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.addRow([]);
  for (const [id, en] of GENERAL) {
    const row = sheet.addRow({ question: id, questionEn: en });
    row.alignment = { vertical: 'top', wrapText: true };
  }
}

/** The XLSX template (optionally with rows, e.g. an export of anonymous answers that re-reads as it was). */
export async function surveyWorkbook(rows: readonly TemplateRow[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atap';
  workbook.created = new Date();
  addSurveySheet(workbook, rows);
  addGuideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template: header, hint row, rows; UTF-8 with a BOM so Excel shows Indonesian text correctly. */
export async function surveyCsv(rows: readonly TemplateRow[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SURVEY_SHEET);
  sheet.addRow(templateHeaders());
  sheet.addRow(templateHints());
  for (const row of rows) sheet.addRow(rowToCells(row));
  return Buffer.from(
    await workbook.csv.writeBuffer({
      sheetName: SURVEY_SHEET,
      formatterOptions: { writeBOM: true, rowDelimiter: '\r\n' },
    }),
  );
}

function capped(issues: readonly FieldIssue[]): FieldIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return [...issues];
  const rest = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { field: 'file', message: { id: `…dan ${rest} kesalahan lainnya.`, en: `…and ${rest} more errors.` } },
  ];
}

/**
 * An XLSX or CSV survey file → all its respondent rows. Throws import.invalid_file (unreadable file),
 * satisfaction.no_rows, or satisfaction.rows_invalid / satisfaction.too_many_rows with every problem named by
 * row and column; never returns part of a file.
 */
export async function readSurveyFile(fileName: string, buffer: Buffer): Promise<SurveyRow[]> {
  const sheet = await readSheet(fileName, buffer, SURVEY_SHEET);
  const result = parseSurveyLines(sheet.rows);
  if ('errors' in result) throw new AppError(result.code, capped(result.errors));
  return result.ok;
}
