import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { AppError } from '../../shared/errors.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { importOut } from './transfer.schemas.ts';
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  exportCatalogueXlsx,
  importServices,
} from './transfer.service.ts';

const tags = ['transfer'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendFile(reply: FastifyReply, fileName: string, type: string, buffer: Buffer) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(buffer);
}

const badPart = (id: string, en: string, field: string) =>
  new AppError('request.invalid', [{ field, message: { id, en } }]);

export function transferRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/import/services/template.xlsx',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'Service import template (XLSX)',
          description:
            "Sheet 'Layanan': Indonesian headers, an English hint row, one example row; sheet 'Petunjuk' explains every column.",
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The template workbook'),
        },
      },
      async (_request, reply) =>
        sendFile(reply, 'templat-impor-layanan.xlsx', XLSX_TYPE, await buildTemplateXlsx()),
    );

    app.get(
      '/import/services/template.csv',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'Service import template (CSV, UTF-8)',
          description: 'Same columns as the XLSX template: header, English hint row, one example row.',
          produces: ['text/csv'],
          response: fileResponse('text/csv', 'The template as CSV (UTF-8)'),
        },
      },
      async (_request, reply) =>
        sendFile(reply, 'templat-impor-layanan.csv', 'text/csv; charset=utf-8', await buildTemplateCsv()),
    );

    app.post(
      '/import/services',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: "Import an agency's services from the template (all rows or none)",
          description:
            'multipart/form-data with the fields `agencyId` (uuid) and `file` (XLSX or CSV from the template). ' +
            'Every row is checked first; any invalid row → 422 import.rows_invalid with `row`, `column`, `field` ' +
            'and a message per problem, and nothing is saved. Existing codes of the agency are updated (a changed ' +
            'standard becomes a new version).',
          consumes: ['multipart/form-data'],
          response: { 200: importOut },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        // Roles are refused before the upload is read (config.access, checked before validation).
        if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
        // Iterate the parts rather than request.file(): fields sent after the file must still be seen.
        let agencyId: string | undefined;
        let file: { name: string; buffer: Buffer } | undefined;
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
            } else if (part.fieldname === 'agencyId') {
              agencyId = typeof part.value === 'string' ? part.value.trim() : undefined;
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
        if (!agencyId || !z.uuid().safeParse(agencyId).success) {
          throw badPart(
            'Isian agencyId wajib berupa UUID instansi.',
            'The agencyId field must be an agency UUID.',
            'agencyId',
          );
        }
        if (!file || file.buffer.length === 0) {
          throw badPart(
            'Berkas wajib dikirim pada isian "file".',
            'A file is required in the "file" field.',
            'file',
          );
        }
        return importServices(db, ctx, { agencyId, fileName: file.name, buffer: file.buffer });
      },
    );

    app.get(
      '/export/catalogue.xlsx',
      {
        config: { access: 'catalogue.export' },
        schema: {
          tags,
          summary: 'Export active services in the import template layout (XLSX)',
          description:
            "One row per service (re-importable), plus an 'Instansi' sheet. Catalogue editors only.",
          querystring: z.object({ siteId: z.uuid().optional(), agencyId: z.uuid().optional() }),
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The catalogue workbook'),
        },
      },
      async (request, reply) => {
        const file = await exportCatalogueXlsx(db, request.query);
        return sendFile(reply, file.fileName, XLSX_TYPE, file.buffer);
      },
    );
  };
}

async function drain(part: MultipartFile): Promise<void> {
  for await (const _chunk of part.file) {
    // discard
  }
}
