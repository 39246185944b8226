import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app.deps.ts';
import { deleteSession, SESSION_COOKIE } from '../../shared/auth/sessions.ts';
import { AppError } from '../../shared/errors.ts';
import { contextOf } from '../../shared/http/request-context.ts';
import { withRetryAfter } from '../../shared/http/retry-after.ts';
import { servedOverHttps } from '../../shared/http/security-headers.ts';
import { changeOwnPassword, resetPassword, setUserActive } from './accounts.manage.ts';
import {
  codeLockInput,
  loginInput,
  passwordChangeInput,
  passwordResetInput,
  sessionOut,
  userInput,
  userOut,
  userParams,
} from './accounts.schemas.ts';
import { createUser, listUsers, login } from './accounts.service.ts';
import { clearCodeLock } from './code-locks.ts';
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_DAYS,
  DEVICE_COOKIE_PATH,
  deviceCookieFor,
  deviceOf,
} from './device-cookie.ts';

const tags = ['accounts'];

export function accountsRoutes({ db, config, personalData }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { access: 'auth.sign-in' },
        schema: {
          tags,
          summary: 'Sign in (sets an HttpOnly session cookie)',
          body: loginInput,
          response: { 200: sessionOut },
        },
      },
      async (request, reply) => {
        const device = deviceOf(personalData, request.cookies[DEVICE_COOKIE], request.body.username);
        const { actor, session } = await withRetryAfter(
          reply,
          login(db, request.body, request.ip, device, config.sessionHours),
        );
        const secure = servedOverHttps(request, config.cookieSecure);
        reply.setCookie(SESSION_COOKIE, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure,
          expires: session.expiresAt,
        });
        // This browser now counts as the user's own device for sign-in throttling (login.rules.ts).
        reply.setCookie(DEVICE_COOKIE, deviceCookieFor(personalData, actor.username, device), {
          path: DEVICE_COOKIE_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure,
          maxAge: DEVICE_COOKIE_DAYS * 86_400,
        });
        return {
          user: { id: actor.userId, ...actor, active: true },
          csrfToken: session.csrfToken,
        };
      },
    );

    app.post(
      '/auth/logout',
      {
        config: { access: 'auth.sign-out' },
        schema: { tags, summary: 'Sign out', response: { 204: z.null() } },
      },
      async (request, reply) => {
        if (request.sessionToken) await deleteSession(db, request.sessionToken);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        config: { access: 'auth.self' },
        schema: {
          tags,
          summary: 'The signed-in user and the CSRF token for writes',
          response: { 200: sessionOut },
        },
      },
      async (request) => {
        const actor = request.actor;
        if (!actor || !request.csrfToken) throw new AppError('auth.required');
        return { user: { id: actor.userId, ...actor, active: true }, csrfToken: request.csrfToken };
      },
    );

    app.get(
      '/users',
      {
        config: { access: 'users.read' },
        schema: { tags, summary: 'Users within your scope', response: { 200: z.array(userOut) } },
      },
      async (request) => listUsers(db, contextOf(request)),
    );

    app.post(
      '/users',
      {
        config: { access: 'users.grant' },
        schema: {
          tags,
          summary: 'Create a user with a role and scope',
          body: userInput,
          response: { 201: z.object({ id: z.uuid() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await createUser(db, contextOf(request), request.body) }),
    );

    app.post(
      '/auth/password',
      {
        config: { access: 'auth.self' },
        schema: {
          tags,
          summary: 'Change your own password (ends your other sessions; this one stays signed in)',
          body: passwordChangeInput,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await withRetryAfter(
          reply,
          changeOwnPassword(
            db,
            contextOf(request),
            request.sessionToken,
            request.body,
            deviceOf(personalData, request.cookies[DEVICE_COOKIE], request.actor?.username ?? ''),
          ),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/users/:id/password',
      {
        config: { access: 'users.manage' },
        schema: {
          tags,
          summary: "Reset another user's password (ends all their sessions)",
          params: userParams,
          body: passwordResetInput,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await resetPassword(db, contextOf(request), request.params.id, request.body.newPassword);
        return reply.status(204).send(null);
      },
    );

    for (const [action, active] of [
      ['disable', false],
      ['enable', true],
    ] as const) {
      app.post(
        `/users/:id/${action}`,
        {
          config: { access: 'users.manage' },
          schema: {
            tags,
            summary: active
              ? 'Enable a disabled user'
              : 'Disable a user: they cannot sign in and their sessions end at once',
            params: userParams,
            response: { 200: userOut },
          },
        },
        async (request) => setUserActive(db, contextOf(request), request.params.id, active),
      );
    }

    app.post(
      '/code-locks/clear',
      {
        config: { access: 'code-locks.clear' },
        schema: {
          tags,
          summary:
            'Lift the lock on a file or booking code after too many wrong answers (staff in scope; audited)',
          body: codeLockInput,
          response: { 200: z.object({ cleared: z.number().int() }) },
        },
      },
      async (request) => clearCodeLock(db, contextOf(request), request.body.kind, request.body.code),
    );
  };
}
