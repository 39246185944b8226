import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventCatalogue } from '../src/shared/events/catalogue.ts';
import { floorEventTypes, requestEventTypes } from '../src/shared/events/event-types.ts';
import { buildTestApp, type TestApp } from './support/app.ts';

/**
 * One HTTP contract (issue 20, item 5): every route the app registers under /api declares, in the OpenAPI
 * document it serves, a response schema for the status it answers with on success; an event stream is declared
 * as `text/event-stream` and names the event types it carries. The test reads the served document, so a new
 * route without a schema fails here without touching this file.
 */

interface Operation {
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

let t: TestApp;
let doc: OpenApi;

before(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  assert.equal(res.statusCode, 200);
  doc = res.json() as OpenApi;
});
after(() => t.close());

function operations() {
  const all: { route: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(item)) {
      if (METHODS.has(method)) all.push({ route: `${method.toUpperCase()} ${path}`, op });
    }
  }
  return all;
}

describe('the HTTP contract', () => {
  it('finds the routes', () => {
    assert.ok(operations().length > 70, `only ${operations().length} routes in the document`);
  });

  it('every route declares a response schema for its success status', () => {
    const missing = operations()
      .filter(({ op }) => {
        const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        // 204 has no body; every other success status carries a schema under some content type.
        return !success.some(
          ([status, r]) =>
            status === '204' || Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
        );
      })
      .map(({ route }) => route);
    // 53 routes had none when this test was written (issue 20).
    assert.deepEqual(missing, [], `${missing.length} routes without a response schema`);
  });

  it('every event stream is documented as text/event-stream with the event types it carries', () => {
    const streams = operations().filter(({ route }) => /\/(events|stream)$/.test(route));
    assert.ok(streams.length >= 4, `only ${streams.length} stream routes`);
    for (const { route, op } of streams) {
      const ok = op.responses?.['200'];
      assert.ok(ok?.content?.['text/event-stream'], `${route} is not documented as text/event-stream`);
      assert.match(ok.description ?? '', /Event types: \w/, `${route} does not list its event types`);
    }
  });

  it('the streams document exactly the event catalogue: the floor streams its types, the monitor its own', () => {
    const documented = new Map(
      operations()
        .filter(({ route }) => /\/(events|stream)$/.test(route))
        .map(({ route, op }) => [
          route,
          /Event types: (.*)$/.exec(op.responses?.['200']?.description ?? '')?.[1],
        ]),
    );
    for (const [route, types] of documented) {
      const expected = route.includes('/monitor/') ? requestEventTypes : floorEventTypes;
      assert.deepEqual(types?.split(', '), [...expected], `${route} documents other event types`);
    }
    for (const { route, op } of operations().filter(({ route }) => documented.has(route))) {
      const schema = op.responses?.['200']?.content?.['text/event-stream']?.schema as {
        'x-events'?: Record<string, { properties?: object }>;
      };
      const expected = route.includes('/monitor/') ? requestEventTypes : floorEventTypes;
      assert.deepEqual(
        Object.keys(schema['x-events'] ?? {}),
        [...expected],
        `${route} lacks payload schemas`,
      );
      for (const [type, payload] of Object.entries(schema['x-events'] ?? {}))
        assert.ok(payload.properties, `${route}: ${type} has no payload properties`);
    }
    const all = new Set([...documented.values()].flatMap((types) => types?.split(', ') ?? []));
    assert.deepEqual([...all].sort(), Object.keys(eventCatalogue).sort());
  });
});
