import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';

export const publicConfigOut = z.object({
  mode: z
    .enum(['site', 'hub'])
    .describe(
      "'site': an MPP's own installation; 'hub': the national view of every site that replicates to it",
    ),
  publicUrl: z
    .string()
    .describe(
      'where citizens reach this installation: every link they receive (slip, receipt) starts with it',
    ),
});

/**
 * What the web app needs to know about the installation before anyone signs in. The public address is
 * ATAP_PUBLIC_URL; unset, the address this request came to (a staff browser on 127.0.0.1 then prints
 * 127.0.0.1 — the reason to set it).
 */
export function publicConfigRoutes(config: Pick<Config, 'publicUrl' | 'mode'>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/config',
      {
        config: { access: 'config.read' },
        schema: {
          tags: ['operations'],
          summary: 'Public settings of this installation (its public address)',
          response: { 200: publicConfigOut },
        },
      },
      async (request) => ({
        mode: config.mode,
        publicUrl: config.publicUrl ?? `${request.protocol}://${request.host}`,
      }),
    );
  };
}
