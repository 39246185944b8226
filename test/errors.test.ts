import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, type TestApp } from './support/app.ts';

/** Bad input gets a clear 4xx in one shape, in Indonesian and English, and writes nothing. */
describe('bad input', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    headers = await login(t.app, 'admin', 'atap-admin-2026');
  });

  const expectError = (res: { statusCode: number; json: () => unknown }, status: number, code: string) => {
    assert.equal(res.statusCode, status);
    const body = res.json() as { error: { code: string; message: { id: string; en: string } } };
    assert.equal(body.error.code, code);
    assert.ok(body.error.message.id.length > 0 && body.error.message.en.length > 0);
    return body;
  };

  it('malformed JSON → 400 request.malformed_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"code": "X", ',
    });
    expectError(res, 400, 'request.malformed_json');
  });

  it('wrong types → 400 with the fields named', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers,
      payload: { code: 42, name: '', shortName: 'X', type: 'alien' },
    });
    const body = expectError(res, 400, 'request.invalid') as unknown as {
      error: { details: { field: string; message: { id: string } }[] };
    };
    const fields = body.error.details.map((d) => d.field);
    assert.ok(fields.includes('body.code'), fields.join());
    assert.ok(fields.includes('body.type'));
    assert.ok(body.error.details.every((d) => d.message.id.length > 0));
  });

  it('an oversized body → 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers,
      payload: { code: 'BIG', name: 'x'.repeat(2_000_000), shortName: 'B', type: 'opd' },
    });
    expectError(res, 413, 'request.too_large');
  });

  it('unknown ids → 404; ids that are not UUIDs → 400', async () => {
    expectError(
      await t.app.inject({ url: '/api/services/6d1f7c4e-4a51-4a7e-9b1f-000000000000' }),
      404,
      'service.not_found',
    );
    expectError(await t.app.inject({ url: '/api/services/not-a-uuid' }), 400, 'request.invalid');
    expectError(await t.app.inject({ url: '/api/sites/NOPE' }), 404, 'site.not_found');
    expectError(await t.app.inject({ url: '/api/no/such/route' }), 404, 'route.not_found');
  });

  it('a duplicate code → 409 and nothing written', async () => {
    const before = await t.db
      .selectFrom('agencies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers,
      payload: { code: 'DISPENDUKCAPIL', name: 'Salinan', shortName: 'Salinan', type: 'opd' },
    });
    expectError(res, 409, 'agency.code_taken');
    const after = await t.db
      .selectFrom('agencies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  it('an invalid standard (free but with a fee) is refused with the field named', async () => {
    const list = (await t.app.inject({ url: '/api/services?q=ktp' })).json() as { items: { id: string }[] };
    const id = list.items[0]?.id;
    const detail = (await t.app.inject({ url: `/api/services/${id}` })).json();
    const standard = {
      ...detail.standard.standard,
      fee: { amount: 5000, isFree: true, legalBasis: '', note: '' },
    };
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/services/${id}/standard`,
      headers,
      payload: { baseVersion: detail.currentVersion, changeNote: 'uji', standard },
    });
    const body = expectError(res, 400, 'request.invalid') as unknown as {
      error: { details: { field: string }[] };
    };
    assert.ok(body.error.details.some((d) => d.field === 'body.standard.fee.amount'));
  });

  it('wrong password → 401; five failures throttle the account', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'evaluator', password: 'salah' },
      });
      expectError(res, 401, 'auth.invalid_credentials');
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'evaluator', password: 'evaluator-2026' },
    });
    expectError(res, 429, 'auth.throttled');
  });
});

describe('operations', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
  });

  it('/healthz reports the database', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().database.status, 'ok');
  });

  it('/metrics speaks Prometheus', async () => {
    await t.app.inject({ url: '/api/sites' });
    const res = await t.app.inject({ url: '/metrics' });
    assert.match(res.body, /atap_http_request_duration_seconds_bucket\{.*route="\/api\/sites"/);
  });

  it('serves an OpenAPI 3 document built from the route schemas', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.match(doc.openapi, /^3\./);
    assert.ok(doc.paths['/api/services/{id}/standard']);
  });

  it('sends security headers and a request id, on errors too', async () => {
    const ok = await t.app.inject({ url: '/api/sites' });
    // A refusal thrown by a handler and a route that does not exist: set on arrival, the headers stay.
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/booking/sites/SBY/bookings',
      payload: {},
    });
    const missing = await t.app.inject({ url: '/api/no-such-route' });
    assert.equal(refused.statusCode, 400);
    assert.equal(missing.statusCode, 404);
    for (const res of [ok, refused, missing]) {
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
      assert.match(String(res.headers['x-request-id']), /^[\w-]{8,64}$/);
    }
  });

  it('sessions: login sets an HttpOnly SameSite cookie; logout ends the session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'atap-admin-2026' },
    });
    const cookie = res.cookies.find((c) => c.name === 'atap_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(String(cookie?.sameSite).toLowerCase(), 'strict');
    const headers = { cookie: `atap_session=${cookie?.value}`, 'x-csrf-token': res.json().csrfToken };
    assert.equal((await t.app.inject({ url: '/api/auth/me', headers })).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode, 204);
    assert.equal((await t.app.inject({ url: '/api/auth/me', headers })).statusCode, 401);
  });
});
