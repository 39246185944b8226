import type { RequestContext } from '../../shared/context.ts';
import type { Database } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { readInstrumentWorkbook } from './instrument.sheets.ts';
import { instrumentByCode } from './instruments.repository.ts';
import { instrumentCode } from './instruments.schemas.ts';
import { addVersion, checkedDefinition, createInstrument } from './instruments.service.ts';

const KINDS = ['evaluation', 'compliance', 'inspection', 'custom'] as const;
type Kind = (typeof KINDS)[number];

const fieldError = (field: string, id: string, en: string) =>
  new AppError('request.invalid', [{ field, message: { id, en } }]);

/** A JSON file (a definition) is recognised by its name or its first character; anything else is a workbook. */
function isJson(name: string, buffer: Buffer): boolean {
  return (
    /\.json$/i.test(name) ||
    /^\s*[{[]/.test(
      buffer
        .subarray(0, 64)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )
  );
}

/**
 * An uploaded definition (JSON or the export's XLSX) saved as a new version of the instrument `code`, or as a new
 * instrument of `kind` when no instrument has that code. Checked whole before anything is written.
 */
export async function importInstrument(
  db: Database,
  ctx: RequestContext,
  file: { name: string; buffer: Buffer },
  fields: Record<string, string>,
) {
  const code = instrumentCode.safeParse(fields.code);
  if (!code.success)
    throw fieldError(
      'code',
      'Kode instrumen: huruf besar, angka dan tanda -.',
      'Instrument code: A-Z, 0-9 and -.',
    );
  const kind = fields.kind || 'custom';
  if (!KINDS.includes(kind as Kind))
    throw fieldError('kind', 'Jenis instrumen tidak dikenal.', 'Unknown instrument kind.');
  let definition: unknown;
  if (isJson(file.name, file.buffer)) {
    try {
      definition = JSON.parse(file.buffer.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      throw fieldError('file', 'Berkas JSON tidak dapat dibaca.', 'The JSON file cannot be read.');
    }
    definition = checkedDefinition(definition);
  } else {
    definition = await readInstrumentWorkbook(file.name, file.buffer);
  }
  const note = (fields.note ?? '').slice(0, 500) || `Impor dari ${file.name}`.slice(0, 500);
  const existing = await instrumentByCode(db, code.data);
  const saved = existing
    ? await addVersion(db, ctx, code.data, { basedOn: null, definition, note })
    : await createInstrument(db, ctx, { code: code.data, kind: kind as Kind, definition, note });
  return { code: saved.code, version: saved.version.version, created: !existing };
}
