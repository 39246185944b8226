import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { CSV_TYPE, readUpload, sendFile, XLSX_TYPE } from '../../shared/http/uploads.ts';
import {
  exportQuery,
  followUpBody,
  followUpOut,
  followUpPatch,
  idParams,
  importOut,
  periodBody,
  periodDetailOut,
  periodListOut,
  periodOut,
  periodPatch,
  siteParams,
  weightsBody,
  weightsOut,
} from './periods.schemas.ts';
import {
  addFollowUp,
  createPeriod,
  editFollowUp,
  editPeriod,
  listPeriods,
  periodDetail,
  readSiteWeights,
  removeFollowUp,
  removePeriod,
  setSiteWeights,
  siteOf,
} from './periods.service.ts';
import { periodAnswers, periodReportPdf } from './report.service.ts';
import { assertMayImport, importSurvey } from './survey.import.ts';
import { surveyCsv, surveyWorkbook } from './survey.sheets.ts';

/**
 * Survey periods and their follow-up plans, the report PDF, the raw answers' export, the survey template and the
 * paper import. Thin: schema → access rule → service.
 */

const tags = ['satisfaction'];

export function periodsRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/satisfaction/sites/:site/periods',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary: "A site's survey periods with their index, and the weights its next period will use",
          params: siteParams,
          response: { 200: periodListOut },
        },
      },
      async (request) => listPeriods(db, contextOf(request), request.params.site),
    );
    app.post(
      '/satisfaction/sites/:site/periods',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: 'Create a survey period; its method (weights included) is stored with it as used',
          params: siteParams,
          body: periodBody,
          response: { 201: periodOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createPeriod(db, contextOf(request), request.params.site, request.body)),
    );
    app.get(
      '/satisfaction/sites/:site/weights',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary: "The site's element weights for new periods",
          params: siteParams,
          response: { 200: weightsOut },
        },
      },
      async (request) => readSiteWeights(db, contextOf(request), request.params.site),
    );
    app.put(
      '/satisfaction/sites/:site/weights',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: "Set the site's element weights for new periods (null: 1/9 each); old periods keep theirs",
          params: siteParams,
          body: weightsBody,
          response: { 200: weightsOut },
        },
      },
      async (request) => setSiteWeights(db, contextOf(request), request.params.site, request.body.weights),
    );
    app.get(
      '/satisfaction/periods/:id',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary:
            'A survey period with its elements, weakest elements, follow-up plan and the previous plan',
          params: idParams,
          response: { 200: periodDetailOut },
        },
      },
      async (request) => periodDetail(db, contextOf(request), request.params.id),
    );
    app.patch(
      '/satisfaction/periods/:id',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: 'Rename a period; its dates change only while it has no responses',
          params: idParams,
          body: periodPatch,
          response: { 200: periodOut },
        },
      },
      async (request) => editPeriod(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/satisfaction/periods/:id',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: 'Delete a period without a follow-up plan',
          params: idParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await removePeriod(db, contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/satisfaction/periods/:id/follow-ups',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: "Add an action to a period's follow-up plan (rencana tindak lanjut)",
          params: idParams,
          body: followUpBody,
          response: { 201: followUpOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addFollowUp(db, contextOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/satisfaction/follow-ups/:id',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: 'Change a follow-up action or its status (planned, in progress, done, dropped) and note',
          params: idParams,
          body: followUpPatch,
          response: { 200: followUpOut },
        },
      },
      async (request) => editFollowUp(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/satisfaction/follow-ups/:id',
      {
        config: { access: 'satisfaction.periods.manage' },
        schema: {
          tags,
          summary: 'Delete a follow-up action',
          params: idParams,
          response: { 204: z.null().describe('Deleted') },
        },
      },
      async (request, reply) => {
        await removeFollowUp(db, contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/satisfaction/periods/:id/report.pdf',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary: "The period's SKM report (PDF, Indonesian, A4)",
          params: idParams,
          produces: ['application/pdf'],
          response: fileResponse('application/pdf', 'The report'),
        },
      },
      async (request, reply) => {
        const file = await periodReportPdf(db, contextOf(request), request.params.id, floor.now());
        return sendFile(reply, file.fileName, 'application/pdf', file.buffer);
      },
    );
    app.get(
      '/satisfaction/periods/:id/answers.xlsx',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary: "The period's raw anonymous answers in the import template's layout (XLSX)",
          params: idParams,
          querystring: exportQuery,
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The answers'),
        },
      },
      async (request, reply) => {
        const file = await periodAnswers(db, contextOf(request), request.params.id, request.query, 'xlsx');
        return sendFile(reply, file.fileName, XLSX_TYPE, file.buffer);
      },
    );
    app.get(
      '/satisfaction/periods/:id/answers.csv',
      {
        config: { access: 'satisfaction.report.read' },
        schema: {
          tags,
          summary: "The period's raw anonymous answers in the import template's layout (CSV, UTF-8)",
          params: idParams,
          querystring: exportQuery,
          produces: ['text/csv'],
          response: fileResponse('text/csv', 'The answers'),
        },
      },
      async (request, reply) => {
        const file = await periodAnswers(db, contextOf(request), request.params.id, request.query, 'csv');
        return sendFile(reply, file.fileName, CSV_TYPE, file.buffer);
      },
    );
    app.get(
      '/satisfaction/survey-template.xlsx',
      {
        config: { access: 'satisfaction.import' },
        schema: {
          tags,
          summary: 'The survey template for paper forms (XLSX: u1…u9, optional columns, instructions sheet)',
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The template'),
        },
      },
      async (_request, reply) =>
        sendFile(reply, 'templat-survei-skm.xlsx', XLSX_TYPE, await surveyWorkbook()),
    );
    app.get(
      '/satisfaction/survey-template.csv',
      {
        config: { access: 'satisfaction.import' },
        schema: {
          tags,
          summary: 'The survey template (CSV, UTF-8)',
          produces: ['text/csv'],
          response: fileResponse('text/csv', 'The template'),
        },
      },
      async (_request, reply) => sendFile(reply, 'templat-survei-skm.csv', CSV_TYPE, await surveyCsv()),
    );
    app.post(
      '/satisfaction/sites/:site/imports',
      {
        config: { access: 'satisfaction.import' },
        schema: {
          tags,
          summary: 'Import paper survey forms from the template (all rows or none)',
          description:
            'multipart/form-data with `file` (XLSX or CSV from the template). Any invalid row → 422 ' +
            'satisfaction.rows_invalid with `row`, `column`, `field` and a message per problem, and nothing is saved. ' +
            "A row's kode_layanan names a service offered at the site (else an error of that row); without one the " +
            'response counts for the site only.',
          params: siteParams,
          consumes: ['multipart/form-data'],
          response: { 200: importOut },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        const site = await siteOf(db, request.params.site);
        assertMayImport(ctx, site);
        const { file } = await readUpload(request);
        return importSurvey(db, ctx, { site, fileName: file.name, buffer: file.buffer, now: floor.now() });
      },
    );
  };
}
