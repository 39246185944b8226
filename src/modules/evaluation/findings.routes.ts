import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import {
  answerBody,
  createdOut,
  detailOut,
  drawBody,
  drawnOut,
  editBody,
  idParams,
  listOut,
  listQuery,
  movedOut,
  observationBody,
  overdueOut,
  siteParams,
  verifyBody,
} from './findings.schemas.ts';
import {
  addObservation,
  answerFinding,
  drawFindings,
  editFinding,
  type FindingDeps,
  findingDetail,
  listSiteFindings,
  overdueFindings,
  verifyFinding,
} from './findings.service.ts';

const tags = ['evaluation'];

/** Findings and their follow-up: drawn by the evaluators, answered by the unit, verified and closed or sent back. */
export function findingsRoutes({ db, floor, personalData, notify }: AppDeps): FastifyPluginAsyncZod {
  const deps: FindingDeps = { db, notifier: floor.notifier, now: floor.now, personalData, notify };
  return async (app) => {
    app.post(
      '/evaluation/assessments/:id/findings/draw',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            'Draw findings from an assessment: every indicator under its threshold, once (drawing again adds only new ones)',
          params: idParams,
          body: drawBody,
          response: { 200: drawnOut },
        },
      },
      async (request) => drawFindings(deps, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/evaluation/assessments/:id/findings',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary: 'Add an observation the team made by hand as a finding',
          params: idParams,
          body: observationBody,
          response: { 201: createdOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addObservation(deps, contextOf(request), request.params.id, request.body)),
    );
    app.get(
      '/evaluation/sites/:site/findings',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary: "A site's findings in my scope (an agency: its own), most urgent first",
          params: siteParams,
          querystring: listQuery,
          response: { 200: listOut },
        },
      },
      async (request) =>
        listSiteFindings(db, contextOf(request), request.params.site, request.query, floor.now()),
    );
    app.get(
      '/evaluation/sites/:site/findings/overdue',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary:
            'The overdue list: findings waiting for their unit past the due date, and how many per agency',
          params: siteParams,
          response: { 200: overdueOut },
        },
      },
      async (request) => overdueFindings(db, contextOf(request), request.params.site, floor.now()),
    );
    app.get(
      '/evaluation/findings/:id',
      {
        config: { access: 'evaluation.read' },
        schema: {
          tags,
          summary: 'One finding with its timeline of actions and verdicts, and what I may do now',
          params: idParams,
          response: { 200: detailOut },
        },
      },
      async (request) => findingDetail(db, contextOf(request), request.params.id, floor.now()),
    );
    app.patch(
      '/evaluation/findings/:id',
      {
        config: { access: 'evaluation.assess' },
        schema: {
          tags,
          summary:
            'Edit a finding before its unit answers: recommendation, severity, unit, due date (409 if stale)',
          params: idParams,
          body: editBody,
          response: { 200: movedOut },
        },
      },
      async (request) => editFinding(deps, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/evaluation/findings/:id/answer',
      {
        config: { access: 'evaluation.findings.answer' },
        schema: {
          tags,
          summary: "The unit's action (tindak lanjut): what was done, evidence, the day (409 if stale)",
          params: idParams,
          body: answerBody,
          response: { 200: movedOut },
        },
      },
      async (request) => answerFinding(deps, contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/evaluation/findings/:id/verify',
      {
        config: { access: 'evaluation.findings.verify' },
        schema: {
          tags,
          summary:
            "The evaluators' verdict: close the finding, or send it back with the reason (409 if stale)",
          params: idParams,
          body: verifyBody,
          response: { 200: movedOut },
        },
      },
      async (request) => verifyFinding(deps, contextOf(request), request.params.id, request.body),
    );
  };
}
