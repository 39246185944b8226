import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { assertMay, reachFor, siteListOf } from '../../shared/auth/policy.ts';
import { AppError } from '../../shared/errors.ts';
import { floorEventTypes, isFloorEvent } from '../../shared/events/event-types.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { eventStreamResponse, streamFloor } from '../../shared/http/sse.ts';
import { SingleFlight } from '../../shared/single-flight.ts';
import { localDateTime, siteDay, siteScheduleOn } from '../sites/sites.public.ts';
import { boothAttendance } from './attendance.rules.ts';
import {
  callNext,
  callSpecific,
  closeCounter,
  finish,
  markNoShow,
  openCounter,
  pauseCounter,
  recall,
  resumeCounter,
  returnNoShow,
  staffedCounter,
  startServing,
  transfer,
} from './counter.service.ts';
import { deviceRoutes } from './devices.routes.ts';
import { deviceTokenOf } from './devices.rules.ts';
import { deviceByToken } from './devices.service.ts';
import {
  boardView,
  consoleView,
  sessionsView,
  siteLiveView,
  staffCounters,
  trackingView,
} from './floor.queries.ts';
import {
  afterQuery,
  boardOut,
  callOut,
  callSpecificBody,
  consoleOut,
  counterParams,
  countersOut,
  finishBody,
  finishedOut,
  issueBody,
  issuedOut,
  kioskMenuOut,
  liveOut,
  okOut,
  pauseBody,
  returnBody,
  sessionOut,
  sessionsOut,
  sessionsQuery,
  siteParams,
  streamQuery,
  ticketOut,
  trackingOut,
  trackingParams,
  transferBody,
  transferredOut,
} from './floor.schemas.ts';
import { issuer, kioskMenu } from './kiosk.service.ts';
import { issueVisit } from './tickets.service.ts';

const tags = ['floor'];

export function floorRoutes(appDeps: AppDeps): FastifyPluginAsyncZod {
  const { db, floor } = appDeps;
  const deps = { db, notifier: floor.notifier, now: floor.now };
  // The polled views: clients asking for the same view at the same moment share one read (single-flight.ts). The
  // clock is read when the read starts, after every caller that shares it has asked.
  const reads = new SingleFlight();
  const board = (site: string, zone: string | null) =>
    reads.run(`board:${site}:${zone ?? ''}`, () => boardView(db, site, floor.now(), zone));
  const live = (site: string) => reads.run(`live:${site}`, () => siteLiveView(db, site, floor.now()));
  const tracking = (code: string) => reads.run(`track:${code}`, () => trackingView(db, code, floor.now()));
  const counterConsole = (counter: { id: string; siteId: string }) =>
    reads.run(`console:${counter.id}`, () => consoleView(db, counter, floor.now()));
  return async (app) => {
    // ——— Public: kiosk menu, display board, live site status, tracking ———
    app.get(
      '/floor/sites/:site/kiosk',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary: 'What a kiosk offers: booths, services, remaining quota, opening state',
          params: siteParams,
          response: { 200: kioskMenuOut },
        },
      },
      async (request) => kioskMenu(db, request.params.site, floor.now()),
    );
    app.get(
      '/floor/sites/:site/board',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary: 'Display board: recent calls and waiting per booth',
          params: siteParams,
          querystring: streamQuery,
          response: { 200: boardOut },
        },
      },
      async (request) => {
        // The board is public; a paired display sends its token so the manager sees it alive (last seen), and
        // learns at once when it was unpaired (it then forgets the token and goes on as an unpaired screen).
        const token = deviceTokenOf(request.headers);
        const view = await board(request.params.site, request.query.zone ?? null);
        if (token) {
          const display = await deviceByToken(db, token, 'display', floor.now());
          if (display?.siteId !== view.floor.siteId) throw new AppError('floor.device_revoked');
        }
        return view;
      },
    );
    app.get(
      '/floor/sites/:site/live',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary: "Live waiting times per booth and today's remaining quota per service",
          params: siteParams,
          response: { 200: liveOut },
        },
      },
      async (request) => live(request.params.site),
    );
    app.get(
      '/floor/sites/:site/stream',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary:
            'Server-Sent Events of the floor (resume with Last-Event-ID); optionally one zone or booth',
          params: siteParams,
          querystring: streamQuery,
          response: eventStreamResponse(floorEventTypes),
        },
      },
      async (request, reply) => {
        const day = await siteDay(db, request.params.site, floor.now());
        const { zone, booth } = request.query;
        await streamFloor(
          floor.hub,
          request,
          reply,
          day.site.id,
          `site:${zone ?? '*'}:${booth ?? '*'}`,
          (event) => {
            // Application files are not the floor's business (and not public): their stream is the monitor's.
            if (!isFloorEvent(event.type)) return false;
            if (booth && event.boothId !== booth) return false;
            if (zone !== undefined && event.payload.zone !== undefined && event.payload.zone !== zone)
              return false;
            return true;
          },
          request.query.after ?? null,
        );
      },
    );
    app.get(
      '/floor/track/:code',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary: "A visit's itinerary, position and estimated wait (no personal data)",
          params: trackingParams,
          response: { 200: trackingOut },
        },
      },
      async (request) => {
        const view = await tracking(request.params.code);
        const { boothIds: _boothIds, ...rest } = view;
        return rest;
      },
    );
    app.get(
      '/floor/track/:code/stream',
      {
        config: { access: 'floor.public' },
        schema: {
          tags,
          summary: "Server-Sent Events for one visit's booths",
          params: trackingParams,
          querystring: afterQuery,
          response: eventStreamResponse(floorEventTypes),
        },
      },
      async (request, reply) => {
        const view = await tracking(request.params.code);
        const booths = new Set(view.boothIds);
        await streamFloor(
          floor.hub,
          request,
          reply,
          view.floor.siteId,
          `track:${request.params.code}`,
          (event) => {
            if (!isFloorEvent(event.type)) return false;
            // A transfer can move one of this visit's tickets to another booth: follow it there.
            if (
              event.type === 'ticket.transferred' &&
              booths.has(String(event.payload.fromBoothId)) &&
              event.boothId
            ) {
              booths.add(event.boothId);
            }
            return event.boothId !== null && booths.has(event.boothId);
          },
          request.query.after ?? null,
        );
      },
    );

    // ——— Kiosk: issue a visit ———
    app.post(
      '/floor/sites/:site/visits',
      {
        config: { access: 'floor.issue' },
        schema: {
          tags,
          summary:
            'Issue a visit (one ticket per service, in itinerary order) from a paired kiosk or a staff session',
          params: siteParams,
          body: issueBody,
          response: { 201: issuedOut },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const who = await issuer(db, ctx, request.params.site, deviceTokenOf(request.headers));
        const visit = await issueVisit(deps, ctx, who.siteId, { ...request.body, kioskId: who.kioskId });
        return reply.status(201).send(visit);
      },
    );
    // ——— Paired devices: pair, list, rename, revoke, unpair at the device ———
    await app.register(deviceRoutes(appDeps));

    // ——— Counter console ———
    app.get(
      '/floor/counters',
      {
        config: { access: 'floor.counters.list' },
        schema: {
          tags,
          summary: 'Counters the signed-in staff member may open',
          response: { 200: countersOut },
        },
      },
      async (request) => {
        return staffCounters(db, reachFor(contextOf(request), 'floor.counters.list'));
      },
    );
    app.get(
      '/floor/counters/:id/console',
      {
        config: { access: 'floor.counter.work' },
        schema: {
          tags,
          summary: 'The console of a counter: current ticket, waiting list, counts',
          params: counterParams,
          response: { 200: consoleOut },
        },
      },
      async (request) => {
        // Authorised per request; only the view, the same for everyone who may see this counter, is shared.
        const { counter } = await staffedCounter(db, contextOf(request), request.params.id);
        return counterConsole({ id: request.params.id, siteId: counter.siteId });
      },
    );
    app.get(
      '/floor/counters/:id/stream',
      {
        config: { access: 'floor.counter.work' },
        schema: {
          tags,
          summary: "Server-Sent Events of this counter's booth",
          params: counterParams,
          querystring: afterQuery,
          response: eventStreamResponse(floorEventTypes),
        },
      },
      async (request, reply) => {
        const { counter } = await staffedCounter(db, contextOf(request), request.params.id);
        await streamFloor(
          floor.hub,
          request,
          reply,
          counter.siteId,
          `counter-booth:${counter.boothId}`,
          (event) =>
            isFloorEvent(event.type) &&
            (event.boothId === counter.boothId || event.payload.fromBoothId === counter.boothId),
          request.query.after ?? null,
        );
      },
    );

    // One counter action: its schema (params, body, the 200 it answers with), typed through to the handler. The
    // actions of the working day check the officer's sign-in in their own statement (floor_counter_session.sql),
    // so they take it from the session cache; opening and closing the counter read it afresh.
    const config = { access: 'floor.counter.work', sessionCheckedInWrite: true } as const;
    const action = <O extends z.ZodType>(summary: string, response: O) => ({
      config,
      schema: { tags, summary, params: counterParams, response: { 200: response } },
    });
    const actionWith = <O extends z.ZodType, B extends z.ZodType>(summary: string, response: O, body: B) => ({
      config,
      schema: { tags, summary, params: counterParams, body, response: { 200: response } },
    });
    const session = <O extends z.ZodType>(summary: string, response: O) => ({
      config: { access: 'floor.counter.work' } as const,
      schema: { tags, summary, params: counterParams, response: { 200: response } },
    });
    app.post(
      '/floor/counters/:id/open',
      session('Sign in to this counter (one officer per counter)', sessionOut),
      async (request) => openCounter(deps, contextOf(request), request.params.id),
    );
    app.post('/floor/counters/:id/close', session('Sign out of this counter', okOut), async (request) =>
      closeCounter(deps, contextOf(request), request.params.id),
    );
    app.post('/floor/counters/:id/pause', actionWith('Take a break', okOut, pauseBody), async (request) =>
      pauseCounter(deps, contextOf(request), request.params.id, request.body.reason),
    );
    app.post('/floor/counters/:id/resume', action('Back from a break', okOut), async (request) =>
      resumeCounter(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/floor/counters/:id/call-next',
      action('Call the next ticket by the ordering rule', callOut),
      async (request) => callNext(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/floor/counters/:id/call',
      actionWith('Call a specific waiting ticket (reason audited)', callOut, callSpecificBody),
      async (request) =>
        callSpecific(deps, contextOf(request), request.params.id, request.body.ticketId, request.body.reason),
    );
    app.post(
      '/floor/counters/:id/recall',
      action('Announce the current ticket again', callOut),
      async (request) => recall(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/floor/counters/:id/serve',
      action('Start serving the called ticket', ticketOut),
      async (request) => startServing(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/floor/counters/:id/finish',
      actionWith('Finish the current ticket with an outcome', finishedOut, finishBody),
      async (request) => finish(deps, contextOf(request), request.params.id, request.body.outcome),
    );
    app.post(
      '/floor/counters/:id/no-show',
      action('Mark the called ticket a no-show (after recalls)', ticketOut),
      async (request) => markNoShow(deps, contextOf(request), request.params.id),
    );
    app.post(
      '/floor/counters/:id/return',
      actionWith('A no-show came back within the window', ticketOut, returnBody),
      async (request) => returnNoShow(deps, contextOf(request), request.params.id, request.body.ticketId),
    );
    app.post(
      '/floor/counters/:id/transfer',
      actionWith('Transfer the current ticket to another service or booth', transferredOut, transferBody),
      async (request) =>
        transfer(
          deps,
          contextOf(request),
          request.params.id,
          { serviceId: request.body.serviceId, boothId: request.body.boothId },
          request.body.reason,
        ),
    );

    // ——— Manager: counter sessions ———
    app.get(
      '/floor/sites/:site/sessions',
      {
        config: { access: 'floor.sessions.read' },
        schema: {
          tags,
          summary: 'Who staffed which counter on a day, with breaks',
          params: siteParams,
          querystring: sessionsQuery,
          response: { 200: sessionsOut },
        },
      },
      async (request) => {
        assertMay(contextOf(request), 'floor.sessions.read');
        const day = await siteDay(db, request.params.site, floor.now());
        siteListOf(contextOf(request), 'floor.sessions.read', day.site.id);
        const date = request.query.date ?? day.date;
        if (date > day.date) throw new AppError('request.invalid');
        const [counters, schedule] = await Promise.all([
          sessionsView(db, day.site.id, date),
          siteScheduleOn(db, day.site.id, date),
        ]);
        const local = (iso: string | null) =>
          iso === null ? null : localDateTime(new Date(iso), day.site.timezone).time;
        const names = new Map(counters.map((c) => [c.boothId, c.boothName]));
        const booths = boothAttendance(
          counters.map((c) => ({ boothId: c.boothId, startedAt: local(c.startedAt) })),
          schedule.open ? schedule.opens : null,
        ).map((b) => ({ ...b, boothName: names.get(b.boothId) ?? '' }));
        return {
          site: day.site,
          date,
          schedule: {
            open: schedule.open,
            opens: schedule.opens,
            closes: schedule.closes,
            note: schedule.note,
          },
          booths,
          counters,
        };
      },
    );
  };
}
