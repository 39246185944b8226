import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, metrics, type TestApp } from './support/app.ts';

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
      payload: {
        // Codes are unique per owning site: a second DISPENDUKCAPIL of Surabaya.
        siteId: (
          await t.db.selectFrom('sites').select('id').where('code', '=', 'SBY').executeTakeFirstOrThrow()
        ).id,
        code: 'DISPENDUKCAPIL',
        name: 'Salinan',
        shortName: 'Salinan',
        type: 'opd',
      },
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

  it('wrong password → 401; after three, this address waits before trying the account again', async () => {
    for (let i = 0; i < 3; i++) {
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
    assert.ok(Number(res.headers['retry-after']) > 0);
  });
});

describe('operations', () => {
  let t: TestApp;
  after(() => t.close());
  before(async () => {
    t = await buildTestApp({ env: metrics.env });
  });

  it('/healthz reports the database', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().database.status, 'ok');
  });

  it('/metrics speaks Prometheus', async () => {
    await t.app.inject({ url: '/api/sites' });
    const res = await t.app.inject({ url: '/metrics', headers: metrics.headers });
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
      // Served over plain HTTP here: no HSTS (it comes with HTTPS, like the cookie's Secure flag).
      assert.equal(res.headers['strict-transport-security'], undefined);
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

/** Issue 19, item 8: what answered 500, or answered outside the error shape. */
describe('no 500 and one error shape for input that reaches no check', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let port: number;
  const unknown = '6d1f7c4e-4a51-4a7e-9b1f-000000000404';
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    headers = await login(t.app, 'admin', 'atap-admin-2026');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });

  const expectShape = (status: number, body: string, expected: number, code: string) => {
    assert.equal(status, expected, body);
    const parsed = JSON.parse(body) as { error: { code: string; message: { id: string; en: string } } };
    assert.equal(parsed.error.code, code);
    assert.ok(parsed.error.message.id.length > 0 && parsed.error.message.en.length > 0);
    return parsed as {
      error: { code: string; details?: { field: string; message: { id: string; en: string } }[] };
    };
  };
  const fieldsOf = (res: { statusCode: number; body: string }) =>
    (expectShape(res.statusCode, res.body, 400, 'request.invalid').error.details ?? []).map((d) => d.field);

  it('a NUL in a query, a path or a body → 400 naming the field, signed in or not', async () => {
    assert.deepEqual(fieldsOf(await t.app.inject({ url: '/api/services?category=%00' })), ['query.category']);
    assert.deepEqual(fieldsOf(await t.app.inject({ url: '/api/floor/sites/SBY/board?zone=%00' })), [
      'query.zone',
    ]);
    assert.deepEqual(fieldsOf(await t.app.inject({ url: '/api/floor/track/AB%00CDEFG' })), ['params.code']);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a\u0000b', password: 'x' },
    });
    assert.deepEqual(fieldsOf(login), ['body.username']);
    const track = await t.app.inject({
      method: 'POST',
      url: '/api/requests/track',
      payload: { code: 'ABCD\u0000EFGH', last4: '1234' },
    });
    assert.deepEqual(fieldsOf(track), ['body.code']);
    // A lone surrogate has no UTF-8 form: refused the same way rather than stored as U+FFFD.
    const agency = await t.app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers,
      payload: { code: 'NUL', name: 'Dinas \ud800', shortName: 'D', type: 'opd' },
    });
    assert.deepEqual(fieldsOf(agency), ['body.name']);
  });

  it('an unknown parent → 404, not 500', async () => {
    const period = await t.app.inject({
      method: 'POST',
      url: `/api/sites/${unknown}/special-periods`,
      headers,
      payload: { name: 'Ramadan', startsOn: '2027-02-08', endsOn: '2027-03-09', weeklyHours: [] },
    });
    expectShape(period.statusCode, period.body, 404, 'site.not_found');
    const counter = await t.app.inject({
      method: 'POST',
      url: `/api/booths/${unknown}/counters`,
      headers,
      payload: { number: 9, label: 'Loket 9', serviceIds: [] },
    });
    expectShape(counter.statusCode, counter.body, 404, 'booth.not_found');
  });

  it('what only the HTTP parser and the router see answers in the error shape', async () => {
    const exchange = async (bytes: string) => {
      const [first, second] = parseResponses(await rawExchange(port, bytes));
      assert.ok(first, bytes.slice(0, 40));
      return { first, second };
    };
    const long = await exchange(
      `GET /api/sites/${'x'.repeat(200)} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`,
    );
    expectShape(long.first.status, long.first.body, 414, 'request.uri_too_long');
    const head = await exchange(`GET /api/sites HTTP/1.1\r\nHost: a\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`);
    expectShape(head.first.status, head.first.body, 431, 'request.headers_too_large');
    const url = await exchange(`GET /api/services?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`);
    expectShape(url.first.status, url.first.body, 431, 'request.headers_too_large');
    const percent = await exchange(
      'GET /api/services/%E0%A4%A HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
    );
    expectShape(percent.first.status, percent.first.body, 400, 'request.malformed_url');
    const garbage = await exchange('GET /api/a b HTTP/1.1\r\nHost: a\r\n\r\n');
    expectShape(garbage.first.status, garbage.first.body, 400, 'request.malformed_http');
  });

  it('a body on DELETE: with a length it is ignored; without one, the DELETE is answered, then the rest refused', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/holidays',
      headers,
      payload: { date: '2031-05-05', name: 'Uji hapus', kind: 'national' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json() as { id: string };
    const withLength = await t.app.inject({
      method: 'DELETE',
      url: `/api/holidays/${unknown}`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"reason":"x"}',
    });
    expectShape(withLength.statusCode, withLength.body, 404, 'holiday.not_found');
    // Without Content-Length a DELETE has no body (RFC 9112), so the parser reads `{"reason":"x"}` as the next
    // request. The client must get the DELETE's true answer, not a 400 for a change that was made.
    const cookieHeaders = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    const replies = parseResponses(
      await rawExchange(
        port,
        `DELETE /api/holidays/${id} HTTP/1.1\r\nHost: a\r\n${cookieHeaders}\r\n{"reason":"x"}`,
      ),
    );
    assert.equal(replies[0]?.status, 204);
    const refused = replies[1];
    assert.ok(refused);
    expectShape(refused.status, refused.body, 400, 'request.malformed_http');
    const gone = await t.db.selectFrom('holidays').select('id').where('id', '=', id).executeTakeFirst();
    assert.equal(gone, undefined);
  });

  it('an upload whose multipart body cannot be read → 400, not 500', async () => {
    for (const [contentType, payload] of [
      ['multipart/form-data', 'no boundary'],
      ['multipart/form-data; boundary=x', 'not multipart at all'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\nab',
      ],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/import/services',
        headers: { ...headers, 'content-type': contentType },
        payload,
      });
      assert.deepEqual(fieldsOf(res), ['(body)']);
    }
  });

  it('405-like and unknown routes answer 404 in the shape', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/holidays' });
    expectShape(res.statusCode, res.body, 404, 'route.not_found');
  });
});

describe('a request that arrives while the server shuts down', () => {
  it('gets 503 in the error shape, with Retry-After', async () => {
    const t = await buildTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    // Half a request head: the connection is busy, so closing waits for it instead of dropping it.
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /api/sites HTTP/1.1\r\nHost: a\r\n');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    const ended = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.app.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.write('\r\n');
    await ended;
    await closing;
    await t.close();
    const [reply] = parseResponses(received);
    assert.equal(reply?.status, 503, received);
    assert.match(received.toLowerCase(), /retry-after: 5/);
    assert.equal(
      (JSON.parse(reply?.body ?? '{}') as { error: { code: string } }).error.code,
      'server.shutting_down',
    );
  });
});

/** Raw bytes to the server; everything it sends until it closes the connection. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(received) : reject(error),
    );
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
  });
}

function parseResponses(raw: string): { status: number; body: string }[] {
  const replies: { status: number; body: string }[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const head = rest.slice(0, headEnd).toLowerCase();
    const length = Number(/content-length: (\d+)/.exec(head)?.[1] ?? 0);
    replies.push({ status: Number(head.slice(9, 12)), body: rest.slice(headEnd + 4, headEnd + 4 + length) });
    rest = rest.slice(headEnd + 4 + length);
  }
  return replies;
}
