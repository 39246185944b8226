import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { siteListOf } from '../../shared/auth/policy.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { sendFile } from '../../shared/http/uploads.ts';
import { siteByIdOrCode } from '../sites/sites.public.ts';
import { evaluationDashboard } from './dashboard.ts';
import {
  dashboardOut,
  issueBody,
  reportOut,
  reportParams,
  reportsOut,
  siteParams,
} from './report.schemas.ts';
import { issueReport, listReports, reportPdf } from './report.service.ts';

const tags = ['evaluation'];

/** The reports to the regional secretary (issued once, kept as issued) and the monitoring team's dashboard. */
export function evaluationReportRoutes({ db, floor, config }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, notifier: floor.notifier, now: floor.now, photosDir: config.evaluationFilesDir };
  return async (app) => {
    app.get(
      '/evaluation/sites/:site/reports',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary:
            "The site's issued evaluation reports, newest first (an agency's staff: those of their agency only)",
          params: siteParams,
          response: { 200: reportsOut },
        },
      },
      async (request) => ({ reports: await listReports(db, contextOf(request), request.params.site) }),
    );
    app.post(
      '/evaluation/sites/:site/reports',
      {
        config: { access: 'evaluation.reports.issue' },
        schema: {
          tags,
          summary:
            'Issues a report to the regional secretary (PDF, Indonesian, A4): numbered, its bytes and sha256 stored as issued; audited',
          params: siteParams,
          body: issueBody,
          response: { 201: reportOut },
        },
      },
      async (request, reply) => {
        const report = await issueReport(deps, contextOf(request), request.params.site, request.body);
        return reply.code(201).send(report);
      },
    );
    app.get(
      '/evaluation/sites/:site/reports/:id',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary: 'An issued report: exactly the bytes stored when it was issued',
          params: reportParams,
          produces: ['application/pdf'],
          response: fileResponse('application/pdf', 'The report as issued'),
        },
      },
      async (request, reply) => {
        const file = await reportPdf(db, contextOf(request), request.params.site, request.params.id);
        return sendFile(reply, file.fileName, 'application/pdf', file.buffer);
      },
    );
    app.get(
      '/evaluation/sites/:site/dashboard',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary:
            "Every agency of the site on its latest scores per instrument, the zone predicted by its latest compliance assessment, open and overdue findings and the trend, weakest first (an agency's staff: their agency)",
          params: siteParams,
          response: { 200: dashboardOut },
        },
      },
      async (request) => {
        const site = await siteByIdOrCode(db, request.params.site);
        const { agencyId } = siteListOf(contextOf(request), 'evaluation.read', site.id);
        return evaluationDashboard(db, site.id, { now: floor.now(), agencyId });
      },
    );
  };
}
