import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { registerErrorHandling } from './error-handler.ts';

/** The backstops: PostgreSQL refusals that a missing check lets through answer 4xx, never 500. */
describe('error handler', () => {
  it('maps PostgreSQL text and reference refusals to 4xx in the error shape', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/:code', async (request) => {
      const { code } = request.params as { code: string };
      throw Object.assign(new Error('refused by PostgreSQL'), { code });
    });
    await app.ready();
    const answers: Record<string, [number, string]> = {};
    for (const code of ['22021', '22P05', '23503', 'XX000']) {
      const res = await app.inject({ url: `/${code}` });
      answers[code] = [res.statusCode, (res.json() as { error: { code: string } }).error.code];
    }
    await app.close();
    assert.deepEqual(answers, {
      '22021': [400, 'request.invalid'],
      '22P05': [400, 'request.invalid'],
      '23503': [409, 'request.reference_conflict'],
      XX000: [500, 'internal.error'],
    });
  });

  it("answers a plugin's 4xx with the request code of that status", async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/:status', async (request) => {
      const { status } = request.params as { status: string };
      throw Object.assign(new Error('from a plugin'), { statusCode: Number(status) });
    });
    await app.ready();
    const answers: Record<string, [number, string]> = {};
    for (const status of ['400', '413', '416']) {
      const res = await app.inject({ url: `/${status}` });
      answers[status] = [res.statusCode, (res.json() as { error: { code: string } }).error.code];
    }
    await app.close();
    assert.deepEqual(answers, {
      '400': [400, 'request.invalid'],
      '413': [413, 'request.too_large'],
      '416': [416, 'request.range_not_satisfiable'],
    });
  });
});
