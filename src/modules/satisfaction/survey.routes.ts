import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { deviceTokenOf } from '../floor/floor.public.ts';
import { presentSurvey } from './survey.presenters.ts';
import {
  counterSurveyOut,
  surveyAnswerBody,
  surveyAnsweredOut,
  surveyOut,
  surveyParams,
  trackingCodeParams,
  visitSurveysOut,
} from './survey.schemas.ts';
import { counterSurvey, surveyByToken, surveyDesk, visitSurveys } from './survey.service.ts';

const tags = ['satisfaction'];

/** The citizen's survey: public, keyed by the link's unguessable token (survey.service.ts). */
export function surveyRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  const answerSurvey = surveyDesk({ db, notifier: floor.notifier, now: floor.now });
  return async (app) => {
    app.get(
      '/surveys/:token',
      {
        config: { access: 'survey.read' },
        schema: {
          tags,
          summary:
            'A survey link: the service it is about, its state (open, answered, expired), the questions asked',
          params: surveyParams,
          response: { 200: surveyOut },
        },
      },
      async (request) => presentSurvey(await surveyByToken(db, request.params.token, floor.now())),
    );
    app.post(
      '/surveys/:token',
      {
        config: { access: 'survey.answer' },
        schema: {
          tags,
          summary: 'Answer a survey, once: 404 unknown, 409 answered, 410 expired, 403 the serving officer',
          params: surveyParams,
          body: surveyAnswerBody,
          response: { 201: surveyAnsweredOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await answerSurvey(contextOf(request), request.params.token, request.body)),
    );
    app.get(
      '/surveys/by-tracking/:code',
      {
        config: { access: 'survey.read' },
        schema: {
          tags,
          summary:
            "The surveys of a visit's served steps, for its tracking page (the code is the bearer's secret)",
          params: trackingCodeParams,
          response: { 200: visitSurveysOut },
        },
      },
      async (request) => ({ surveys: await visitSurveys(db, request.params.code, floor.now()) }),
    );
    app.get(
      '/surveys/at-counter',
      {
        config: { access: 'survey.device' },
        schema: {
          tags,
          summary:
            "A counter's survey device (its token, kind survey): the survey of the ticket it served in the last 5 minutes",
          response: { 200: counterSurveyOut },
        },
      },
      async (request) => counterSurvey(db, deviceTokenOf(request.headers), floor.now()),
    );
  };
}
