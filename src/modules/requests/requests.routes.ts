import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { guardedByCode } from '../../shared/auth/code-guesses.ts';
import { assertMay, assertSharedServiceData } from '../../shared/auth/policy.ts';
import { normaliseCode } from '../../shared/codes.ts';
import { AppError } from '../../shared/errors.ts';
import { RateLimiter } from '../../shared/http/rate-limit.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { withRetryAfter } from '../../shared/http/retry-after.ts';
import { finish } from '../floor/floor.public.ts';
import { deleteHoliday, listHolidays, saveHoliday } from './holidays.service.ts';
import {
  counterParams,
  documentBody,
  documentParams,
  documentSetOut,
  holidayBody,
  holidayOut,
  holidaysQuery,
  idParams,
  listQuery,
  moveBody,
  movedOut,
  openedOut,
  registerBody,
  requestDetailOut,
  requestListOut,
  serviceParams,
  submitBody,
  submittedOut,
  trackBody,
  trackedOut,
  workflowBody,
  workflowOut,
} from './requests.schemas.ts';
import {
  moveRequest,
  openRequestIn,
  type RequestDeps,
  registerRequest,
  serviceOwner,
  setDocument,
  setWorkflow,
  workflowOf,
} from './requests.service.ts';
import { listRequests, requestDetail, trackRequest } from './requests.view.ts';

const tags = ['requests'];

export function requestRoutes({ db, floor, personalData, notify, config }: AppDeps): FastifyPluginAsyncZod {
  const deps: RequestDeps = { db, notifier: floor.notifier, now: floor.now, personalData, notify };
  // Public tracking is guarded like booking lookups: a few tries per minute per address.
  const limiter = new RateLimiter(config.bookingRatePerMinute);
  return async (app) => {
    app.post(
      '/requests/from-counter/:id',
      {
        config: { access: 'floor.counter.work' },
        schema: {
          tags,
          summary:
            'Finish the ticket at this counter with the file taken in: opens a request (one transaction)',
          params: counterParams,
          body: submitBody,
          response: { 201: submittedOut },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        // finish checks the counter's rule (floor.counter.work) before anything is written.
        const { citizen, documents, serviceId } = request.body;
        const result = await finish(deps, ctx, request.params.id, 'submitted', (w, done) =>
          openRequestIn(w, deps, {
            serviceId: serviceId ?? done.serviceId,
            boothId: done.boothId,
            ticketId: done.id,
            citizen,
            documents,
          }),
        );
        return reply
          .status(201)
          .send({ ticketId: result.ticketId, number: result.number, request: result.extra });
      },
    );
    app.post(
      '/requests',
      {
        config: { access: 'requests.register' },
        schema: {
          tags,
          summary: 'Register an application directly (without a ticket)',
          body: registerBody,
          response: { 201: openedOut },
        },
      },
      async (request, reply) => {
        const { citizen, documents, serviceId, boothId } = request.body;
        const opened = await registerRequest(deps, contextOf(request), {
          citizen,
          documents,
          serviceId,
          boothId,
        });
        return reply.status(201).send(opened);
      },
    );
    app.get(
      '/requests',
      {
        config: { access: 'requests.list' },
        schema: {
          tags,
          summary: 'Requests in my scope, newest first',
          querystring: listQuery,
          response: { 200: requestListOut },
        },
      },
      async (request) => listRequests(db, personalData, contextOf(request), request.query, floor.now()),
    );
    app.get(
      '/requests/:id',
      {
        config: { access: 'requests.work' },
        schema: {
          tags,
          summary: 'One request: checklist, history, allowed next steps',
          params: idParams,
          response: { 200: requestDetailOut },
        },
      },
      async (request) => requestDetail(db, personalData, contextOf(request), request.params.id, floor.now()),
    );
    app.post(
      '/requests/:id/moves',
      {
        config: { access: 'requests.work' },
        schema: {
          tags,
          summary: 'Move a request to another step',
          params: idParams,
          body: moveBody,
          response: { 200: movedOut },
        },
      },
      async (request) =>
        moveRequest(deps, contextOf(request), request.params.id, request.body.to, request.body.note),
    );
    app.put(
      '/requests/:id/documents/:index',
      {
        config: { access: 'requests.work' },
        schema: {
          tags,
          summary: 'Mark one checklist document received / verified / missing',
          params: documentParams,
          body: documentBody,
          response: { 200: documentSetOut },
        },
      },
      async (request) =>
        setDocument(
          deps,
          contextOf(request),
          request.params.id,
          request.params.index,
          request.body.state,
          request.body.note,
        ),
    );
    app.post(
      '/requests/track',
      {
        config: { access: 'requests.track' },
        schema: {
          tags,
          summary: 'Public tracking: code and the last 4 digits of the NIK or phone (no personal data shown)',
          body: trackBody,
          response: { 200: trackedOut },
        },
      },
      async (request, reply) => {
        if (!limiter.allow(request.ip)) throw new AppError('application.rate_limited');
        const now = floor.now();
        const guess = {
          kind: 'request' as const,
          code: normaliseCode(request.body.code),
          notFound: 'application.not_found' as const,
          locked: 'application.code_locked' as const,
          now,
        };
        return withRetryAfter(
          reply,
          guardedByCode(db, guess, () =>
            trackRequest(db, personalData, request.body.code, request.body.last4, now),
          ),
        );
      },
    );

    // ——— Workflows per service (agency admins) ———
    app.get(
      '/services/:id/workflow',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'The steps of a service’s applications',
          params: serviceParams,
          response: { 200: workflowOut },
        },
      },
      async (request) => ({ steps: await workflowOf(db, request.params.id) }),
    );
    app.put(
      '/services/:id/workflow',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: 'Adapt the steps (received … done → handed over)',
          params: serviceParams,
          body: workflowBody,
          response: { 200: workflowOut },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        const actor = assertMay(ctx, 'catalogue.edit');
        const service = await serviceOwner(db, request.params.id);
        // A service's steps apply at every site offering it: shared data.
        await assertSharedServiceData(db, actor, { id: request.params.id, agencyId: service.agencyId });
        return { steps: await setWorkflow(deps, ctx, request.params.id, request.body.steps) };
      },
    );

    // ——— Holidays (national admins edit; everyone reads) ———
    app.get(
      '/holidays',
      {
        config: { access: 'holidays.read' },
        schema: {
          tags: ['holidays'],
          summary: 'National holidays and collective leave',
          querystring: holidaysQuery,
          response: { 200: z.array(holidayOut) },
        },
      },
      async (request) => listHolidays(db, request.query.year),
    );
    app.post(
      '/holidays',
      {
        config: { access: 'holidays.manage' },
        schema: {
          tags: ['holidays'],
          summary: 'Add a holiday (national admin)',
          body: holidayBody,
          response: { 201: holidayOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await saveHoliday(db, contextOf(request), null, request.body)),
    );
    app.put(
      '/holidays/:id',
      {
        config: { access: 'holidays.manage' },
        schema: {
          tags: ['holidays'],
          summary: 'Change a holiday (national admin)',
          params: idParams,
          body: holidayBody,
          response: { 200: holidayOut },
        },
      },
      async (request) => saveHoliday(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/holidays/:id',
      {
        config: { access: 'holidays.manage' },
        schema: {
          tags: ['holidays'],
          summary: 'Remove a holiday (national admin)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteHoliday(db, contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
