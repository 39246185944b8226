import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { buildTestApp, type TestApp } from './support/app.ts';

/**
 * The web app on a cheap phone: compressed at build time and sent compressed, hashed files cached for a year,
 * the page that names them revalidated every visit. Needs `npm run build:web` (npm test builds first).
 */
describe('static web files and compressed answers', () => {
  let t: TestApp;
  let script = '';
  after(() => t.close());
  before(async () => {
    t = await buildTestApp();
    const page = await t.app.inject({ method: 'GET', url: '/pesan/SBY' });
    script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1] ?? '';
    assert.ok(script, 'index.html names a hashed script');
  });

  it('sends a hashed script brotli-compressed and cacheable for a year', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: script,
      headers: { 'accept-encoding': 'gzip, br' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.match(String(res.headers['content-type']), /javascript/);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(res.headers.vary), /accept-encoding/i);
    const plain = await t.app.inject({ method: 'GET', url: script });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(res.rawPayload.length < plain.rawPayload.length / 3, 'brotli saves at least two thirds');
    assert.equal(zlib.brotliDecompressSync(res.rawPayload).toString(), plain.body);
  });

  it('falls back to gzip for a browser without brotli', async () => {
    const res = await t.app.inject({ method: 'GET', url: script, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  it('revalidates the page itself on every visit, compressed too', async () => {
    for (const url of ['/', '/pesan/SBY', '/index.html']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
      assert.equal(res.headers['content-encoding'], 'br', url);
      assert.match(String(res.headers['content-type']), /text\/html/, url);
    }
  });

  it('answers 404 for a hashed file that does not exist, not the page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-gone1234.js' });
    assert.equal(res.statusCode, 404);
  });

  it('compresses a large API answer, leaves a small one and session answers alone', async () => {
    const big = await t.app.inject({ url: '/api/sites/SBY', headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(big.statusCode, 200);
    assert.equal(big.headers['content-encoding'], 'br');
    const plain = await t.app.inject({ url: '/api/sites/SBY' });
    assert.equal(plain.headers['content-encoding'], undefined);
    // The two answers are read a moment apart; `now` (the site's clock, to the minute) may differ between them.
    const withoutClock = ({ now: _now, ...rest }: Record<string, unknown>) => rest;
    assert.deepEqual(
      withoutClock(JSON.parse(zlib.brotliDecompressSync(big.rawPayload).toString())),
      withoutClock(plain.json()),
    );
    assert.ok(big.rawPayload.length < plain.rawPayload.length / 3);
    const small = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br' } });
    assert.equal(small.headers['content-encoding'], undefined);
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-encoding': 'br' },
      payload: { username: 'admin', password: 'atap-admin-2026' },
    });
    assert.equal(session.statusCode, 200);
    assert.equal(session.headers['content-encoding'], undefined);
  });
});
