import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * Files in and out of the API: a download sent with its name, and one uploaded file read from a multipart body
 * (every import: the catalogue's, the paper survey forms), each refusal naming its field in Indonesian and English.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** A download: its bytes with their media type, saved under `fileName`, never cached. */
export function sendFile(reply: FastifyReply, fileName: string, type: string, buffer: Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(buffer);
}

const badPart = (id: string, en: string, field: string) =>
  new AppError('request.invalid', [{ field, message: { id, en } }]);

async function drain(part: MultipartFile): Promise<void> {
  for await (const _chunk of part.file) {
    // discard
  }
}

export interface Upload {
  file: { name: string; buffer: Buffer };
  /** The text fields sent with it, trimmed (sent before or after the file). */
  fields: Record<string, string>;
}

/**
 * The one file of a multipart body, in the field `file`, with the text fields beside it. The parts are iterated
 * rather than read with request.file(), so fields sent after the file are still seen. Refused: not multipart (415),
 * a second file or a file in another field, an unreadable body, no file or an empty one (400, the field named).
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  let file: Upload['file'] | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await drain(part);
          throw badPart(
            'Kirim satu berkas pada isian "file".',
            'Send one file in the "file" field.',
            part.fieldname,
          );
        }
        file = { name: part.filename, buffer: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value.trim();
      }
    }
  } catch (error) {
    // Busboy's parse errors (no boundary, a broken part header, a body that ends mid-part) carry no code;
    // ours and @fastify/multipart's limits do, and keep their own answers.
    if (error instanceof AppError || (error as { code?: unknown }).code !== undefined) throw error;
    throw badPart(
      'Isi multipart/form-data tidak dapat dibaca.',
      'The multipart/form-data body cannot be read.',
      '(body)',
    );
  }
  if (!file || file.buffer.length === 0) {
    throw badPart(
      'Berkas wajib dikirim pada isian "file".',
      'A file is required in the "file" field.',
      'file',
    );
  }
  return { file, fields };
}

/** A text field an upload requires, refused with its name when missing or malformed. */
export function uploadFieldError(field: string, id: string, en: string): AppError {
  return badPart(id, en, field);
}
