import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../shared/context.ts';
import type { Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { sniffType } from '../../shared/http/file-kinds.ts';
import { writeChange } from '../../shared/write/write.ts';
import { indicatorOf } from './assessment.rules.ts';
import { findAssessment, versionOf } from './assessments.repository.ts';
import { type AssessDeps, readable, writeForPhotos } from './assessments.service.ts';

/**
 * Photo evidence of an indicator, taken with the tablet's camera: JPEG, PNG or WebP by the file's first bytes (a
 * PDF or a renamed program is refused), each within the configured size, kept as one file named by its id in the
 * configured folder. The client's write id makes a retried upload (the answer lost with the connection) one photo.
 */

export interface PhotoLimits {
  dir: string;
  maxBytes: number;
}

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const mb = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;
const issue = (field: string, id: string, en: string) => [{ field, message: { id, en } }];

export interface IncomingPhoto {
  indicatorId: string;
  writeId: string;
  buffer: Buffer;
}

/** The multipart body: the photo in `file`, `indicatorId` and `writeId` beside it. Refusals name the field. */
export async function readPhoto(request: FastifyRequest, limits: PhotoLimits): Promise<IncomingPhoto> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  const fields: Record<string, string> = {};
  let buffer: Buffer | null = null;
  let tooLarge = false;
  try {
    // One byte over the limit is read so that "too large" is said rather than a cut photo kept.
    // throwFileSizeLimit is read per request by @fastify/multipart, though its types list it only plugin-wide.
    const options = {
      limits: { files: 1, fileSize: limits.maxBytes + 1, fields: 4 },
      throwFileSizeLimit: false,
    };
    for await (const part of request.parts(options)) {
      if (part.type === 'file') {
        const read = await part.toBuffer();
        if (part.fieldname !== 'file')
          throw new AppError(
            'request.invalid',
            issue(part.fieldname, 'Kirim foto pada isian "file".', 'Send the photo in the "file" field.'),
          );
        tooLarge = part.file.truncated || read.length > limits.maxBytes;
        buffer = read;
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value.trim();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'request.invalid',
      issue(
        '(body)',
        'Isi multipart/form-data tidak dapat dibaca.',
        'The multipart/form-data body cannot be read.',
      ),
    );
  }
  if (tooLarge)
    throw new AppError(
      'evaluation.photo_too_large',
      issue('file', `Foto melebihi ${mb(limits.maxBytes)}.`, `The photo is over ${mb(limits.maxBytes)}.`),
    );
  if (!buffer || buffer.length === 0)
    throw new AppError(
      'request.invalid',
      issue('file', 'Foto wajib dikirim pada isian "file".', 'A photo is required in the "file" field.'),
    );
  const type = sniffType(buffer);
  if (!type || !PHOTO_TYPES.has(type))
    throw new AppError(
      'evaluation.photo_invalid',
      issue('file', 'Berkas bukan foto JPEG, PNG atau WebP.', 'The file is not a JPEG, PNG or WebP photo.'),
    );
  const writeId = fields.writeId ?? '';
  if (!UUID.test(writeId))
    throw new AppError(
      'request.invalid',
      issue('writeId', 'Pengenal penyimpanan (UUID) wajib.', 'A write id (UUID) is required.'),
    );
  return { indicatorId: fields.indicatorId ?? '', writeId, buffer };
}

/** Stores the photo once per write id; the file is written in the transaction and removed if it fails. */
export async function addPhoto(
  deps: AssessDeps & { files: PhotoLimits },
  ctx: RequestContext,
  id: string,
  photo: IncomingPhoto,
) {
  const contentType = sniffType(photo.buffer) as string;
  const photoId = randomUUID();
  const file = path.join(deps.files.dir, photoId);
  let written = false;
  try {
    return await writeChange(deps, ctx, (await findAssessment(deps.db, id)).siteId, async (w) => {
      const a = await writeForPhotos(w.tx, ctx, id);
      const instrument = await versionOf(w.tx, a.instrumentVersionId);
      if (!indicatorOf(instrument.definition, photo.indicatorId))
        throw new AppError(
          'evaluation.indicator_not_found',
          issue('indicatorId', 'Indikator tidak dikenal.', 'Unknown indicator.'),
        );
      const sha256 = createHash('sha256').update(photo.buffer).digest('hex');
      const inserted = await w.tx
        .insertInto('assessmentPhotos')
        .values({
          id: photoId,
          assessmentId: id,
          indicatorId: photo.indicatorId,
          contentType,
          sizeBytes: photo.buffer.length,
          sha256,
          writeId: photo.writeId,
          addedBy: w.ctx.actor?.userId ?? null,
          addedAt: w.now,
        })
        .onConflict((oc) => oc.column('writeId').doNothing())
        .returning(['id', 'indicatorId', 'contentType', 'sizeBytes', 'addedAt'])
        .executeTakeFirst();
      if (!inserted) {
        const stored = await w.tx
          .selectFrom('assessmentPhotos')
          .select(['id', 'indicatorId', 'contentType', 'sizeBytes', 'addedAt', 'assessmentId'])
          .where('writeId', '=', photo.writeId)
          .executeTakeFirstOrThrow();
        if (stored.assessmentId !== id)
          throw new AppError(
            'request.invalid',
            issue('writeId', 'Pengenal penyimpanan sudah dipakai.', 'The write id is already used.'),
          );
        const { assessmentId: _, ...rest } = stored;
        return { ...rest, addedAt: rest.addedAt.toISOString(), replayed: true };
      }
      await fs.mkdir(deps.files.dir, { recursive: true });
      await fs.writeFile(file, photo.buffer, { flag: 'wx' });
      written = true;
      w.audit({
        action: 'evaluation.photo.add',
        entityType: 'assessment',
        entityId: id,
        siteId: a.siteId,
        agencyId: a.agencyId,
        after: {
          photoId,
          indicatorId: photo.indicatorId,
          contentType,
          sizeBytes: photo.buffer.length,
          sha256,
        },
      });
      return { ...inserted, addedAt: inserted.addedAt.toISOString(), replayed: false };
    });
  } catch (error) {
    if (written) await fs.rm(file, { force: true });
    throw error;
  }
}

/** A photo for whoever may read its assessment. */
export async function photoFile(db: Executor, ctx: RequestContext, dir: string, id: string, photoId: string) {
  await readable(db, ctx, id);
  const row = await db
    .selectFrom('assessmentPhotos')
    .select(['id', 'contentType', 'indicatorId'])
    .where('id', '=', photoId)
    .where('assessmentId', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('evaluation.photo_not_found');
  try {
    const bytes = await fs.readFile(path.join(dir, row.id));
    const ext = row.contentType.split('/')[1] === 'jpeg' ? 'jpg' : row.contentType.split('/')[1];
    return {
      fileName: `${row.indicatorId}-${row.id.slice(0, 8)}.${ext}`,
      contentType: row.contentType,
      bytes,
    };
  } catch {
    throw new AppError('evaluation.photo_not_found');
  }
}
