import ExcelJS from 'exceljs';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import { HEADER_FILL, HINT_FILL, readSheet } from '../../shared/sheets.ts';
import type { InstrumentDefinition } from './instrument.schema.ts';
import { checkedDefinition } from './instruments.service.ts';

/**
 * An instrument as a workbook, for authors who work in Excel: the instructions, the instrument's own fields, one
 * sheet of aspects, one of indicators with their levels (value, label, meaning side by side), and the bands. Reading
 * is all or nothing: the definition is assembled from the cells, then checked whole like one sent as JSON, and every
 * problem is named by its sheet, row and column.
 */

const MAX_LEVELS = 11;
const S = {
  info: 'Petunjuk',
  meta: 'Instrumen',
  aspects: 'Aspek',
  indicators: 'Indikator',
  bands: 'Kategori',
};
const ASPECT_COLUMNS = ['kode', 'nama', 'bobot'] as const;
const INDICATOR_COLUMNS = ['aspek', 'kode', 'nama', 'uraian', 'bobot', 'bukti', 'sumber', 'ambang'] as const;
const levelColumns = (n: number) => [`nilai_${n}`, `label_${n}`, `arti_${n}`];
const BAND_COLUMNS = ['min', 'kode', 'label', 'zona'] as const;
const META_KEYS = ['nama', 'uraian', 'dasar', 'skala_min', 'skala_maks', 'desimal'] as const;

const INSTRUCTIONS = [
  'Instrumen penilaian sebagai lembar kerja / An instrument as a workbook',
  '',
  'Lembar "Instrumen": nama, uraian, dasar hukum, skala nilai total (min, maks) dan jumlah desimal pembulatannya.',
  'Lembar "Aspek": satu baris per aspek — kode (huruf kecil, angka, - _ .), nama, bobot. Bobot semua aspek berjumlah tepat 1.',
  'Lembar "Indikator": satu baris per indikator — kode aspeknya, kode indikator, nama, uraian, bobot di dalam aspek',
  '  (kosong = 1), bukti yang diperlukan, sumber data Atap (boleh kosong), ambang temuan (kosong = di bawah tengah skala),',
  `  lalu tingkat nilai dari yang terendah: nilai_1, label_1, arti_1, nilai_2 … (2 sampai ${MAX_LEVELS} tingkat).`,
  'Lembar "Kategori": nilai minimum, kode, label, dan zona (green, yellow, red; boleh kosong) tiap kategori.',
  '',
  'Impor bersifat semua-atau-tidak-sama-sekali: setiap sel yang salah disebut lembar, baris dan kolomnya; tidak ada yang',
  'disimpan sampai semuanya benar. Impor ke instrumen yang ada membuat versi baru; penilaian lama tetap memakai versinya.',
  '',
  'Import is all or nothing: each bad cell is named by sheet, row and column. Importing into an existing instrument makes',
  'a new version; earlier assessments keep theirs.',
];

/** A decimal as its author wrote it: a number stays a number, "0.10" stays text (Excel would show 0.1). */
const asCell = (v: string | number | undefined): string | number => v ?? '';

function header(sheet: ExcelJS.Worksheet, columns: readonly string[], widths: number[]) {
  sheet.addRow([...columns]);
  const row = sheet.getRow(1);
  row.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  row.fill = HEADER_FILL;
  columns.forEach((_, i) => {
    sheet.getColumn(i + 1).width = widths[i] ?? 14;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function instrumentWorkbook(def: InstrumentDefinition): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atap';
  const info = wb.addWorksheet(S.info);
  info.getColumn(1).width = 120;
  for (const line of INSTRUCTIONS) info.addRow([line]);
  info.getRow(1).font = { bold: true, size: 13 };
  info.getRow(1).fill = HINT_FILL;

  const meta = wb.addWorksheet(S.meta);
  header(meta, ['kunci', 'nilai'], [16, 90]);
  meta.addRow(['nama', def.name]);
  meta.addRow(['uraian', def.description]);
  meta.addRow(['dasar', def.basis]);
  meta.addRow(['skala_min', asCell(def.total.min)]);
  meta.addRow(['skala_maks', asCell(def.total.max)]);
  meta.addRow(['desimal', def.total.decimals]);

  const aspects = wb.addWorksheet(S.aspects);
  header(aspects, ASPECT_COLUMNS, [18, 60, 10]);
  for (const a of def.aspects) aspects.addRow([a.id, a.name, asCell(a.weight)]);

  const most = Math.max(...def.aspects.flatMap((a) => a.indicators.map((i) => i.levels.length)));
  const indicators = wb.addWorksheet(S.indicators);
  const levelCols = Array.from({ length: most }, (_, k) => levelColumns(k + 1)).flat();
  header(
    indicators,
    [...INDICATOR_COLUMNS, ...levelCols],
    [14, 22, 50, 40, 8, 40, 20, 8, ...levelCols.map((c) => (c.startsWith('arti') ? 40 : 12))],
  );
  for (const a of def.aspects)
    for (const i of a.indicators)
      indicators.addRow([
        a.id,
        i.id,
        i.name,
        i.description,
        asCell(i.weight),
        i.evidence,
        i.source ?? '',
        asCell(i.threshold),
        ...i.levels.flatMap((l) => [asCell(l.value), l.label, l.description]),
      ]);

  const bands = wb.addWorksheet(S.bands);
  header(bands, BAND_COLUMNS, [10, 20, 40, 10]);
  for (const b of def.total.bands) bands.addRow([asCell(b.min), b.code, b.label, b.zone ?? '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Place {
  sheet: string;
  row: number;
  column: string;
}

const cellIssue = (p: Place, id: string, en: string): FieldIssue => ({
  field: `${p.sheet}!${p.column}${p.row}`,
  row: p.row,
  column: `${p.sheet} / ${p.column}`,
  message: {
    id: `Lembar ${p.sheet}, baris ${p.row}, kolom ${p.column}: ${id}`,
    en: `Sheet ${p.sheet}, row ${p.row}, column ${p.column}: ${en}`,
  },
});

/** A decimal as the definition keeps it: whole numbers as numbers, others as their exact text. */
const decimalOf = (text: string): string | number | null => {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return /^\d+$/.test(t) ? Number(t) : t;
};

/** Reads a workbook written by `instrumentWorkbook` (or by hand after it) into a checked definition, or 422. */
export async function readInstrumentWorkbook(
  fileName: string,
  buffer: Buffer,
): Promise<InstrumentDefinition> {
  const issues: FieldIssue[] = [];
  /** Where each field of the definition came from, to name a problem found in the whole by its cell. */
  const places = new Map<string, Place>();
  const sheetRows = async (name: string, columns: readonly string[]) => {
    const { rows } = await readSheet(fileName, buffer, name);
    const head = (rows[0]?.number === 1 ? rows[0].values : []).map((h) => h.trim().toLowerCase());
    const missing = columns.filter((c) => !head.includes(c));
    for (const c of missing)
      issues.push(
        cellIssue({ sheet: name, row: 1, column: c }, 'kolom tidak ada.', 'the column is missing.'),
      );
    return rows
      .filter((r) => r.number > 1 && r.values.some((v) => v.trim() !== ''))
      .map((r) => ({
        number: r.number,
        get: (c: string) => (r.values[head.indexOf(c)] ?? '').trim(),
      }));
  };
  const number = (p: Place, text: string, path: string, optional = false): string | number | undefined => {
    places.set(path, p);
    if (text === '' && optional) return undefined;
    const d = decimalOf(text);
    if (d === null)
      issues.push(cellIssue(p, 'bukan angka desimal (mis. 0.25).', 'not a decimal (e.g. 0.25).'));
    return d ?? 0;
  };

  const meta = new Map((await sheetRows(S.meta, ['kunci', 'nilai'])).map((r) => [r.get('kunci'), r]));
  const metaValue = (key: (typeof META_KEYS)[number], path: string) => {
    const r = meta.get(key);
    if (r) places.set(path, { sheet: S.meta, row: r.number, column: 'nilai' });
    return r?.get('nilai') ?? '';
  };
  const scalePlace = (key: string): Place => ({
    sheet: S.meta,
    row: meta.get(key)?.number ?? 1,
    column: 'nilai',
  });

  const aspectRows = await sheetRows(S.aspects, ASPECT_COLUMNS);
  const aspects = aspectRows.map((r, a) => {
    const at = `aspects.${a}`;
    const p = (column: string): Place => ({ sheet: S.aspects, row: r.number, column });
    places.set(at, p('kode'));
    places.set(`${at}.id`, p('kode'));
    places.set(`${at}.name`, p('nama'));
    return {
      id: r.get('kode'),
      name: r.get('nama'),
      weight: number(p('bobot'), r.get('bobot'), `${at}.weight`),
      indicators: [] as Record<string, unknown>[],
    };
  });
  places.set('aspects', { sheet: S.aspects, row: 1, column: 'bobot' });

  const indicatorRows = await sheetRows(S.indicators, [
    ...INDICATOR_COLUMNS,
    ...levelColumns(1),
    ...levelColumns(2),
  ]);
  for (const r of indicatorRows) {
    const p = (column: string): Place => ({ sheet: S.indicators, row: r.number, column });
    const a = aspects.findIndex((x) => x.id === r.get('aspek'));
    const aspect = aspects[a];
    if (!aspect) {
      issues.push(cellIssue(p('aspek'), 'tidak ada di lembar Aspek.', 'not on the Aspek sheet.'));
      continue;
    }
    const at = `aspects.${a}.indicators.${aspect.indicators.length}`;
    places.set(at, p('kode'));
    places.set(`${at}.id`, p('kode'));
    places.set(`${at}.name`, p('nama'));
    places.set(`${at}.description`, p('uraian'));
    places.set(`${at}.evidence`, p('bukti'));
    places.set(`${at}.source`, p('sumber'));
    places.set(`${at}.levels`, p('nilai_1'));
    const levels: Record<string, unknown>[] = [];
    for (let n = 1; n <= MAX_LEVELS; n++) {
      const [v, l, d] = levelColumns(n) as [string, string, string];
      if (r.get(v) === '' && r.get(l) === '' && r.get(d) === '') continue;
      const k = levels.length;
      places.set(`${at}.levels.${k}.label`, p(l));
      places.set(`${at}.levels.${k}.description`, p(d));
      levels.push({
        value: number(p(v), r.get(v), `${at}.levels.${k}.value`),
        label: r.get(l),
        description: r.get(d),
      });
    }
    const weight = number(p('bobot'), r.get('bobot'), `${at}.weight`, true);
    const threshold = number(p('ambang'), r.get('ambang'), `${at}.threshold`, true);
    aspect.indicators.push({
      id: r.get('kode'),
      name: r.get('nama'),
      description: r.get('uraian'),
      ...(weight === undefined ? {} : { weight }),
      levels,
      evidence: r.get('bukti'),
      ...(r.get('sumber') ? { source: r.get('sumber') } : {}),
      ...(threshold === undefined ? {} : { threshold }),
    });
  }

  const bandRows = await sheetRows(S.bands, BAND_COLUMNS);
  places.set('total.bands', { sheet: S.bands, row: 1, column: 'min' });
  const bands = bandRows.map((r, b) => {
    const p = (column: string): Place => ({ sheet: S.bands, row: r.number, column });
    places.set(`total.bands.${b}.code`, p('kode'));
    places.set(`total.bands.${b}.label`, p('label'));
    places.set(`total.bands.${b}.zone`, p('zona'));
    return {
      min: number(p('min'), r.get('min'), `total.bands.${b}.min`),
      code: r.get('kode'),
      label: r.get('label'),
      ...(r.get('zona') ? { zone: r.get('zona') } : {}),
    };
  });

  const decimalsText = metaValue('desimal', 'total.decimals');
  const definition = {
    name: metaValue('nama', 'name'),
    description: metaValue('uraian', 'description'),
    basis: metaValue('dasar', 'basis'),
    aspects,
    total: {
      min: number(scalePlace('skala_min'), metaValue('skala_min', 'total.min'), 'total.min'),
      max: number(scalePlace('skala_maks'), metaValue('skala_maks', 'total.max'), 'total.max'),
      decimals: /^\d+$/.test(decimalsText) ? Number(decimalsText) : decimalsText,
      bands,
    },
  };
  if (issues.length > 0) throw new AppError('import.rows_invalid', issues);
  try {
    return checkedDefinition(definition);
  } catch (error) {
    if (!(error instanceof AppError) || !error.details) throw error;
    // The same problems, each at the cell it came from (the nearest field that has one).
    throw new AppError(
      'import.rows_invalid',
      error.details.map((d) => {
        const place = placeOf(places, d.field.replace(/^definition\.?/, ''));
        return place ? cellIssue(place, d.message.id, d.message.en) : d;
      }),
    );
  }
}

function placeOf(places: Map<string, Place>, path: string): Place | undefined {
  for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const found = places.get(p);
    if (found) return found;
  }
  return undefined;
}
