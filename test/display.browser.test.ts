import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { systemContext } from '../src/shared/context.ts';
import { type BrowserHarness, startBrowserHarness } from './support/browser.ts';
import { boothOf, dukcapil, openAllDay, siteId } from './support/floor.ts';

/**
 * The display board fits the screen (issue 19, item 15): at 1920×1080, 1366×768 and portrait 1080×1920 the page
 * never scrolls, no part of the board lies outside the screen or overflows its box, the booths' queues page by
 * themselves, and a finished or no-show number leaves "Nomor dipanggil". Screenshots go to ATAP_SHOTS_DIR (or the
 * temp folder) for a person to look at.
 */

const shots = process.env.ATAP_SHOTS_DIR ?? path.join(os.tmpdir(), 'atap-shots');

async function apiSession(baseUrl: string, username: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}

describe('the display board at TV, laptop and portrait sizes', () => {
  let h: BrowserHarness;
  const gone: string[] = [];
  const atCounters: string[] = [];
  before(async () => {
    h = await startBrowserHarness();
    await openAllDay(h.db);
    // A busy morning: numbers waiting at many booths, several counters calling, one finished, one no-show.
    const manager = await apiSession(h.baseUrl, 'manajer.sby', 'manajer-sby-2026');
    const post = async (url: string, body: unknown = {}, headers: Record<string, string> = manager) => {
      const res = await fetch(`${h.baseUrl}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
      const json = (await res.json()) as Record<string, unknown>;
      assert.ok(res.ok, `${url}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    };
    const { token } = (await post('/api/floor/devices', {
      siteId: await siteId(h.db),
      kind: 'kiosk',
      name: 'Kios uji',
    })) as { token: string };
    const kiosk = { 'x-kiosk-token': token, 'content-type': 'application/json' };
    const agencies = ['DISPENDUKCAPIL', 'DPMPTSP', 'BAPENDA', 'BPJSKES', 'POLRESTABES', 'IMIGRASI', 'PLN'];
    for (const agency of agencies) {
      const booth = await boothOf(h.db, agency);
      for (let i = 0; i < 4; i++)
        await post(
          '/api/floor/sites/SBY/visits',
          { serviceIds: [booth.services[i % booth.services.length]?.id] },
          kiosk,
        );
    }
    // One officer per counter (a person holds one counter at a time).
    let officers = 0;
    const officerAt = async (boothId: string) => {
      officers += 1;
      const username = `petugas.layar${officers}`;
      await createUser(h.db, systemContext, {
        username,
        displayName: `Petugas Layar ${officers}`,
        password: 'petugas-layar-2026',
        role: 'officer',
        siteId: await siteId(h.db),
        agencyId: null,
        boothId,
      } as never);
      return apiSession(h.baseUrl, username, 'petugas-layar-2026');
    };
    const call = async (counterId: string, as: Record<string, string>) =>
      ((await post(`/api/floor/counters/${counterId}/call-next`, {}, as)) as { number: string }).number;
    const d = await dukcapil(h.db);
    const [c1, c2] = d.counters;
    assert.ok(c1 && c2);
    const o1 = await officerAt(d.boothId);
    const o2 = await officerAt(d.boothId);
    await post(`/api/floor/counters/${c1.id}/open`, {}, o1);
    await post(`/api/floor/counters/${c2.id}/open`, {}, o2);
    // Counter 1: one finished, one marked a no-show after a recall, then a third still at the counter.
    gone.push(await call(c1.id, o1));
    await post(`/api/floor/counters/${c1.id}/finish`, { outcome: 'served' }, o1);
    gone.push(await call(c1.id, o1));
    await post(`/api/floor/counters/${c1.id}/recall`, {}, o1);
    await post(`/api/floor/counters/${c1.id}/no-show`, {}, o1);
    atCounters.push(await call(c1.id, o1));
    atCounters.push(await call(c2.id, o2));
    for (const agency of ['DPMPTSP', 'BAPENDA', 'BPJSKES', 'POLRESTABES']) {
      const { boothId } = await boothOf(h.db, agency);
      const counter = await h.db
        .selectFrom('counters')
        .select('id')
        .where('boothId', '=', boothId)
        .orderBy('number')
        .executeTakeFirstOrThrow();
      const officer = await officerAt(boothId);
      await post(`/api/floor/counters/${counter.id}/open`, {}, officer);
      atCounters.push(await call(counter.id, officer));
    }
  });
  after(() => h.close());

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1080, height: 1920 },
  ]) {
    it(`fits ${viewport.width}×${viewport.height} exactly and pages the booths' queues`, async () => {
      const context = await h.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}/display/SBY?detik=2`);
      await page.getByRole('button', { name: 'Mulai tampilan dan suara' }).click();
      await page.getByTestId('current-number').waitFor();
      await page.getByTestId('display-page').waitFor();

      // The page is one screen: no scrolling either way.
      const doc = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
        innerHeight: window.innerHeight,
        innerWidth: window.innerWidth,
      }));
      assert.ok(doc.height <= doc.innerHeight, `page ${doc.height} px tall in ${doc.innerHeight}`);
      assert.ok(doc.width <= doc.innerWidth, `page ${doc.width} px wide in ${doc.innerWidth}`);

      // Every visible part of the board lies inside the screen, every list item inside its list, and no region
      // or large text overflows its box.
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`;
        const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }) =>
          r.left >= box.left - 1 &&
          r.top >= box.top - 1 &&
          r.right <= box.right + 1 &&
          r.bottom <= box.bottom + 1;
        const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
        const board = document.querySelector('[data-testid="display-board"]');
        if (!board) return ['no board'];
        for (const el of board.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (!inside(r, screen)) out.push(`${name(el)} outside the screen: ${JSON.stringify(r)}`);
        }
        for (const list of board.querySelectorAll('ol, ul')) {
          const box = list.getBoundingClientRect();
          for (const li of list.children)
            if (!inside(li.getBoundingClientRect(), box)) out.push(`${name(li)} cut off by its list`);
        }
        for (const el of board.querySelectorAll('section, ol, ul, li, h1, h2, span, strong, small')) {
          const h = el as HTMLElement;
          if (h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1)
            out.push(
              `${name(el)} overflows: ${h.scrollWidth}×${h.scrollHeight} in ${h.clientWidth}×${h.clientHeight}`,
            );
        }
        return out;
      });
      assert.deepEqual(problems, []);

      // "Nomor dipanggil" and the calls below it: the numbers at counters, not the finished or no-show ones.
      const text = (await page.getByTestId('display-board').textContent()) ?? '';
      for (const n of gone) assert.ok(!text.includes(n), `${n} ended but is still on the board`);
      assert.ok(
        atCounters.some((n) => text.includes(n)),
        `none of ${atCounters.join(', ')} on the board`,
      );
      const shown = await page.locator('.display-booths li').count();
      assert.ok(shown > 0);

      // The booths' queues turn pages by themselves.
      const indicator = page.getByTestId('display-page');
      const first = (await indicator.textContent()) ?? '';
      assert.match(first, /Halaman 1 dari [2-9]/);
      await page.screenshot({
        path: path.join(shots, `display-${viewport.width}x${viewport.height}-p1.png`),
      });
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="display-page"]')?.textContent !== before,
        first,
        { timeout: 10_000 },
      );
      assert.match((await indicator.textContent()) ?? '', /Halaman 2 dari/);
      await page.screenshot({
        path: path.join(shots, `display-${viewport.width}x${viewport.height}-p2.png`),
      });
      await context.close();
    });
  }
});
