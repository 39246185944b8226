import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { guardedByCode } from '../../shared/auth/code-guesses.ts';
import { AppError, errorBody, errorCatalogue } from '../../shared/errors.ts';
import { RateLimiter } from '../../shared/http/rate-limit.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { withRetryAfter } from '../../shared/http/retry-after.ts';
import { deviceTokenOf } from '../floor/floor.public.ts';
import { siteDay } from '../sites/sites.public.ts';
import { affectedBookings, affectedContact } from './booking.affected.ts';
import { bookingDesk, heardFull } from './booking.book.ts';
import { availability, bookingContext } from './booking.calendar.ts';
import { bookingStats, getSchedule, setSchedule } from './booking.manage.ts';
import {
  affectedOut,
  availabilityOut,
  bookableServicesOut,
  bookBody,
  bookedOut,
  bookingParams,
  bookingViewOut,
  cancelledOut,
  checkedInOut,
  checkInBody,
  codeBody,
  contactBody,
  contactOut,
  rescheduleBody,
  rescheduledOut,
  scheduleBody,
  scheduleOut,
  scheduleSetOut,
  siteParams,
  siteServiceParams,
  staffMoveBody,
  statsOut,
  statsQuery,
} from './booking.schemas.ts';
import { cancel, reschedule } from './booking.service.ts';
import { cancelAffected, moveAffected } from './booking.staff.ts';
import { bookableServices, bookingView } from './booking.view.ts';
import { checkIn } from './checkin.service.ts';

const tags = ['booking'];
/** The answer thousands hear after the last place went, serialised once. */
const FULL = JSON.stringify(errorBody('booking.full'));
const FULL_STATUS = errorCatalogue['booking.full'].status;
const idempotencyKeyOf = (header: string | string[] | undefined) =>
  typeof header === 'string' && /^[\w-]{8,100}$/.test(header) ? header : null;

export function bookingRoutes({ db, floor, personalData, config, notify }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, personalData, notify, now: floor.now };
  const floorDeps = { db, notifier: floor.notifier, now: floor.now };
  const book = bookingDesk(deps);
  const limiter = new RateLimiter(config.bookingRatePerMinute);
  const limit = (ip: string) => {
    if (!limiter.allow(ip)) throw new AppError('booking.rate_limited');
  };
  /** A check by code and NIK: limited per address, and per code across addresses (auth/code-guesses.ts). */
  const byCode = <T>(reply: FastifyReply, code: string, check: () => Promise<T>) =>
    withRetryAfter(
      reply,
      guardedByCode(
        db,
        {
          kind: 'booking',
          code,
          notFound: 'booking.not_found',
          locked: 'booking.code_locked',
          now: floor.now(),
        },
        check,
      ),
    );
  return async (app) => {
    app.get(
      '/booking/sites/:site/services',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary: 'Services that can be booked online at a site',
          params: siteParams,
          response: { 200: bookableServicesOut },
        },
      },
      async (request) => {
        const day = await siteDay(db, request.params.site, floor.now());
        return bookableServices(db, day.site.id);
      },
    );
    app.get(
      '/booking/sites/:site/services/:service/availability',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary: 'Days of the booking window with the places left per slot',
          params: siteServiceParams,
          response: { 200: availabilityOut },
        },
      },
      async (request) => {
        const ctx = await bookingContext(db, request.params.site, request.params.service, floor.now());
        return {
          site: ctx.day.site,
          service: { id: ctx.settings.serviceId, name: ctx.settings.serviceName },
          windowOpensAt: ctx.settings.windowOpensAt,
          daysAhead: ctx.settings.daysAhead,
          days: await availability(db, ctx),
        };
      },
    );
    app.post(
      '/booking/sites/:site/bookings',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary:
            'Book a slot. Send an Idempotency-Key header so a double tap books once: a repeat gets the same 201 ' +
            'and body with Idempotent-Replayed: true; the same key with another request is refused ' +
            '(409 booking.idempotency_conflict)',
          params: siteParams,
          body: bookBody,
          response: { 201: bookedOut },
        },
        // Before validation: at a window's opening most requests come after the last place, and the cheapest
        // answer is the one the server gives without validating, checking or batching them.
        // The full answer is an error, sent pre-serialized: not the route's 201 body, so the reply is the untyped one.
        preValidation: (request, reply: FastifyReply, done) => {
          try {
            limit(request.ip);
          } catch (error) {
            done(error as Error);
            return;
          }
          const { site } = request.params as { site?: unknown };
          const key = idempotencyKeyOf(request.headers['idempotency-key']);
          if (typeof site === 'string' && heardFull(site, request.body, key)) {
            reply.code(FULL_STATUS).type('application/json; charset=utf-8').send(FULL);
            return;
          }
          done();
        },
      },
      async (request, reply) => {
        const idempotencyKey = idempotencyKeyOf(request.headers['idempotency-key']);
        const { nik, name, phone, serviceId, date, starts, email, language } = request.body;
        const { replayed, ...booked } = await book(
          contextOf(request),
          request.params.site,
          { serviceId, date, starts, nik, name, phone, email: email || null, language },
          idempotencyKey,
        );
        // A repeated key gets the first answer again, the same status and body; the header tells it was a replay.
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(booked);
      },
    );
    app.post(
      '/booking/lookup',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary: 'A booking by its code and NIK (personal data masked)',
          body: codeBody,
          response: { 200: bookingViewOut },
        },
      },
      async (request, reply) => {
        limit(request.ip);
        return byCode(reply, request.body.code, () => bookingView(deps, request.body.code, request.body.nik));
      },
    );
    app.post(
      '/booking/cancel',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary: 'Cancel with the code and the NIK; the place returns at once',
          body: codeBody,
          response: { 200: cancelledOut },
        },
      },
      async (request, reply) => {
        limit(request.ip);
        return byCode(reply, request.body.code, () =>
          cancel(deps, contextOf(request), request.body.code, request.body.nik),
        );
      },
    );
    app.post(
      '/booking/reschedule',
      {
        config: { access: 'booking.citizen' },
        schema: {
          tags,
          summary: 'Move a booking to another slot',
          body: rescheduleBody,
          response: { 200: rescheduledOut },
        },
      },
      async (request, reply) => {
        limit(request.ip);
        const { code, nik, date, starts } = request.body;
        return byCode(reply, code, () => reschedule(deps, contextOf(request), code, nik, { date, starts }));
      },
    );
    app.post(
      '/booking/sites/:site/check-in',
      {
        config: { access: 'floor.issue' },
        schema: {
          tags,
          summary: 'Check in at a paired kiosk: the booking becomes a booked ticket',
          params: siteParams,
          body: checkInBody,
          response: { 201: checkedInOut },
        },
      },
      async (request, reply) => {
        const issued = await checkIn(
          floorDeps,
          contextOf(request),
          request.params.site,
          deviceTokenOf(request.headers),
          request.body.code,
          request.body.priority,
        );
        return reply.status(201).send(issued);
      },
    );
    app.get(
      '/booking/sites/:site/services/:service/schedule',
      {
        config: { access: 'booking.schedule' },
        schema: {
          tags,
          summary: 'The booking settings and weekday schedule of a service at a site (managers)',
          params: siteServiceParams,
          response: { 200: scheduleOut },
        },
      },
      async (request) =>
        getSchedule(db, contextOf(request), request.params.site, request.params.service, floor.now()),
    );
    app.put(
      '/booking/sites/:site/services/:service/schedule',
      {
        config: { access: 'booking.schedule' },
        schema: {
          tags,
          summary:
            'Set the booking schedule of a service at a site (bookings made are kept, flagged if now outside)',
          params: siteServiceParams,
          body: scheduleBody,
          response: { 200: scheduleSetOut },
        },
      },
      async (request) =>
        setSchedule(
          db,
          contextOf(request),
          request.params.site,
          request.params.service,
          request.body,
          floor.now(),
          { cipher: personalData, channels: notify },
        ),
    );
    app.get(
      '/booking/sites/:site/stats',
      {
        config: { access: 'booking.stats.read' },
        schema: {
          tags,
          summary: 'Bookings per service and slot on a day, fill rate and no-show rate',
          params: siteParams,
          querystring: statsQuery,
          response: { 200: statsOut },
        },
      },
      async (request) =>
        bookingStats(db, contextOf(request), request.params.site, request.query.date ?? null, floor.now()),
    );
    app.get(
      '/booking/sites/:site/affected',
      {
        config: { access: 'booking.affected.read' },
        schema: {
          tags,
          summary: 'Coming bookings a closure or schedule change left outside the hours, and their notices',
          params: siteParams,
          response: { 200: affectedOut },
        },
      },
      async (request) => affectedBookings(deps, contextOf(request), request.params.site, floor.now()),
    );
    app.post(
      '/booking/bookings/:id/contact',
      {
        config: { access: 'booking.affected.act' },
        schema: {
          tags,
          summary: "An affected booking's phone and e-mail in full, for staff to reach the citizen (audited)",
          params: bookingParams,
          body: contactBody,
          response: { 200: contactOut },
        },
      },
      async (request) => affectedContact(deps, contextOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/booking/bookings/:id/move',
      {
        config: { access: 'booking.affected.act' },
        schema: {
          tags,
          summary: 'Staff move an affected booking to a time on offer, for its citizen (notified, audited)',
          params: bookingParams,
          body: staffMoveBody,
          response: { 200: rescheduledOut },
        },
      },
      async (request) => {
        const { date, starts, reason } = request.body;
        return moveAffected(deps, contextOf(request), request.params.id, { date, starts }, reason);
      },
    );
    app.post(
      '/booking/bookings/:id/cancel',
      {
        config: { access: 'booking.affected.act' },
        schema: {
          tags,
          summary: 'Staff cancel an affected booking, for its citizen (the place returns; notified, audited)',
          params: bookingParams,
          body: contactBody,
          response: { 200: cancelledOut },
        },
      },
      async (request) => cancelAffected(deps, contextOf(request), request.params.id, request.body.reason),
    );
  };
}
