import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.ts';

// Import/export routes: being written (see transfer.service.ts).
export function transferRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async () => {};
}
