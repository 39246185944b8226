import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { presentAgencyBooths, presentServiceDetail, presentServiceType } from './catalogue.presenters.ts';
import {
  agencyBoothOut,
  agencyDetailOut,
  agencyInput,
  agencyListQuery,
  agencyOut,
  agencyPatch,
  categoriesOut,
  idParams,
  serviceCreateInput,
  serviceDetailOut,
  serviceListOut,
  serviceListQuery,
  servicePatch,
  serviceTypeOut,
  standardChangeInput,
  standardSetOut,
  standardVersionOut,
  versionListOut,
} from './catalogue.schemas.ts';
import {
  changeStandard,
  createAgency,
  createService,
  getAgency,
  getServiceDetail,
  getStandardVersion,
  listAgencies,
  listAgencyBooths,
  listCategories,
  listStandardVersions,
  serviceListJson,
  setSearchCacheSize,
  updateAgency,
  updateService,
} from './catalogue.service.ts';
import { serviceTypes } from './service-types.data.ts';

const tags = ['catalogue'];
const idOut = z.object({ id: z.uuid() });

export function catalogueRoutes({ db, config, now }: AppDeps): FastifyPluginAsyncZod {
  // The app's clock: a new version's effective date is today as the service's sites count days.
  const clock = now ?? (() => new Date());
  setSearchCacheSize(config.searchCacheSize);
  return async (app) => {
    app.get(
      '/agencies',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'List agencies',
          querystring: agencyListQuery,
          response: { 200: z.array(agencyOut) },
        },
      },
      async (request) =>
        listAgencies(db, {
          siteId: request.query.siteId,
          includeInactive: request.query.includeInactive === 'true',
        }),
    );

    app.get(
      '/agencies/:id',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'One agency',
          params: idParams,
          response: { 200: agencyDetailOut },
        },
      },
      async (request) => {
        const agency = await getAgency(db, request.params.id);
        return { ...agency, type: agency.type as z.infer<typeof agencyOut>['type'] };
      },
    );

    app.get(
      '/agencies/:id/booths',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: "An agency's booths at every site (its public page)",
          params: idParams,
          response: { 200: z.array(agencyBoothOut) },
        },
      },
      async (request) => presentAgencyBooths(await listAgencyBooths(db, request.params.id)),
    );

    app.post(
      '/agencies',
      {
        config: { access: 'catalogue.agency.create' },
        schema: { tags, summary: 'Create an agency', body: agencyInput, response: { 201: idOut } },
      },
      async (request, reply) => {
        const agency = await createAgency(db, contextOf(request), request.body);
        return reply.status(201).send({ id: agency.id });
      },
    );

    app.patch(
      '/agencies/:id',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: 'Edit or deactivate an agency',
          params: idParams,
          body: agencyPatch,
          response: { 200: idOut },
        },
      },
      async (request) => {
        const agency = await updateAgency(db, contextOf(request), request.params.id, request.body);
        return { id: agency.id };
      },
    );

    app.get(
      '/categories',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'Service categories with counts',
          querystring: z.object({ siteId: z.uuid().optional() }),
          response: { 200: categoriesOut },
        },
      },
      async (request) => listCategories(db, request.query.siteId),
    );

    app.get(
      '/service-types',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'The national reference list of service types (what a local service maps to)',
          response: { 200: z.array(serviceTypeOut) },
        },
      },
      async () => serviceTypes.flatMap((t) => presentServiceType(t.code) ?? []),
    );

    app.get(
      '/services',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'List or search services (typo-tolerant, Indonesian)',
          querystring: serviceListQuery,
          response: { 200: serviceListOut },
        },
      },
      // Already JSON (cached per catalogue revision, built by the same presenter): sent as is.
      async (request, reply) =>
        // The schema still documents the shape (OpenAPI); the string skips re-serialisation.
        reply
          .type('application/json; charset=utf-8')
          .send((await serviceListJson(db, request.query)) as unknown as z.infer<typeof serviceListOut>),
    );

    app.get(
      '/services/:id',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'A service with its current standard',
          params: idParams,
          response: { 200: serviceDetailOut },
        },
      },
      async (request) => presentServiceDetail(await getServiceDetail(db, request.params.id)),
    );

    app.post(
      '/services',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: 'Create a service with its standard',
          body: serviceCreateInput,
          response: { 201: idOut },
        },
      },
      async (request, reply) => {
        const id = await createService(db, contextOf(request), request.body, clock());
        return reply.status(201).send({ id });
      },
    );

    app.patch(
      '/services/:id',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: 'Edit or deactivate a service',
          params: idParams,
          body: servicePatch,
          response: { 200: idOut },
        },
      },
      async (request) => ({
        id: await updateService(db, contextOf(request), request.params.id, request.body),
      }),
    );

    app.put(
      '/services/:id/standard',
      {
        config: { access: 'catalogue.edit' },
        schema: {
          tags,
          summary: 'Change the service standard (creates a new version)',
          params: idParams,
          body: standardChangeInput,
          response: { 200: standardSetOut },
        },
      },
      async (request) => ({
        version: await changeStandard(db, contextOf(request), request.params.id, request.body, clock()),
      }),
    );

    app.get(
      '/services/:id/versions',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'History of the standard',
          params: idParams,
          response: { 200: versionListOut },
        },
      },
      async (request) => listStandardVersions(db, request.params.id),
    );

    app.get(
      '/services/:id/versions/:version',
      {
        config: { access: 'catalogue.read' },
        schema: {
          tags,
          summary: 'One version of the standard',
          params: z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(100000) }),
          response: { 200: standardVersionOut },
        },
      },
      async (request) => getStandardVersion(db, request.params.id, request.params.version),
    );
  };
}
