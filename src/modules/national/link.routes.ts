import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app.deps.ts';
import { presentLinkState } from './link.presenters.ts';
import { linkStateOut } from './link.schemas.ts';
import { readLinkState } from './link-state.ts';

const tags = ['national'];

/** The installation's link to the national hub, for its managers (one link per installation, not per site). */
export function nationalLinkRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/national/link',
      {
        config: { access: 'national.link.read' },
        schema: {
          tags,
          summary: "This installation's link to the national hub: connected, lag, WAL kept against its bound",
          response: { 200: linkStateOut },
        },
      },
      async () => presentLinkState(await readLinkState(db)),
    );
  };
}
