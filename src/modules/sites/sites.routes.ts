import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import {
  boothInput,
  boothPatch,
  closureInput,
  counterInput,
  counterPatch,
  siteDetailOut,
  siteInput,
  sitePatch,
  siteSummaryOut,
  specialPeriodInput,
} from './sites.schemas.ts';
import {
  addClosure,
  addSpecialPeriod,
  createBooth,
  createCounter,
  createSite,
  getSiteDetail,
  listSites,
  updateBooth,
  updateCounter,
  updateSite,
} from './sites.service.ts';

const tags = ['sites'];
const idParams = z.object({ id: z.uuid() });
const idOut = z.object({ id: z.uuid() });

export function siteRoutes({ db, floor, personalData, notify }: AppDeps): FastifyPluginAsyncZod {
  // Bookings a calendar change leaves outside the hours are flagged and their citizens told.
  const notices = { cipher: personalData, channels: notify };
  return async (app) => {
    app.get(
      '/sites',
      {
        config: { access: 'sites.read' },
        schema: { tags, summary: 'List sites', response: { 200: z.array(siteSummaryOut) } },
      },
      async () => listSites(db),
    );

    app.get(
      '/sites/:site',
      {
        config: { access: 'sites.read' },
        schema: {
          tags,
          summary: "A site: address, today's hours and breaks, booths by zone",
          params: z.object({ site: z.string().min(2).max(64).describe('site id or code, e.g. SBY') }),
          response: { 200: siteDetailOut },
        },
      },
      async (request) => getSiteDetail(db, request.params.site),
    );

    app.post(
      '/sites',
      {
        config: { access: 'sites.create' },
        schema: { tags, summary: 'Create a site', body: siteInput, response: { 201: idOut } },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await createSite(db, contextOf(request), request.body) }),
    );

    app.patch(
      '/sites/:id',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Edit a site and its weekly hours',
          params: idParams,
          body: sitePatch,
          response: { 200: idOut },
        },
      },
      async (request) => ({
        id: await updateSite(db, contextOf(request), request.params.id, request.body, floor.now(), notices),
      }),
    );

    app.post(
      '/sites/:id/closures',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Close the site on a date',
          params: idParams,
          body: closureInput,
          response: { 201: idOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          id: await addClosure(db, contextOf(request), request.params.id, request.body, floor.now(), notices),
        }),
    );

    app.post(
      '/sites/:id/special-periods',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Other hours for a period (Ramadan)',
          params: idParams,
          body: specialPeriodInput,
          response: { 201: idOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          id: await addSpecialPeriod(
            db,
            contextOf(request),
            request.params.id,
            request.body,
            floor.now(),
            notices,
          ),
        }),
    );

    app.post(
      '/sites/:id/booths',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Open a booth for an agency',
          params: idParams,
          body: boothInput,
          response: { 201: idOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await createBooth(db, contextOf(request), request.params.id, request.body) }),
    );

    app.patch(
      '/booths/:id',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Edit or deactivate a booth',
          params: idParams,
          body: boothPatch,
          response: { 200: idOut },
        },
      },
      async (request) => ({ id: await updateBooth(db, contextOf(request), request.params.id, request.body) }),
    );

    app.post(
      '/booths/:id/counters',
      {
        config: { access: 'sites.booth-layout' },
        schema: {
          tags,
          summary: 'Add a counter to a booth',
          params: idParams,
          body: counterInput,
          response: { 201: idOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await createCounter(db, contextOf(request), request.params.id, request.body) }),
    );

    app.patch(
      '/counters/:id',
      {
        config: { access: 'sites.booth-layout' },
        schema: {
          tags,
          summary: 'Edit a counter and the services it serves',
          params: idParams,
          body: counterPatch,
          response: { 200: idOut },
        },
      },
      async (request) => ({
        id: await updateCounter(db, contextOf(request), request.params.id, request.body),
      }),
    );
  };
}
