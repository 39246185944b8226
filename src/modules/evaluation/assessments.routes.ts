import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { sendFile } from '../../shared/http/uploads.ts';
import {
  assessorsOut,
  detailOut,
  idParams,
  linkSelfBody,
  listOut,
  listQuery,
  openBody,
  openSelfBody,
  photoOut,
  photoParams,
  saveOut,
  scoreBody,
  scoreParams,
  siteParams,
} from './assessments.schemas.ts';
import {
  type AssessDeps,
  assessmentDetail,
  assessors,
  linkSelf,
  listSiteAssessments,
  openAssessment,
  openSelfAssessment,
  refreshPrefill,
  saveScore,
  submitAssessment,
} from './assessments.service.ts';
import { addPhoto, photoFile, readPhoto } from './photos.ts';

const tags = ['evaluation'];

/** Assessments and inspections: the evaluators' tablet screen and the agency's self-assessment. */
export function assessmentRoutes({ db, floor, config }: AppDeps): FastifyPluginAsyncZod {
  const deps: AssessDeps = { db, notifier: floor.notifier, now: floor.now };
  const files = { dir: config.evaluationFilesDir, maxBytes: config.evaluationPhotoMaxBytes };
  return async (app) => {
    app.get(
      '/evaluation/sites/:site/assessments',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary: "A site's assessments in my scope (an agency: its own), the latest period first",
          params: siteParams,
          querystring: listQuery,
          response: { 200: listOut },
        },
      },
      async (request) => listSiteAssessments(db, contextOf(request), request.params.site, request.query),
    );
    app.get(
      '/evaluation/assessors',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary: 'Who may be on an assessment team: active evaluators and national admins',
          response: { 200: assessorsOut },
        },
      },
      async (request) => assessors(db, contextOf(request)),
    );
    app.post(
      '/evaluation/assessments',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            'Open an assessment of a site, an agency or a booth with an instrument version, a period and a team (one lead); indicators with a source are prefilled',
          body: openBody,
          response: { 201: detailOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await openAssessment(deps, contextOf(request), request.body)),
    );
    app.post(
      '/evaluation/self-assessments',
      {
        config: { access: 'evaluation.self-assess' },
        schema: {
          tags,
          summary: "An agency opens its own self-assessment (PEKPPP's penilaian mandiri) at a site",
          body: openSelfBody,
          response: { 201: detailOut },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await openSelfAssessment(deps, contextOf(request), request.body)),
    );
    app.get(
      '/evaluation/assessments/:id',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary:
            'One assessment: its instrument, team, scores (with prefills and photos), the computed aspects and total with the formula, and the linked self-assessment with the differences',
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) => assessmentDetail(db, contextOf(request), request.params.id),
    );
    app.put(
      '/evaluation/assessments/:id/scores/:indicatorId',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            "Save one indicator's score (a team member): idempotent by writeId; the later of two saves wins and says whose save it replaced",
          params: scoreParams,
          body: scoreBody,
          response: { 200: saveOut },
        },
      },
      async (request) =>
        saveScore(
          deps,
          contextOf(request),
          request.params.id,
          request.params.indicatorId,
          request.body,
          'evaluator',
        ),
    );
    app.put(
      '/evaluation/self-assessments/:id/scores/:indicatorId',
      {
        config: { access: 'evaluation.self-assess' },
        schema: {
          tags,
          summary: "Save one indicator's score of the agency's self-assessment (idempotent by writeId)",
          params: scoreParams,
          body: scoreBody,
          response: { 200: saveOut },
        },
      },
      async (request) =>
        saveScore(
          deps,
          contextOf(request),
          request.params.id,
          request.params.indicatorId,
          request.body,
          'self',
        ),
    );
    app.put(
      '/evaluation/assessments/:id/self',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            "Link the agency's self-assessment this assessment verifies (same agency and instrument version)",
          params: idParams,
          body: linkSelfBody,
          response: { 200: detailOut },
        },
      },
      async (request) => linkSelf(deps, contextOf(request), request.params.id, request.body.selfOf),
    );
    app.post(
      '/evaluation/assessments/:id/prefill',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary: "Ask Atap's evidence sources again; the values already given stay",
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) => refreshPrefill(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/evaluation/assessments/:id/submit',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary: 'The lead submits the assessment: total and band kept, no more saves',
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) => submitAssessment(deps, contextOf(request), request.params.id, 'evaluator'),
    );
    app.post(
      '/evaluation/self-assessments/:id/submit',
      {
        config: { access: 'evaluation.self-assess' },
        schema: {
          tags,
          summary: 'The agency submits its self-assessment',
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) => submitAssessment(deps, contextOf(request), request.params.id, 'self'),
    );
    app.post(
      '/evaluation/assessments/:id/photos',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            'Photo evidence of an indicator: multipart with `file` (JPEG, PNG or WebP by its bytes; at most ATAP_EVALUATION_PHOTO_MAX_BYTES), `indicatorId`, `writeId` (a retry is stored once)',
          params: idParams,
          response: { 201: photoOut, 200: photoOut },
        },
      },
      async (request, reply) => {
        const photo = await readPhoto(request, files);
        const saved = await addPhoto({ ...deps, files }, contextOf(request), request.params.id, photo);
        return reply.code(saved.replayed ? 200 : 201).send(saved);
      },
    );
    app.get(
      '/evaluation/assessments/:id/photos/:photoId',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary: 'Download a photo of an assessment (whoever may read the assessment)',
          params: photoParams,
          response: fileResponse('application/octet-stream', 'The photo: JPEG, PNG or WebP'),
        },
      },
      async (request, reply) => {
        const file = await photoFile(
          db,
          contextOf(request),
          files.dir,
          request.params.id,
          request.params.photoId,
        );
        return sendFile(reply, file.fileName, file.contentType, file.bytes);
      },
    );
  };
}
