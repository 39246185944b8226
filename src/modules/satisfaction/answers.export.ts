import ExcelJS from 'exceljs';
import type { Executor } from '../../shared/db/database.ts';
import { HEADER_FILL } from '../../shared/sheets.ts';
import { ELEMENT_IDS, type ElementId, isScore, type Score } from './elements.ts';
import { answersOf, type ExportRow, type Range } from './periods.repository.ts';
import type { AgeBand, Education, Occupation, Sex } from './questionnaire.ts';
import { SURVEY_SHEET } from './survey.sheets.ts';
import { rowToCells, type SurveyRow, templateHeaders, templateHints } from './survey.template.ts';

/**
 * The raw, anonymous answers of a period (or one agency's or service's) as a file in the import template's layout
 * (rowToCells/templateHeaders): u1…u9, date, service code, profile bands, suggestion — so an export re-imports as
 * it was — plus one last column the import ignores, the channel the response came through.
 */

export type ExportFilter = Range;

const CHANNEL_HEADER = 'saluran';
const CHANNEL_HINT = 'Saluran: online, device, notification, paper (diabaikan saat impor)';

type Exported = Omit<SurveyRow, 'row'> & { channel: string };

function templateRowOf(r: ExportRow): Exported {
  const answers = Object.fromEntries(
    ELEMENT_IDS.map((id, i) => {
      const v = r.u[i];
      return [id, isScore(v) ? (v as Score) : null];
    }),
  ) as Record<ElementId, Score | null>;
  return {
    answers,
    date: r.servedOn,
    serviceCode: r.serviceCode,
    sex: r.sex as Sex | null,
    ageBand: r.ageBand as AgeBand | null,
    education: r.education as Education | null,
    occupation: r.occupation as Occupation | null,
    suggestion: r.suggestion,
    channel: r.channel,
  };
}

export async function exportRows(db: Executor, filter: ExportFilter): Promise<Exported[]> {
  return (await answersOf(db, filter)).map(templateRowOf);
}

function fill(sheet: ExcelJS.Worksheet, rows: readonly Exported[]) {
  sheet.addRow([...templateHeaders(), CHANNEL_HEADER]);
  sheet.addRow([...templateHints(), CHANNEL_HINT]);
  for (const row of rows) sheet.addRow([...rowToCells(row), row.channel]);
}

export async function xlsxOf(rows: readonly Exported[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atap';
  const sheet = workbook.addWorksheet(SURVEY_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  fill(sheet, rows);
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
  });
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF555555' }, size: 9 };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** UTF-8 with a BOM (Excel shows Indonesian text right), CRLF, like the template's CSV. */
export async function csvOf(rows: readonly Exported[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(SURVEY_SHEET), rows);
  return Buffer.from(
    await workbook.csv.writeBuffer({
      sheetName: SURVEY_SHEET,
      formatterOptions: { writeBOM: true, rowDelimiter: '\r\n' },
    }),
  );
}
