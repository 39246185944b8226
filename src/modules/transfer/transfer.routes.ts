import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { CSV_TYPE, readUpload, sendFile, uploadFieldError, XLSX_TYPE } from '../../shared/http/uploads.ts';
import { importOut } from './transfer.schemas.ts';
import {
  buildTemplateCsv,
  buildTemplateXlsx,
  exportCatalogueXlsx,
  importServices,
} from './transfer.service.ts';

const tags = ['transfer'];

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
        sendFile(reply, 'templat-impor-layanan.csv', CSV_TYPE, await buildTemplateCsv()),
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
        const { file, fields } = await readUpload(request);
        const agencyId = fields.agencyId;
        if (!agencyId || !z.uuid().safeParse(agencyId).success) {
          throw uploadFieldError(
            'agencyId',
            'Isian agencyId wajib berupa UUID instansi.',
            'The agencyId field must be an agency UUID.',
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
