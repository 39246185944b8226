import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { buildDatapackage, dayFileName, sha256 } from './open-data.package.ts';
import { dayBuilt, readClosedDays, readDayFacts, readDays, readLatestDay } from './open-data.repository.ts';
import { CSV_HEADER, csvLines, presentRows, type ServiceTypeInfo, toCsv, toJson } from './open-data.rules.ts';

/**
 * The hub's open data: a day's files (CSV, JSON, datapackage.json), the days available, a range as one CSV.
 * A day's files depend on its facts and the service-type list only, so asking again gives the same bytes.
 */

/** The longest range served as one CSV. */
export const MAX_RANGE_DAYS = 366;

/**
 * Days after a day's end before it can close: a visitor may answer the satisfaction survey up to 30 days after
 * the service (satisfaction/invitations.ts), and the answer counts on the day served.
 */
const SETTLE_DAYS = 31;

export interface OpenDataDeps {
  db: Database;
  serviceTypes: readonly ServiceTypeInfo[];
  /** The hub's public address, named as the datapackage's source when set. */
  source: string | undefined;
  now: () => Date;
}

export interface DayFiles {
  day: string;
  closed: boolean;
  csv: Buffer;
  json: Buffer;
  datapackage: Buffer;
}

export async function listDays(deps: OpenDataDeps) {
  const days = await readDays(deps.db);
  const closed = await readClosedDays(
    deps.db,
    days.map((d) => d.day),
    SETTLE_DAYS,
    deps.now(),
  );
  return days.map((d) => ({ ...d, closed: closed.has(d.day) }));
}

/** A day's files; the datapackage names them by `pathPrefix` + file name (relative to where it is served). */
export async function dayFiles(deps: OpenDataDeps, day: string, pathPrefix = ''): Promise<DayFiles> {
  const facts = await readDayFacts(deps.db, day);
  // A day built with no activity anywhere is a file with its header only; a day not built is not there.
  if (facts.length === 0 && !(await dayBuilt(deps.db, day))) throw new AppError('open_data.day_not_found');
  const rows = presentRows(facts, deps.serviceTypes);
  const csv = toCsv(rows);
  const json = toJson(rows);
  const datapackage = buildDatapackage(
    [
      { path: `${pathPrefix}${dayFileName(day, 'csv')}`, format: 'csv', bytes: csv },
      { path: `${pathPrefix}${dayFileName(day, 'json')}`, format: 'json', bytes: json },
    ],
    deps.source,
  );
  const closed = (await readClosedDays(deps.db, [day], SETTLE_DAYS, deps.now())).has(day);
  return { day, closed, csv, json, datapackage };
}

/** The package of the latest day, its files named from the open data's root (`days/<day>/…`). */
export async function latestPackage(deps: OpenDataDeps): Promise<DayFiles> {
  const latest = await readLatestDay(deps.db);
  if (!latest) throw new AppError('open_data.no_data');
  return dayFiles(deps, latest, `days/${latest}/`);
}

/** One file of a day by its name, as the day's datapackage.json names it. */
export async function dayFile(deps: OpenDataDeps, day: string, file: string) {
  const kinds = {
    'datapackage.json': 'datapackage',
    [dayFileName(day, 'csv')]: 'csv',
    [dayFileName(day, 'json')]: 'json',
  } as const;
  const kind = Object.hasOwn(kinds, file) ? kinds[file] : undefined;
  if (!kind) throw new AppError('open_data.file_not_found');
  const files = await dayFiles(deps, day);
  return { kind, closed: files.closed, bytes: files[kind], etag: sha256(files[kind]) };
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

function rangeDays(from: string, to: string): string[] {
  if (from > to) throw new AppError('open_data.range_reversed');
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (days.length === MAX_RANGE_DAYS) throw new AppError('open_data.range_too_long');
    days.push(day);
  }
  return days;
}

/**
 * A range as one CSV (one header, then each day's rows in order), produced a day at a time so that a year of
 * 200 sites is never held in memory. The days are checked before the first byte is sent. Whether every day of it
 * is closed is known up front too, for the cache headers.
 */
export async function rangeCsv(deps: OpenDataDeps, from: string, to: string) {
  const days = rangeDays(from, to);
  const closed = await readClosedDays(deps.db, days, SETTLE_DAYS, deps.now());
  async function* chunks(): AsyncGenerator<Buffer> {
    yield Buffer.from(CSV_HEADER, 'utf8');
    for (const day of days) {
      const facts = await readDayFacts(deps.db, day);
      if (facts.length > 0) yield Buffer.from(csvLines(presentRows(facts, deps.serviceTypes)), 'utf8');
    }
  }
  return { closed: days.every((d) => closed.has(d)), chunks };
}
