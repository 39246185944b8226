import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../shared/db/database.ts';
import {
  measuresOut,
  profileOut,
  profileQuery,
  provincesOut,
  provincesQuery,
  rankingOut,
  rankingQuery,
  serviceTypesOut,
  serviceTypesQuery,
  siteParams,
  typeComparisonOut,
  typeComparisonQuery,
  typeParams,
} from './national.schemas.ts';
import {
  measureDefinitions,
  provinces,
  ranking,
  serviceTypes,
  siteProfile,
  typeComparison,
} from './national.service.ts';

const tags = ['national'];

/** The hub's national view API (public: published figures of public services, no personal data). */
export function nationalRoutes(deps: {
  db: Database;
  now?: (() => Date) | undefined;
}): FastifyPluginAsyncZod {
  const { db } = deps;
  const clock = deps.now ?? (() => new Date());
  return async (app) => {
    app.get(
      '/national/measures',
      {
        config: { access: 'national.read' },
        schema: { tags, summary: 'The measures and their definitions', response: { 200: measuresOut } },
      },
      async () => measureDefinitions(),
    );

    app.get(
      '/national/service-types',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: 'National service types present in the period',
          querystring: serviceTypesQuery,
          response: { 200: serviceTypesOut },
        },
      },
      async (request) => serviceTypes(db, request.query, clock()),
    );

    app.get(
      '/national/ranking',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: 'Every site ranked on one measure for a period, within a peer group',
          querystring: rankingQuery,
          response: { 200: rankingOut },
        },
      },
      async (request) => ranking(db, request.query, clock()),
    );

    app.get(
      '/national/sites/:site',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: "A site's profile: all measures, trends, position among peers, sites like it",
          params: siteParams,
          querystring: profileQuery,
          response: { 200: profileOut },
        },
      },
      async (request) => siteProfile(db, request.params.site, request.query, clock()),
    );

    app.get(
      '/national/service-types/:code/comparison',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: 'One national service type compared across the sites offering it',
          params: typeParams,
          querystring: typeComparisonQuery,
          response: { 200: typeComparisonOut },
        },
      },
      async (request) => typeComparison(db, request.params.code, request.query, clock()),
    );

    app.get(
      '/national/provinces',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: 'The measure per province (pooled) with its sites’ median',
          querystring: provincesQuery,
          response: { 200: provincesOut },
        },
      },
      async (request) => provinces(db, request.query, clock()),
    );
  };
}
