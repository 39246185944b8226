import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import { type Action, accessRules, isAction } from '../auth/policy.rules.ts';
import { roleRefusal } from '../auth/policy.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's row in the access table (shared/auth/policy.rules.ts). Every /api route names one. */
    access?: Action;
    /**
     * The route's write checks the sign-in itself, in its own statement (the floor's counter actions:
     * floor_counter_session.sql), so its actor may come from the process's session cache (session-hooks.ts).
     */
    sessionCheckedInWrite?: boolean;
  }
}

/**
 * Scope as data at the door: every route registered in `app` (the /api plugin) must name its action in
 * `config.access`, or the app refuses to start (at ready, so that whatever already runs is closed as after any
 * failed start). The rule's roles are checked before validation — a caller who may not call the route learns
 * nothing about its input — and the rule is written into the OpenAPI document (`x-access`), so the route table
 * and its rules can be read together (test/scope.routes.test.ts does).
 */
export function registerAccess(app: FastifyInstance): void {
  const without: string[] = [];
  app.addHook('onRoute', (route) => {
    const action = route.config?.access;
    if (!isAction(action)) {
      without.push(`${String(route.method)} ${route.url}`);
      return;
    }
    route.schema = Object.assign({}, route.schema, { 'x-access': { action, ...accessRules[action] } });
    if (accessRules[action].roles === 'anyone') return;
    const checkRole: preValidationHookHandler = (request, _reply, done) => {
      done(roleRefusal(request.actor, action) ?? undefined);
    };
    const existing = route.preValidation;
    route.preValidation = existing === undefined ? [checkRole] : [checkRole, ...[existing].flat()];
  });
  app.addHook('onReady', async () => {
    if (without.length > 0) {
      throw new Error(
        `${without.join(', ')}: no access rule — name its action in config.access ` +
          '(src/shared/auth/policy.rules.ts)',
      );
    }
  });
}
