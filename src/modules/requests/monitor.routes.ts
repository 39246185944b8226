import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { assertMayAt } from '../../shared/auth/policy.ts';
import { isRequestEvent, requestEventTypes } from '../../shared/events/event-types.ts';
import { fileResponse } from '../../shared/http/file-response.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { eventStreamResponse, streamFloor } from '../../shared/http/sse.ts';
import { forgetSiteCalendars, siteDay } from '../sites/sites.public.ts';
import {
  attentionList,
  monitorScope,
  monitorTrend,
  monitorWorkbook,
  setAtRiskShare,
  siteMonitor,
} from './monitor.service.ts';
import {
  attentionOut,
  attentionQuery,
  monitorOut,
  periodQuery,
  settingsBody,
  settingsOut,
  siteParams,
} from './requests.schemas.ts';

const tags = ['monitor'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function monitorRoutes({ db, floor }: AppDeps): FastifyPluginAsyncZod {
  const site = async (code: string) => (await siteDay(db, code, floor.now())).site;
  return async (app) => {
    app.get(
      '/monitor/sites/:site',
      {
        config: { access: 'monitor.read' },
        schema: {
          tags,
          summary: 'Done and completed: per agency and booth, for requests opened in the period',
          params: siteParams,
          querystring: periodQuery,
          response: { 200: monitorOut },
        },
      },
      async (request) => {
        const s = await site(request.params.site);
        const scope = monitorScope(contextOf(request), s.id);
        const { from, to } = request.query;
        const [monitor, trend] = await Promise.all([
          siteMonitor(db, scope, from, to, floor.now()),
          monitorTrend(db, scope, from, to),
        ]);
        return { site: s, ...monitor, trend };
      },
    );
    app.get(
      '/monitor/sites/:site/attention',
      {
        config: { access: 'monitor.read' },
        schema: {
          tags,
          summary: 'Open requests at risk or late (or only late), most overdue first',
          params: siteParams,
          querystring: attentionQuery,
          response: { 200: attentionOut },
        },
      },
      async (request) => {
        const s = await site(request.params.site);
        const scope = monitorScope(contextOf(request), s.id);
        const q = request.query;
        return attentionList(
          db,
          scope,
          { which: q.which, from: q.from, to: q.to, agencyId: q.agency, boothId: q.booth, limit: q.limit },
          floor.now(),
        );
      },
    );
    app.get(
      '/monitor/sites/:site/export.xlsx',
      {
        config: { access: 'monitor.read' },
        schema: {
          tags,
          summary: 'The monitor as a workbook (summary and late list)',
          params: siteParams,
          querystring: periodQuery,
          response: fileResponse(XLSX_TYPE, 'The monitor workbook'),
        },
      },
      async (request, reply) => {
        const s = await site(request.params.site);
        const scope = monitorScope(contextOf(request), s.id);
        const { from, to } = request.query;
        const body = await monitorWorkbook(db, scope, from, to, floor.now());
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename="monitor-${s.code}-${from}-${to}.xlsx"`)
          .send(body);
      },
    );
    app.get(
      '/monitor/sites/:site/stream',
      {
        config: { access: 'monitor.read' },
        schema: {
          tags,
          summary: 'Server-Sent Events of request changes at the site (for the live page)',
          params: siteParams,
          response: eventStreamResponse(requestEventTypes),
        },
      },
      async (request, reply) => {
        const s = await site(request.params.site);
        const scope = monitorScope(contextOf(request), s.id);
        await streamFloor(
          floor.hub,
          request,
          reply,
          s.id,
          `requests:${scope.agencyId ?? '*'}`,
          (event) =>
            isRequestEvent(event.type) &&
            (scope.agencyId === null || event.payload.agencyId === scope.agencyId),
        );
      },
    );
    app.put(
      '/monitor/sites/:site/settings',
      {
        config: { access: 'sites.configure' },
        schema: {
          tags,
          summary: 'Share of the working time after which a request is at risk (applies to new deadlines)',
          params: siteParams,
          body: settingsBody,
          response: { 200: settingsOut },
        },
      },
      async (request) => {
        const ctx = contextOf(request);
        const s = await site(request.params.site);
        assertMayAt(ctx, 'sites.configure', { siteId: s.id });
        await setAtRiskShare(db, ctx, s.id, request.body.atRiskShare);
        forgetSiteCalendars();
        return { atRiskShare: request.body.atRiskShare };
      },
    );
  };
}
