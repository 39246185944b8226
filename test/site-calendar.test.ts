import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB); the clock stands still, so only the calendar can move a deadline.
const now = new Date('2026-11-23T02:00:00Z');

describe('one site calendar', () => {
  let t: TestApp;

  before(async () => {
    t = await buildTestApp({ now: () => now });
    await openAllDay(t.db);
  });
  after(() => t.close());

  it('a closure added through the sites API reaches request deadlines at once, not when a cache expires', async () => {
    const d = await dukcapil(t.db);
    const sby = await siteId(t.db);
    const officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    const manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    const open = async (serviceId: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: officer,
        payload: { serviceId, citizen: { name: 'Budi', nik: '3578011708900001' } },
      });
      assert.equal(res.statusCode, 201, res.body);
      const id = res.json().id as string;
      return t.db
        .selectFrom('requests')
        .select(['dueAt', 'completionUnit', 'completionAmount'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    };
    // A service counted in working days: its deadline is read through the site's working calendar (now cached).
    let serviceId: string | null = null;
    let first: Awaited<ReturnType<typeof open>> | null = null;
    for (const service of d.services) {
      const opened = await open(service.id);
      if (opened.completionUnit === 'working_days' && opened.completionAmount > 0) {
        serviceId = service.id;
        first = opened;
        break;
      }
    }
    assert.ok(serviceId && first, 'a Dukcapil service counted in working days');

    // The manager closes the site tomorrow (Tuesday, a working day inside that deadline).
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/sites/${sby}/closures`,
      headers: manager,
      payload: { date: '2026-11-24', reason: 'Pemadaman listrik' },
    });
    assert.equal(closed.statusCode, 201, closed.body);

    // The same service opened at the same instant: its deadline moves by the working day lost, at once.
    const second = await open(serviceId);
    const shiftDays = (Date.parse(String(second.dueAt)) - Date.parse(String(first.dueAt))) / 86_400_000;
    assert.ok(shiftDays >= 1, `deadline moved by ${shiftDays} days after the closure`);
  });
});
