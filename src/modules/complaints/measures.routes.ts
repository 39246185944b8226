import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { sendFile, XLSX_TYPE } from '../../shared/http/uploads.ts';
import { measuresWorkbook } from './measures.export.ts';
import { measuresOut, measuresQuery, publicOut, publicQuery, siteParams } from './measures.schemas.ts';
import { measuresFor, publicStatistics } from './measures.service.ts';

const tags = ['complaints'];

/** How long a browser or proxy may keep the public statistics: they change with each complaint, not each second. */
const PUBLIC_MAX_AGE_SECONDS = 300;

/** The measures of complaints: the staff's figures and their export, and the public statistics of a site. */
export function complaintMeasuresRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/complaints/sites/:site/measures',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary:
            'Measures of complaints of a unit (site, agency, booth, service) for a period of receipt: received by kind and channel, answered on time, time to answer (working days), open and late now, ratings, subjects, per 1,000 visitors, by month and per agency/booth/service',
          params: siteParams,
          querystring: measuresQuery,
          response: { 200: measuresOut },
        },
      },
      async (request) => measuresFor(db, contextOf(request), request.params.site, request.query, floor.now()),
    );
    app.get(
      '/complaints/sites/:site/measures.xlsx',
      {
        config: { access: 'complaints.read' },
        schema: {
          tags,
          summary: 'The same measures as a workbook (summary, months, rows, subjects)',
          params: siteParams,
          querystring: measuresQuery,
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The measures'),
        },
      },
      async (request, reply) => {
        const m = await measuresFor(db, contextOf(request), request.params.site, request.query, floor.now());
        const name = `pengaduan-${m.site.code}-${m.period.from}-${m.period.to}.xlsx`;
        return sendFile(reply, name, XLSX_TYPE, await measuresWorkbook(m));
      },
    );
    app.get(
      '/public/sites/:site/complaints/statistics',
      {
        config: { access: 'complaints.public' },
        schema: {
          tags,
          summary:
            'Published complaint statistics of a site for a period: received by kind, answered, answered on time, open now, by month (counts only)',
          params: siteParams,
          querystring: publicQuery,
          response: { 200: publicOut },
        },
      },
      async (request, reply) => {
        const stats = await publicStatistics(db, request.params.site, request.query, floor.now());
        reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`);
        return stats;
      },
    );
  };
}
