import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TRAINING_SITE_CODE } from '../src/modules/demo/demo.sites.data.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { siteId } from './support/floor.ts';

/**
 * A newcomer at night (issue 19, item 24): the demo's training floor issues and calls at any hour, without
 * editing data, while a real site says it is closed and when numbers can next be taken.
 */

let t: TestApp;
let clock = new Date('2026-12-01T02:00:00+07:00'); // Tuesday, 02:00 in Surabaya
const wib = (local: string) => new Date(`${local}+07:00`);

before(async () => {
  t = await buildTestApp({ now: () => clock });
});
after(() => t.close());

async function pair(code: string, username: string, password: string) {
  const manager = await login(t.app, username, password);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/floor/kiosks',
    headers: manager,
    payload: { siteId: await siteId(t.db, code), name: 'Kios malam' },
  });
  assert.equal(res.statusCode, 201, res.body);
  return { 'x-kiosk-token': (res.json() as { token: string }).token };
}

async function firstService(code: string) {
  const menu = (await t.app.inject({ url: `/api/floor/sites/${code}/kiosk` })).json();
  return { menu, serviceId: menu.booths[0].services[0].id as string };
}

describe('the floor at night', () => {
  it('the training site issues a number at 02:00 and its officer calls it', async () => {
    clock = wib('2026-12-01T02:00:00');
    const kiosk = await pair(TRAINING_SITE_CODE, 'manajer.latihan', 'latihan-2026');
    const { menu } = await firstService(TRAINING_SITE_CODE);
    assert.equal(menu.state, 'open');
    assert.equal(menu.nextOpening, null);
    const dukcapil = menu.booths.find((b: { agencyShortName: string }) =>
      /Dukcapil/i.test(b.agencyShortName),
    );
    assert.ok(
      dukcapil,
      JSON.stringify(menu.booths.map((b: { agencyShortName: string }) => b.agencyShortName)),
    );
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/floor/sites/${TRAINING_SITE_CODE}/visits`,
      headers: kiosk,
      payload: { serviceIds: [dukcapil.services[0].id], priority: 'none' },
    });
    assert.equal(issued.statusCode, 201, issued.body);

    const officer = await login(t.app, 'petugas.latihan', 'latihan-2026');
    const counters = (await t.app.inject({ url: '/api/floor/counters', headers: officer })).json();
    assert.ok(counters.length > 0);
    const counter = counters[0].id;
    const act = (action: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/floor/counters/${counter}/${action}`,
        headers: officer,
        payload: {},
      });
    assert.equal((await act('open')).statusCode, 200);
    const called = await act('call-next');
    assert.equal(called.statusCode, 200, called.body);
    assert.equal(called.json().ticketId, issued.json().tickets[0].ticketId);
  });

  it('the real demo site refuses at 02:00 and says when numbers can be taken', async () => {
    clock = wib('2026-12-01T02:00:00');
    const kiosk = await pair('SBY', 'manajer.sby', 'manajer-sby-2026');
    const { menu, serviceId } = await firstService('SBY');
    assert.equal(menu.state, 'not_yet_open');
    assert.deepEqual(menu.nextOpening, {
      date: '2026-12-01',
      weekday: 2,
      opens: '08:00',
      issueFrom: '07:45',
    });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/floor/sites/SBY/visits',
      headers: kiosk,
      payload: { serviceIds: [serviceId], priority: 'none' },
    });
    assert.equal(refused.statusCode, 409);
    const { error } = refused.json();
    assert.equal(error.code, 'floor.not_open_yet');
    assert.equal(error.details[0].field, 'nextOpening');
    assert.match(error.details[0].message.id, /Selasa, 1 Desember 2026 mulai pukul 07:45/);
    assert.match(error.details[0].message.en, /Tuesday, 1 December 2026 from 07:45/);

    // Saturday night: Sunday is closed, so the next chance is Monday morning.
    clock = wib('2026-12-05T22:00:00');
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/floor/sites/SBY/visits',
      headers: kiosk,
      payload: { serviceIds: [serviceId], priority: 'none' },
    });
    assert.equal(late.json().error.code, 'floor.closed_for_day');
    assert.match(late.json().error.details[0].message.id, /Senin, 7 Desember 2026 mulai pukul 07:45/);
  });

  it('promises no wait at a booth with no counter open, and marks a priority visit (issue 19, item 23)', async () => {
    clock = wib('2026-12-01T03:00:00');
    const kiosk = await pair(TRAINING_SITE_CODE, 'manajer.latihan', 'latihan-2026');
    const { menu } = await firstService(TRAINING_SITE_CODE);
    const byAgency = (re: RegExp) =>
      menu.booths.find((b: { agencyShortName: string }) => re.test(b.agencyShortName));
    const issueAt = async (booth: { services: { id: string }[] }, priority: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/floor/sites/${TRAINING_SITE_CODE}/visits`,
        headers: kiosk,
        payload: { serviceIds: [booth.services[0]?.id], priority },
      });
      assert.equal(res.statusCode, 201, res.body);
      const track = (await t.app.inject({ url: `/api/floor/track/${res.json().trackingCode}` })).json();
      return { issued: res.json(), step: track.steps[0], remaining: track.remainingMinutes };
    };
    // Nobody staffs the BPJS Kesehatan booth tonight: no "± 3 minutes", an honest "no counter open".
    const dark = await issueAt(byAgency(/BPJS/i), 'elderly');
    assert.equal(dark.issued.priority, 'elderly');
    assert.equal(dark.step.peopleAhead, 0);
    assert.equal(dark.step.waitMinutes, null);
    assert.equal(dark.step.noCounterOpen, true);
    assert.equal(dark.remaining, null);
    const live = (await t.app.inject({ url: `/api/floor/sites/${TRAINING_SITE_CODE}/live` })).json();
    const bpjs = live.booths.find((b: { agencyName: string }) => /BPJS/i.test(b.agencyName));
    assert.equal(bpjs.waitMinutes, null);
    // The Dispendukcapil counter is open (the officer above): there the estimate stands.
    const staffed = await issueAt(byAgency(/Dukcapil/i), 'none');
    assert.equal(staffed.issued.priority, 'none');
    assert.equal(staffed.step.noCounterOpen, false);
    assert.equal(typeof staffed.step.waitMinutes, 'number');
  });
});
