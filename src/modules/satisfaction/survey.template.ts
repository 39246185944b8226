import type { FieldIssue } from '../../shared/errors.ts';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../../shared/storable-text.ts';
import { type Bilingual, ELEMENT_IDS, type ElementId, elementById, type Score } from './elements.ts';
import {
  type AgeBand,
  ageBandOf,
  ageBands,
  type Education,
  educationLevels,
  findOption,
  type Occupation,
  occupations,
  type ProfileOption,
  type Sex,
  sexes,
} from './questionnaire.ts';

/**
 * The survey template (paper forms typed in, or another app's export): one row per respondent, the answers in
 * columns u1 … u9 — the nine elements in the REGULATION's order (u8 complaints, u9 facilities; the sample
 * paper form asks them the other way round as its questions 8 and 9) — each 1–4 or empty when not answered,
 * then optional columns. Row 1 is the header; the template's row 2 (element names) is skipped on reading.
 * Reading is all or nothing: every problem is reported with its row and column, and no row is used unless
 * all are valid. Pure: no I/O, no spreadsheet library (survey.sheets.ts reads and writes the files).
 */

export type OptionalKey =
  | 'date'
  | 'serviceCode'
  | 'sex'
  | 'ageBand'
  | 'education'
  | 'occupation'
  | 'suggestion';

const MAX_SUGGESTION = 1000;
/** A year of paper forms of a large site fits; a larger file is a mistake or needs splitting. */
export const MAX_SURVEY_ROWS = 100_000;

export interface TemplateColumn<K extends string> {
  key: K;
  /** Row 1 as the template writes it. */
  header: string;
  /** Row 2 of the template: what the column holds. */
  hint: string;
  /** Other headers accepted (other apps, English). */
  aliases: readonly string[];
  width: number;
  help: Bilingual;
}

export const answerColumns: readonly (TemplateColumn<ElementId> & { number: number })[] = ELEMENT_IDS.map(
  (id, i) => {
    const element = elementById[id];
    return {
      key: id,
      number: i + 1,
      header: `u${i + 1}`,
      hint: `${element.name.id} (1–4)`,
      aliases: [],
      width: 9,
      help: {
        id: `Unsur ${element.letter}: ${element.name.id}. Pertanyaan nomor ${element.questionNumber} pada kuesioner contoh PermenPAN-RB 14/2017. Isi 1, 2, 3 atau 4 (a = 1 … d = 4); kosongkan bila tidak dijawab.`,
        en: `Element ${element.letter}: ${element.name.en}. Question ${element.questionNumber} of the PermenPAN-RB 14/2017 sample questionnaire. Enter 1, 2, 3 or 4 (a = 1 … d = 4); leave empty when not answered.`,
      },
    };
  },
);

export const optionalColumns: readonly TemplateColumn<OptionalKey>[] = [
  {
    key: 'date',
    header: 'tanggal',
    hint: 'Tanggal survei (YYYY-MM-DD)',
    aliases: ['date', 'tgl', 'tanggal survei'],
    width: 14,
    help: {
      id: 'Opsional. Tanggal survei: YYYY-MM-DD (2026-03-31) atau DD/MM/YYYY (31/03/2026).',
      en: 'Optional. Survey date: YYYY-MM-DD (2026-03-31) or DD/MM/YYYY (31/03/2026).',
    },
  },
  {
    key: 'serviceCode',
    header: 'kode_layanan',
    hint: 'Kode layanan',
    aliases: ['layanan', 'service', 'service code', 'kode layanan'],
    width: 18,
    help: {
      id: 'Opsional. Kode layanan dari katalog (huruf A-Z, angka, tanda hubung).',
      en: 'Optional. The service code from the catalogue (letters A-Z, digits, hyphens).',
    },
  },
  {
    key: 'sex',
    header: 'jenis_kelamin',
    hint: 'L / P',
    aliases: ['sex', 'jk', 'jenis kelamin', 'gender'],
    width: 14,
    help: {
      id: `Opsional. ${labelsOf(sexes)} (atau L/P).`,
      en: `Optional. ${labelsOf(sexes)} (or L/P for male/female).`,
    },
  },
  {
    key: 'ageBand',
    header: 'usia',
    hint: 'Kelompok usia atau umur',
    aliases: ['age', 'umur', 'kelompok usia', 'age band'],
    width: 18,
    help: {
      id: `Opsional. Kelompok usia (${labelsOf(ageBands)}) atau umur dalam tahun; umur disimpan sebagai kelompoknya saja.`,
      en: `Optional. Age band (${labelsOf(ageBands)}) or the age in years; only its band is kept.`,
    },
  },
  {
    key: 'education',
    header: 'pendidikan',
    hint: 'Pendidikan terakhir',
    aliases: ['education', 'pendidikan terakhir'],
    width: 18,
    help: { id: `Opsional. ${labelsOf(educationLevels)}.`, en: `Optional. ${labelsOf(educationLevels)}.` },
  },
  {
    key: 'occupation',
    header: 'pekerjaan',
    hint: 'Pekerjaan utama',
    aliases: ['occupation', 'pekerjaan utama'],
    width: 18,
    help: { id: `Opsional. ${labelsOf(occupations)}.`, en: `Optional. ${labelsOf(occupations)}.` },
  },
  {
    key: 'suggestion',
    header: 'saran',
    hint: 'Saran dan masukan',
    aliases: ['suggestion', 'saran dan masukan', 'masukan', 'saran/masukan'],
    width: 40,
    help: {
      id: `Opsional. Saran dan masukan, paling banyak ${MAX_SUGGESTION} karakter. Jangan tulis nama, NIK atau nomor telepon.`,
      en: `Optional. Suggestions, at most ${MAX_SUGGESTION} characters. Do not write names, NIKs or phone numbers.`,
    },
  },
];

function labelsOf(options: readonly ProfileOption<string>[]): string {
  return options.map((o) => o.label.id).join(', ');
}

export interface SurveyRow {
  /** The row number as the spreadsheet shows it (1 = header). */
  row: number;
  answers: Record<ElementId, Score | null>;
  date: string | null;
  serviceCode: string | null;
  sex: Sex | null;
  ageBand: AgeBand | null;
  education: Education | null;
  occupation: Occupation | null;
  suggestion: string | null;
}

export interface SheetLine {
  number: number;
  values: readonly string[];
}

export type SurveyParse =
  | { ok: SurveyRow[] }
  | {
      /** Which error the whole file gets; the issues name the rows and columns. */
      code: 'satisfaction.rows_invalid' | 'satisfaction.too_many_rows' | 'satisfaction.no_rows';
      errors: FieldIssue[];
    };

// ---------- the header ----------

type ColumnKey = ElementId | OptionalKey;

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();

/** u1 … u9, also written 'U1' or 'u1 Persyaratan'; never 'u10'. */
function answerColumnOf(header: string): ElementId | null {
  const match = /^u([1-9])(?![0-9])/.exec(norm(header));
  return match ? (ELEMENT_IDS[Number(match[1]) - 1] ?? null) : null;
}

const optionalByName = new Map<string, OptionalKey>(
  optionalColumns.flatMap((c) => [c.header, c.key, ...c.aliases].map((name) => [norm(name), c.key] as const)),
);

const headerOf = (key: ColumnKey): string =>
  answerColumns.find((c) => c.key === key)?.header ??
  optionalColumns.find((c) => c.key === key)?.header ??
  key;

/** Which column each position of the header holds (null: not ours, ignored — e.g. a respondent number). */
function mapHeader(header: SheetLine): { ok: (ColumnKey | null)[] } | { errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const seen = new Set<ColumnKey>();
  const positions = header.values.map((cell) => {
    const key = answerColumnOf(cell) ?? optionalByName.get(norm(cell)) ?? null;
    if (key && seen.has(key)) {
      errors.push({
        row: header.number,
        column: cell.trim(),
        field: key,
        message: { id: 'Kolom ini muncul dua kali.', en: 'This column appears twice.' },
      });
      return null;
    }
    if (key) seen.add(key);
    return key;
  });
  for (const c of answerColumns) {
    if (!seen.has(c.key)) {
      errors.push({
        row: header.number,
        column: c.header,
        field: c.key,
        message: {
          id: `Kolom ${c.header} tidak ada di baris judul. Baris 1 harus memuat u1 sampai u9; gunakan templat.`,
          en: `Column ${c.header} is missing from the header row. Row 1 must hold u1 to u9; use the template.`,
        },
      });
    }
  }
  return errors.length > 0 ? { errors } : { ok: positions };
}

// ---------- one row ----------

type Cells = Partial<Record<ColumnKey, string>>;

function cellsOf(positions: readonly (ColumnKey | null)[], values: readonly string[]): Cells {
  const cells: Cells = {};
  positions.forEach((key, i) => {
    if (key) cells[key] = (values[i] ?? '').trim();
  });
  return cells;
}

const hintOf = new Map<ColumnKey, string>(
  [...answerColumns, ...optionalColumns].map((c) => [c.key, norm(c.hint)] as const),
);

/** Row 2 of the template: every filled cell is its column's hint. */
function isHintRow(cells: Cells): boolean {
  const filled = Object.entries(cells).filter(([, v]) => v !== '');
  return filled.length > 0 && filled.every(([k, v]) => hintOf.get(k as ColumnKey) === norm(v ?? ''));
}

const ANSWER = /^([1-4])(?:[.,]0+)?$/;

/** What a person wrote, shortened for a message (an answer cell holds no personal data). */
const shown = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function parseDate(text: string): string | null | 'invalid' {
  if (text === '') return null;
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) [d, m, y] = [Number(local[1]), Number(local[2]), Number(local[3])];
  else return 'invalid';
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid';
  return date.toISOString().slice(0, 10);
}

const SERVICE_CODE = /^[A-Z0-9][A-Z0-9-]{1,59}$/;

function parseRow(line: SheetLine, cells: Cells): { ok: SurveyRow } | { errors: FieldIssue[] } {
  const errors: FieldIssue[] = [];
  const issue = (key: ColumnKey, id: string, en: string) =>
    errors.push({ row: line.number, column: headerOf(key), field: key, message: { id, en } });

  const answers = {} as Record<ElementId, Score | null>;
  for (const c of answerColumns) {
    const text = cells[c.key] ?? '';
    const match = ANSWER.exec(text);
    if (text === '') answers[c.key] = null;
    else if (match) answers[c.key] = Number(match[1]) as Score;
    else {
      issue(
        c.key,
        `Jawaban harus bilangan bulat 1–4, atau kosong bila tidak dijawab; tertulis "${shown(text)}".`,
        `The answer must be a whole number 1–4, or empty when not answered; found "${shown(text)}".`,
      );
    }
  }
  if (errors.length === 0 && ELEMENT_IDS.every((id) => answers[id] === null)) {
    errors.push({
      row: line.number,
      column: 'u1–u9',
      field: 'answers',
      message: {
        id: 'Baris ini tidak berisi satu pun jawaban u1–u9.',
        en: 'This row has no answer in u1–u9.',
      },
    });
  }

  const date = parseDate(cells.date ?? '');
  if (date === 'invalid') {
    issue(
      'date',
      'Tanggal tidak valid: tulis YYYY-MM-DD atau DD/MM/YYYY.',
      'Invalid date: write YYYY-MM-DD or DD/MM/YYYY.',
    );
  }
  const code = (cells.serviceCode ?? '').toUpperCase();
  if (code !== '' && !SERVICE_CODE.test(code)) {
    issue(
      'serviceCode',
      'Kode layanan hanya huruf A-Z, angka dan tanda hubung.',
      'A service code has only letters A-Z, digits and hyphens.',
    );
  }
  const option = <Id extends string>(key: ColumnKey, options: readonly ProfileOption<Id>[]): Id | null => {
    const text = cells[key] ?? '';
    if (text === '') return null;
    const found = findOption(options, text);
    if (!found)
      issue(
        key,
        `Isian tidak dikenal; pilih: ${labelsOf(options)}.`,
        `Unknown value; choose: ${options.map((o) => o.label.en).join(', ')}.`,
      );
    return found?.id ?? null;
  };
  const sex = option('sex', sexes);
  const education = option('education', educationLevels);
  const occupation = option('occupation', occupations);
  const ageText = cells.ageBand ?? '';
  let ageBand: AgeBand | null = null;
  if (ageText !== '') {
    ageBand = /^\d{1,3}$/.test(ageText)
      ? ageBandOf(Number(ageText))
      : (findOption(ageBands, ageText)?.id ?? null);
    if (!ageBand) {
      issue(
        'ageBand',
        `Usia tidak dikenal: tulis umur (10–120) atau kelompok usia (${labelsOf(ageBands)}).`,
        `Unknown age: write the age (10–120) or an age band (${ageBands.map((b) => b.label.en).join(', ')}).`,
      );
    }
  }
  const suggestion = (cells.suggestion ?? '').trim();
  if (suggestion.length > MAX_SUGGESTION) {
    issue(
      'suggestion',
      `Saran paling banyak ${MAX_SUGGESTION} karakter.`,
      `At most ${MAX_SUGGESTION} characters.`,
    );
  } else if (!isStorableText(suggestion)) {
    issue('suggestion', UNSTORABLE_TEXT_MESSAGE.id, UNSTORABLE_TEXT_MESSAGE.en);
  }

  if (errors.length > 0) return { errors };
  return {
    ok: {
      row: line.number,
      answers,
      date: date as string | null,
      serviceCode: code === '' ? null : code,
      sex,
      ageBand,
      education,
      occupation,
      suggestion: suggestion === '' ? null : suggestion,
    },
  };
}

/**
 * The lines of a sheet (row 1 the header) → every respondent row, or every problem; never some of the rows.
 * Blank lines and the template's hint row are skipped.
 */
export function parseSurveyLines(lines: readonly SheetLine[]): SurveyParse {
  const [header, ...rest] = lines;
  if (!header)
    return { code: 'satisfaction.no_rows', errors: [fileIssue('Berkas kosong.', 'The file is empty.')] };
  const mapped = mapHeader(header);
  if ('errors' in mapped) return { code: 'satisfaction.rows_invalid', errors: mapped.errors };
  const candidates = rest
    .map((line) => ({ line, cells: cellsOf(mapped.ok, line.values) }))
    .filter(({ cells }) => Object.values(cells).some((v) => v !== '') && !isHintRow(cells));
  if (candidates.length > MAX_SURVEY_ROWS) {
    return {
      code: 'satisfaction.too_many_rows',
      errors: [
        fileIssue(
          `Berkas berisi ${candidates.length} baris responden; maksimal ${MAX_SURVEY_ROWS}.`,
          `The file has ${candidates.length} respondent rows; at most ${MAX_SURVEY_ROWS}.`,
        ),
      ],
    };
  }
  const errors: FieldIssue[] = [];
  const rows: SurveyRow[] = [];
  for (const { line, cells } of candidates) {
    const result = parseRow(line, cells);
    if ('errors' in result) errors.push(...result.errors);
    else rows.push(result.ok);
  }
  if (errors.length > 0) return { code: 'satisfaction.rows_invalid', errors };
  if (rows.length === 0) {
    return {
      code: 'satisfaction.no_rows',
      errors: [
        fileIssue('Tidak ada baris responden di bawah baris judul.', 'No respondent rows below the header.'),
      ],
    };
  }
  return { ok: rows };
}

const fileIssue = (id: string, en: string): FieldIssue => ({ field: 'file', message: { id, en } });

// ---------- writing ----------

export const templateHeaders = (): string[] => [...answerColumns, ...optionalColumns].map((c) => c.header);
export const templateHints = (): string[] => [...answerColumns, ...optionalColumns].map((c) => c.hint);

/** A respondent row as template cells (the inverse of reading it): profile values by their Indonesian label. */
export function rowToCells(row: Omit<SurveyRow, 'row'>): (string | number)[] {
  const label = <Id extends string>(options: readonly ProfileOption<Id>[], id: Id | null) =>
    id === null ? '' : (options.find((o) => o.id === id)?.label.id ?? '');
  return [
    ...ELEMENT_IDS.map((id) => row.answers[id] ?? ''),
    row.date ?? '',
    row.serviceCode ?? '',
    label(sexes, row.sex),
    label(ageBands, row.ageBand),
    label(educationLevels, row.education),
    label(occupations, row.occupation),
    row.suggestion ?? '',
  ];
}
