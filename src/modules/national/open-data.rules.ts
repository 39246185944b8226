import { computeIndex, ELEMENT_IDS, type Tally } from '../satisfaction/satisfaction.public.ts';
import { type OpenDataField, openDataFields } from './open-data.fields.ts';

/**
 * The open dataset, pure: a day's fact rows in, the same bytes out every time. Rows are sorted by code-unit order
 * (never a locale's collation), numbers are written one way (integers as digits, the IKM with 2 decimals and '.'),
 * and nothing in a file depends on when it was made. Cells computed from fewer than 5 people are left empty and
 * named in the row's `suppressed` column.
 */

/** A day's facts for one site and service type, as the repository reads them (percentiles already computed). */
export interface FactRow {
  day: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  province: string;
  city: string;
  serviceTypeCode: string;
  issued: number;
  served: number;
  noShows: number;
  /** Tickets in the wait histogram, and its nearest-rank percentiles (null when empty). */
  waitCount: number;
  waitP50: number | null;
  waitP90: number | null;
  serviceCount: number;
  serviceP50: number | null;
  filesDone: number;
  filesOnTime: number;
  surveyRespondents: number;
  /** Per element u1..u9 (ELEMENT_IDS' order): sum of answers and number of answers. */
  surveySum: number[];
  surveyCount: number[];
  /** Complaints received that day and answered (national.day_facts.complaints_due), and those answered on time. */
  complaintsAnswered: number;
  complaintsOnTime: number;
  quotaServices: number;
  quotaOut: number;
}

/** One entry of the national service-type list (catalogue.public.ts `serviceTypes`). */
export interface ServiceTypeInfo {
  code: string;
  nameId: string;
  nameEn: string;
  group: string;
}

type Cell = string | number | null;
export type OpenDataRow = Record<string, Cell>;

/** The smallest group of people a published figure may describe. */
export const MIN_GROUP = 5;

/** A count of people is shown when it is 0 (describes nobody) or at least MIN_GROUP. */
function countShown(n: number): boolean {
  return n === 0 || n >= MIN_GROUP;
}

/** A figure over a group (a percentile, an index) needs a group of at least MIN_GROUP; over nobody it has no value. */
function groupFigure<T>(group: number, value: () => T | null): { value: T | null; suppressed: boolean } {
  if (group === 0) return { value: null, suppressed: false };
  if (group < MIN_GROUP) return { value: null, suppressed: true };
  return { value: value(), suppressed: false };
}

function ikmOf(row: FactRow): { ikm: number | null; grade: string | null } {
  const tally: Tally = {
    respondents: row.surveyRespondents,
    elements: Object.fromEntries(
      ELEMENT_IDS.map((id, i) => [id, { sum: row.surveySum[i] ?? 0, answered: row.surveyCount[i] ?? 0 }]),
    ) as Tally['elements'],
  };
  const index = computeIndex(tally);
  return { ikm: index.convertedText === null ? null : Number(index.convertedText), grade: index.grade };
}

/**
 * One published row. A part of a total (files on time of files done, complaints answered on time of those due) is
 * also left empty when the rest of the total is a group of 1–4, so that the small group cannot be got back by a
 * subtraction.
 */
export function presentRow(fact: FactRow, types: ReadonlyMap<string, ServiceTypeInfo>): OpenDataRow {
  const suppressed: string[] = [];
  const count = (name: string, n: number, rest?: number): number | null => {
    if (countShown(n) && (rest === undefined || countShown(rest))) return n;
    suppressed.push(name);
    return null;
  };
  const figure = <T>(name: string, group: number, value: () => T | null): T | null => {
    const result = groupFigure(group, value);
    if (result.suppressed) suppressed.push(name);
    return result.value;
  };
  const type = types.get(fact.serviceTypeCode);
  const ikm = fact.surveyRespondents >= MIN_GROUP ? ikmOf(fact) : { ikm: null, grade: null };
  const row: OpenDataRow = {
    day: fact.day,
    site_id: fact.siteId,
    site_code: fact.siteCode,
    site_name: fact.siteName,
    province: fact.province,
    city: fact.city,
    service_type_code: fact.serviceTypeCode,
    service_type_name_id: type?.nameId ?? '',
    service_type_name_en: type?.nameEn ?? '',
    service_type_group: type?.group ?? '',
    tickets_issued: count('tickets_issued', fact.issued),
    visitors_served: count('visitors_served', fact.served),
    no_shows: count('no_shows', fact.noShows),
    wait_p50_min: figure('wait_p50_min', fact.waitCount, () => fact.waitP50),
    wait_p90_min: figure('wait_p90_min', fact.waitCount, () => fact.waitP90),
    service_p50_min: figure('service_p50_min', fact.serviceCount, () => fact.serviceP50),
    files_done: count('files_done', fact.filesDone),
    files_on_time: count('files_on_time', fact.filesOnTime, fact.filesDone - fact.filesOnTime),
    survey_respondents: count('survey_respondents', fact.surveyRespondents),
    ikm: figure('ikm', fact.surveyRespondents, () => ikm.ikm),
    ikm_grade: figure('ikm_grade', fact.surveyRespondents, () => ikm.grade),
    complaints_answered: count('complaints_answered', fact.complaintsAnswered),
    complaints_on_time: count(
      'complaints_on_time',
      fact.complaintsOnTime,
      fact.complaintsAnswered - fact.complaintsOnTime,
    ),
    quota_services: fact.quotaServices,
    quota_out: fact.quotaOut,
    suppressed: suppressed.join(' '),
  };
  return row;
}

/** Code-unit order on strings: the same on every machine and database locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows in the published order: day, province, city, site code, site id, service type code. */
export function presentRows(facts: readonly FactRow[], types: readonly ServiceTypeInfo[]): OpenDataRow[] {
  const byCode = new Map(types.map((t) => [t.code, t]));
  const sorted = [...facts].sort(
    (a, b) =>
      compareText(a.day, b.day) ||
      compareText(a.province, b.province) ||
      compareText(a.city, b.city) ||
      compareText(a.siteCode, b.siteCode) ||
      compareText(a.siteId, b.siteId) ||
      compareText(a.serviceTypeCode, b.serviceTypeCode),
  );
  return sorted.map((f) => presentRow(f, byCode));
}

// ---------- formats ----------

const fieldsByName = new Map<string, OpenDataField>(openDataFields.map((f) => [f.name, f]));

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvCell(name: string, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return fieldsByName.get(name)?.type === 'number' ? value.toFixed(2) : String(value);
  return csvField(value);
}

export const CSV_HEADER = `${openDataFields.map((f) => f.name).join(',')}\n`;

/** The rows as CSV lines (UTF-8, ',' between fields, '\n' after each line, no header). */
export function csvLines(rows: readonly OpenDataRow[]): string {
  let out = '';
  for (const row of rows) {
    out += `${openDataFields.map((f) => csvCell(f.name, row[f.name] ?? null)).join(',')}\n`;
  }
  return out;
}

export function toCsv(rows: readonly OpenDataRow[]): Buffer {
  return Buffer.from(CSV_HEADER + csvLines(rows), 'utf8');
}

/**
 * A JSON array of row objects, keys in the CSV's column order, one row per line. An empty text is null, as the
 * datapackage's missingValues [''] reads the CSV's empty cells, so both files read to the same values.
 */
export function toJson(rows: readonly OpenDataRow[]): Buffer {
  const lines = rows.map((row) =>
    JSON.stringify(
      Object.fromEntries(
        openDataFields.map((f) => [f.name, row[f.name] === '' ? null : (row[f.name] ?? null)]),
      ),
    ),
  );
  return Buffer.from(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`, 'utf8');
}
