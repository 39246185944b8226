import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { siteListOf } from '../../shared/auth/policy.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { sniffType } from '../../shared/http/file-kinds.ts';
import type { Write } from '../../shared/write/write.ts';

/**
 * A complaint's photos and documents: at most three, each within the configured size, and only JPEG, PNG, WebP or
 * PDF — judged by the file's first bytes, not by the name or the type the browser declares (a renamed program is
 * still refused). Each is kept as one file named by its attachment id in the configured folder, its sha256 in
 * complaint_attachments. The file is written before the complaint's transaction and removed when it fails, so a
 * complaint never points at a missing file and no file outlives a refused complaint.
 */

const MAX_ATTACHMENTS = 3;
const ATTACHMENT_FIELD = 'files';
/** The JSON of the complaint, sent as one text field beside the files. */
const COMPLAINT_FIELD = 'complaint';

export interface AttachmentLimits {
  dir: string;
  maxBytes: number;
}

export interface IncomingFile {
  name: string;
  buffer: Buffer;
}

export interface CheckedFile {
  id: string;
  fileName: string;
  contentType: string;
  buffer: Buffer;
  sha256: string;
}

const attachmentIssue = (field: string, id: string, en: string) => ({ field, message: { id, en } });

const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** A file name safe to store and send back in a header: no path, no quotes or control characters. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/["\r\n\p{Cc}]/gu, '');
  return base.slice(-120) || 'lampiran';
}

/** The files checked: each in the allowed kinds by its bytes; refusals name the field (`files.0`, …). */
export function checkFiles(files: IncomingFile[], limits: AttachmentLimits): CheckedFile[] {
  if (files.length > MAX_ATTACHMENTS)
    throw new AppError('complaint.attachment_invalid', [
      attachmentIssue(
        ATTACHMENT_FIELD,
        `Paling banyak ${MAX_ATTACHMENTS} lampiran.`,
        `At most ${MAX_ATTACHMENTS} attachments.`,
      ),
    ]);
  return files.map((file, i) => {
    const field = `${ATTACHMENT_FIELD}.${i}`;
    if (file.buffer.length > limits.maxBytes)
      throw new AppError('complaint.attachment_too_large', [
        attachmentIssue(
          field,
          `Lampiran "${safeFileName(file.name)}" melebihi ${mb(limits.maxBytes)}.`,
          `Attachment "${safeFileName(file.name)}" is over ${mb(limits.maxBytes)}.`,
        ),
      ]);
    const type = file.buffer.length > 0 ? sniffType(file.buffer) : null;
    if (!type)
      throw new AppError('complaint.attachment_invalid', [
        attachmentIssue(
          field,
          `Lampiran "${safeFileName(file.name)}" bukan foto (JPEG, PNG, WebP) atau PDF.`,
          `Attachment "${safeFileName(file.name)}" is not a photo (JPEG, PNG, WebP) or a PDF.`,
        ),
      ]);
    return {
      id: randomUUID(),
      fileName: safeFileName(file.name),
      contentType: type,
      buffer: file.buffer,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
    };
  });
}

/** A multipart body: the complaint's JSON (field `complaint`) and its files (field `files`, up to three). */
export async function readComplaintParts(
  request: FastifyRequest,
  limits: AttachmentLimits,
): Promise<{ json: unknown; files: IncomingFile[] }> {
  let text: string | undefined;
  const files: IncomingFile[] = [];
  try {
    // One file more than allowed is read so that "too many" is said, not silently cut; one byte more than the
    // limit is kept so that "too large" is seen rather than a truncated file accepted.
    // throwFileSizeLimit is read per request by @fastify/multipart, though its types list it only plugin-wide.
    const options = {
      limits: { files: MAX_ATTACHMENTS + 1, fileSize: limits.maxBytes + 1, fields: 4 },
      throwFileSizeLimit: false,
    };
    const parts = request.parts(options);
    for await (const part of parts) {
      if (part.type === 'file') {
        const read = await part.toBuffer();
        const buffer = part.file.truncated ? null : read;
        if (part.fieldname !== ATTACHMENT_FIELD)
          throw new AppError('complaint.attachment_invalid', [
            attachmentIssue(
              part.fieldname,
              `Kirim lampiran pada isian "${ATTACHMENT_FIELD}".`,
              `Send attachments in the "${ATTACHMENT_FIELD}" field.`,
            ),
          ]);
        files.push({
          name: part.filename,
          // Over the limit: a buffer one byte longer than allowed stands for it (checkFiles refuses it by name).
          buffer: buffer ?? Buffer.alloc(limits.maxBytes + 1),
        });
      } else if (part.fieldname === COMPLAINT_FIELD && typeof part.value === 'string') {
        text = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('complaint.attachment_invalid', [
        attachmentIssue(
          ATTACHMENT_FIELD,
          `Paling banyak ${MAX_ATTACHMENTS} lampiran.`,
          `At most ${MAX_ATTACHMENTS} attachments.`,
        ),
      ]);
    throw new AppError('request.invalid', [
      attachmentIssue(
        '(body)',
        'Isi multipart/form-data tidak dapat dibaca.',
        'The multipart/form-data body cannot be read.',
      ),
    ]);
  }
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    throw new AppError('request.invalid', [
      attachmentIssue(
        COMPLAINT_FIELD,
        `Isian "${COMPLAINT_FIELD}" harus berisi JSON.`,
        `The "${COMPLAINT_FIELD}" field must hold JSON.`,
      ),
    ]);
  }
  return { json, files };
}

const pathOf = (dir: string, id: string) => path.join(dir, id);

/** Writes the files (before the complaint's transaction); returns how to take them back if it fails. */
export async function storeFiles(dir: string, files: CheckedFile[]): Promise<() => Promise<void>> {
  const remove = async () => {
    await Promise.all(files.map((f) => fs.rm(pathOf(dir, f.id), { force: true })));
  };
  if (files.length === 0) return remove;
  await fs.mkdir(dir, { recursive: true });
  try {
    await Promise.all(files.map((f) => fs.writeFile(pathOf(dir, f.id), f.buffer, { flag: 'wx' })));
  } catch (error) {
    await remove();
    throw error;
  }
  return remove;
}

/** The attachments' rows, in the complaint's transaction. */
export async function recordFiles(w: Write, complaintId: string, files: CheckedFile[]): Promise<void> {
  if (files.length === 0) return;
  await w.tx
    .insertInto('complaintAttachments')
    .values(
      files.map((f) => ({
        id: f.id,
        complaintId,
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.buffer.length,
        sha256: f.sha256,
        addedBy: w.ctx.actor?.userId ?? null,
        addedAt: w.now,
      })),
    )
    .execute();
}

/** A citizen's attachment of a confidential complaint not released to the agency: the agency does not see it. */
export const withheldFromAgency = (a: {
  identity: string;
  identityReleased: boolean;
  addedBy: string | null;
}): boolean => a.identity === 'confidential' && !a.identityReleased && a.addedBy === null;

/**
 * A stored attachment for staff (complaints.read): the complaint's site in the reader's scope; an agency reads its
 * own complaints as a filtered list, so another agency's is simply not there for it (no hint it exists).
 */
export async function attachmentForStaff(
  db: Executor,
  ctx: RequestContext,
  dir: string,
  complaintId: string,
  attachmentId: string,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const found = await db
    .selectFrom('complaintAttachments as f')
    .innerJoin('complaints as c', 'c.id', 'f.complaintId')
    .select(['f.id', 'f.fileName', 'f.contentType', 'f.addedBy', 'c.siteId', 'c.agencyId', 'c.identity'])
    .select('c.identityReleased')
    .where('f.id', '=', attachmentId)
    .where('f.complaintId', '=', complaintId)
    .executeTakeFirst();
  if (!found) throw new AppError('complaint.attachment_not_found');
  const scope = siteListOf(ctx, 'complaints.read', found.siteId);
  if (scope.agencyId !== null && scope.agencyId !== found.agencyId)
    throw new AppError('complaint.attachment_not_found');
  // A confidential complainant's own photos and papers may show who they are: kept from the agency as the
  // identity is, until the handler releases it.
  if (scope.agencyId !== null && withheldFromAgency(found))
    throw new AppError('complaint.attachment_not_found');
  try {
    const bytes = await fs.readFile(pathOf(dir, found.id));
    // A header carries Latin-1 only: the name as typed is kept, the download's name spelled in ASCII.
    const fileName = found.fileName
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7e]/g, '_');
    return { fileName, contentType: found.contentType, bytes };
  } catch {
    throw new AppError('complaint.attachment_not_found');
  }
}
