import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { AppError } from '../../shared/errors.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { readUpload, sendFile, XLSX_TYPE } from '../../shared/http/uploads.ts';
import { importInstrument } from './instrument.import.ts';
import { instrumentWorkbook } from './instrument.sheets.ts';
import {
  createBody,
  importOut,
  instrumentListOut,
  instrumentOut,
  instrumentParams,
  versionBody,
  versionParams,
} from './instruments.schemas.ts';
import { addVersion, createInstrument, instrumentList, instrumentVersion } from './instruments.service.ts';

const tags = ['evaluation'];
const JSON_TYPE = 'application/json; charset=utf-8';

/** Instruments as versioned data: list, read a version, create, edit (a new version), import and export. */
export function instrumentRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/evaluation/instruments',
      {
        config: { access: 'evaluation.instruments.read' },
        schema: {
          tags,
          summary: 'Instruments with their latest version',
          response: { 200: instrumentListOut },
        },
      },
      async () => instrumentList(db),
    );
    app.get(
      '/evaluation/instruments/:instrument',
      {
        config: { access: 'evaluation.instruments.read' },
        schema: {
          tags,
          summary: 'An instrument at its latest version, with its version history',
          params: instrumentParams,
          response: { 200: instrumentOut },
        },
      },
      async (request) => instrumentVersion(db, request.params.instrument),
    );
    app.get(
      '/evaluation/instruments/:instrument/versions/:version',
      {
        config: { access: 'evaluation.instruments.read' },
        schema: {
          tags,
          summary: 'One version of an instrument (as an assessment that used it sees it)',
          params: versionParams,
          response: { 200: instrumentOut },
        },
      },
      async (request) => instrumentVersion(db, request.params.instrument, request.params.version),
    );
    app.post(
      '/evaluation/instruments',
      {
        config: { access: 'evaluation.instruments.manage' },
        schema: {
          tags,
          summary: 'Create an instrument (its version 1)',
          description:
            'An invalid definition → 422 evaluation.instrument_invalid naming each problem by its field ' +
            '(e.g. definition.aspects when the aspects’ weights do not sum to exactly 1); a code taken → 409.',
          body: createBody,
          response: { 201: instrumentOut },
        },
      },
      async (request, reply) => {
        const created = await createInstrument(db, contextOf(request), request.body);
        return reply.code(201).send(created);
      },
    );
    app.post(
      '/evaluation/instruments/:instrument/versions',
      {
        config: { access: 'evaluation.instruments.manage' },
        schema: {
          tags,
          summary:
            'Edit an instrument: save a new version (earlier versions and their assessments unchanged)',
          description:
            '`basedOn` is the version the edit started from: another version saved meanwhile → 409 ' +
            'evaluation.instrument_changed. An invalid definition → 422 evaluation.instrument_invalid.',
          params: instrumentParams,
          body: versionBody,
          response: { 201: instrumentOut },
        },
      },
      async (request, reply) => {
        const saved = await addVersion(db, contextOf(request), request.params.instrument, request.body);
        return reply.code(201).send(saved);
      },
    );
    app.get(
      '/evaluation/instruments/:instrument/versions/:version/definition.json',
      {
        config: { access: 'evaluation.instruments.read' },
        schema: {
          tags,
          summary: 'Export a version’s definition as JSON (importable here or elsewhere)',
          params: versionParams,
          produces: ['application/json'],
          response: fileResponse('application/json', 'The definition'),
        },
      },
      async (request, reply) => {
        const v = await instrumentVersion(db, request.params.instrument, request.params.version);
        const body = Buffer.from(`${JSON.stringify(v.definition, null, 2)}\n`);
        return sendFile(reply, `instrumen-${v.code}-v${v.version.version}.json`, JSON_TYPE, body);
      },
    );
    app.get(
      '/evaluation/instruments/:instrument/versions/:version/definition.xlsx',
      {
        config: { access: 'evaluation.instruments.read' },
        schema: {
          tags,
          summary:
            'Export a version as a workbook: instructions, the instrument, aspects, indicators with levels, bands',
          params: versionParams,
          produces: [XLSX_TYPE],
          response: fileResponse(XLSX_TYPE, 'The workbook'),
        },
      },
      async (request, reply) => {
        const v = await instrumentVersion(db, request.params.instrument, request.params.version);
        return sendFile(
          reply,
          `instrumen-${v.code}-v${v.version.version}.xlsx`,
          XLSX_TYPE,
          await instrumentWorkbook(v.definition),
        );
      },
    );
    app.post(
      '/evaluation/instruments/import',
      {
        config: { access: 'evaluation.instruments.manage' },
        schema: {
          tags,
          summary: 'Import an instrument from JSON or XLSX: a new version of `code`, or a new instrument',
          description:
            'multipart/form-data with `file` (a definition as JSON, or the XLSX of the export), `code`, and for a ' +
            'new instrument `kind` (evaluation, compliance, inspection, custom). All or nothing: each bad cell → 422 ' +
            'import.rows_invalid naming its sheet, row and column; a bad JSON definition → 422 ' +
            'evaluation.instrument_invalid naming its fields.',
          consumes: ['multipart/form-data'],
          response: { 200: importOut },
        },
      },
      async (request) => {
        const { file, fields } = await readUpload(request);
        if (!fields.code)
          throw new AppError('request.invalid', [
            {
              field: 'code',
              message: { id: 'Kode instrumen wajib diisi.', en: 'The instrument code is required.' },
            },
          ]);
        return importInstrument(db, contextOf(request), file, fields);
      },
    );
  };
}
