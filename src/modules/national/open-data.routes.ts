import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../shared/http/file-response.ts';
import { CSV_TYPE } from '../../shared/http/uploads.ts';
import { sha256 } from './open-data.package.ts';
import { dayParams, daysOut, rangeQuery } from './open-data.schemas.ts';
import {
  dayFile,
  latestPackage,
  listDays,
  MAX_RANGE_DAYS,
  type OpenDataDeps,
  rangeCsv,
} from './open-data.service.ts';

const tags = ['open data'];
const JSON_TYPE = 'application/json; charset=utf-8';

/** A CSV sent as a stream (the range): the OpenAPI document names it like any download. */
const csvStream = {
  200: {
    description: 'The days, one header',
    content: {
      'text/csv': {
        schema: z
          .custom<Readable>((value) => value instanceof Readable)
          .meta({ type: 'string', format: 'binary', description: 'The file' }),
      },
    },
  },
};

/**
 * Caching for slow links: a closed day's files never change, so a cache keeps them a week without asking (not a
 * year: a site that joins the hub later brings its history, old days included); an open day is asked again every
 * time, and answered 304 when the bytes are the same (ETag = their sha256).
 */
function cacheControl(closed: boolean): string {
  return closed ? 'public, max-age=604800, immutable' : 'public, no-cache';
}

function sendBytes(
  request: FastifyRequest,
  reply: FastifyReply,
  file: { bytes: Buffer; type: string; closed: boolean; name?: string },
) {
  const etag = `"${sha256(file.bytes)}"`;
  reply.header('etag', etag).header('cache-control', cacheControl(file.closed));
  const asked = request.headers['if-none-match'];
  if (asked?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return reply.status(304).send();
  }
  if (file.name) reply.header('content-disposition', `attachment; filename="${file.name}"`);
  return reply.header('content-type', file.type).send(file.bytes);
}

export function openDataRoutes(deps: OpenDataDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/national/open-data/days',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: 'The days with open data, and whether each is closed (final)',
          response: { 200: daysOut },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, no-cache');
        return { days: await listDays(deps), maxRangeDays: MAX_RANGE_DAYS };
      },
    );

    app.get(
      '/national/open-data/datapackage.json',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary:
            'The dataset’s datapackage.json (Frictionless): licence, source, every field with its unit, and the latest day’s files',
          produces: ['application/json'],
          response: fileResponse('application/json', 'The Data Package descriptor'),
        },
      },
      async (request, reply) => {
        const files = await latestPackage(deps);
        // The latest day changes as days come: asked again every time whatever the day's own state.
        return sendBytes(request, reply, { bytes: files.datapackage, type: JSON_TYPE, closed: false });
      },
    );

    app.get(
      '/national/open-data/days/:day/:file',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: "A day's file: its CSV, JSON or datapackage.json",
          params: dayParams,
          produces: ['text/csv', 'application/json'],
          response: fileResponse('text/csv', "The day's file (CSV, or JSON for the .json files)"),
        },
      },
      async (request, reply) => {
        const { day, file } = request.params;
        const found = await dayFile(deps, day, file);
        return sendBytes(request, reply, {
          bytes: found.bytes,
          type: found.kind === 'csv' ? CSV_TYPE : JSON_TYPE,
          closed: found.closed,
          ...(found.kind === 'datapackage' ? {} : { name: file }),
        });
      },
    );

    app.get(
      '/national/open-data/range.csv',
      {
        config: { access: 'national.read' },
        schema: {
          tags,
          summary: `Days from..to (at most ${MAX_RANGE_DAYS}) as one CSV, the day files' columns and order`,
          querystring: rangeQuery,
          produces: ['text/csv'],
          response: csvStream,
        },
      },
      async (request, reply) => {
        const { from, to } = request.query;
        const range = await rangeCsv(deps, from, to);
        // Streamed a day at a time: no ETag (the hash is known only at the end); the day files carry theirs.
        return reply
          .header('content-type', CSV_TYPE)
          .header('content-disposition', `attachment; filename="atap-layanan-harian-${from}_${to}.csv"`)
          .header('cache-control', range.closed ? 'public, max-age=604800' : 'public, no-cache')
          .send(Readable.from(range.chunks()));
      },
    );
  };
}
