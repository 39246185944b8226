import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { tallyOf } from '../src/modules/satisfaction/responses.repository.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { testCipher } from './support/data-key.ts';
import { dukcapil, openAllDay, pairKiosk } from './support/floor.ts';
import { type AppProcess, startAppProcess } from './support/processes.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB); one test moves the clock past the survey's 30 days and back.
const START = new Date('2026-11-23T02:00:00Z');
let now = START;
const NIK = '3578011708900001';
const answersAll = (score: number) => ({
  requirements: score,
  procedure: score,
  time: score,
  fee: score,
  product: score,
  competence: score,
  behaviour: score,
  complaints: score,
  facilities: score,
});

/** The survey tied to the visit: one invitation per service, one answer per invitation, and every refusal. */
describe('satisfaction survey', () => {
  let t: TestApp;
  let officer: Record<string, string>;
  let manager: Record<string, string>;
  let kiosk: Record<string, string>;
  let d: Awaited<ReturnType<typeof dukcapil>>;

  before(async () => {
    // A webhook channel (nothing listens: notices stay queued) so the opt-in survey notice is queued.
    t = await buildTestApp({
      now: () => now,
      env: { ATAP_WEBHOOK_URL: 'http://127.0.0.1:9/hook', ATAP_NOTIFY_POLL_MS: '600000' },
    });
    await openAllDay(t.db);
    d = await dukcapil(t.db);
    kiosk = await pairKiosk(t.app, t.db);
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
  });
  after(() => t.close());

  const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const counter = () => d.counters[0]?.id as string;
  const act = (action: string, body?: object) =>
    api('POST', `/api/floor/counters/${counter()}/${action}`, officer, body);

  /** A citizen takes a number, the officer calls and finishes it with this outcome. */
  async function visitFinished(outcome: string) {
    await act('open');
    const issued = await api('POST', '/api/floor/sites/SBY/visits', kiosk, {
      serviceIds: [d.services[0]?.id],
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const visit = issued.json() as { trackingCode: string; tickets: { ticketId: string }[] };
    assert.equal((await act('call-next')).statusCode, 200);
    const finished = await act('finish', { outcome });
    assert.equal(finished.statusCode, 200, finished.body);
    return { code: visit.trackingCode, ticketId: visit.tickets[0]?.ticketId as string };
  }

  const invitationsOf = (ticketId: string) =>
    t.db.selectFrom('surveyInvitations').selectAll().where('ticketId', '=', ticketId).execute();

  async function servedToken() {
    const { ticketId, code } = await visitFinished('served');
    const [inv] = await invitationsOf(ticketId);
    assert.ok(inv);
    return { token: inv.token, code, inv };
  }

  it('invites once per ticket finished as served, never for the other outcomes', async () => {
    const { ticketId, code } = await visitFinished('served');
    const invitations = await invitationsOf(ticketId);
    assert.equal(invitations.length, 1);
    const inv = invitations[0];
    assert.ok(inv);
    // Unguessable: at least 128 random bits, URL-safe.
    assert.match(inv.token, /^[A-Za-z0-9_-]{22,}$/);
    assert.equal(inv.servedOn, '2026-11-23');
    assert.equal(inv.expiresAt.getTime() - inv.servedAt.getTime(), 30 * 86_400_000);
    const me = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'petugas.dukcapil')
      .executeTakeFirstOrThrow();
    assert.equal(inv.servedBy, me.id);
    // The tracking page learns the survey's token (the tracking code is the bearer's secret).
    const byTracking = await api('GET', `/api/surveys/by-tracking/${code}`);
    assert.equal(byTracking.statusCode, 200, byTracking.body);
    assert.deepEqual(
      byTracking.json().surveys.map((s: { token: string; state: string }) => [s.token, s.state]),
      [[inv.token, 'open']],
    );
    for (const outcome of ['referred', 'incomplete_documents']) {
      const other = await visitFinished(outcome);
      assert.equal((await invitationsOf(other.ticketId)).length, 0, outcome);
      const none = await api('GET', `/api/surveys/by-tracking/${other.code}`);
      assert.deepEqual(none.json().surveys, []);
    }
    // A no-show (called, recalled, never came): no survey either.
    await act('open');
    const issued = (
      await api('POST', '/api/floor/sites/SBY/visits', kiosk, { serviceIds: [d.services[0]?.id] })
    ).json();
    await act('call-next');
    await act('recall');
    assert.equal((await act('no-show')).statusCode, 200);
    assert.equal((await invitationsOf(issued.tickets[0].ticketId)).length, 0);
  });

  it("a booked visit served: the survey link is queued on the booking's channel, in its language, in the finish", async () => {
    await act('open');
    const issued = await api('POST', '/api/floor/sites/SBY/visits', kiosk, {
      serviceIds: [d.services[0]?.id],
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const { visitId, tickets } = issued.json() as { visitId: string; tickets: { ticketId: string }[] };
    // The visit as a checked-in booking with a phone number (the booking's own flow is booking.test.ts's).
    const booking = await sql<{ id: string }>`
      INSERT INTO bookings (code, site_id, service_id, slot_id, service_date, starts, nik_encrypted, nik_match,
        phone_encrypted, name, status, language)
      SELECT 'SURVEYBOOKED', v.site_id, ${d.services[0]?.id}::uuid, (SELECT id FROM booking_slots LIMIT 1),
        v.service_date, '09:00', ${testCipher.encrypt(NIK)}, sha256(convert_to(random()::text, 'UTF8')),
        ${testCipher.encrypt('081234567890')}, 'Siti', 'checked_in', 'en'
      FROM visits v WHERE v.id = ${visitId}
      RETURNING id`.execute(t.db);
    await sql`UPDATE visits SET booking_id = ${booking.rows[0]?.id} WHERE id = ${visitId}`.execute(t.db);
    assert.equal((await act('call-next')).statusCode, 200);
    assert.equal((await act('finish', { outcome: 'served' })).statusCode, 200);
    const ticketId = tickets[0]?.ticketId as string;
    const [invitation] = await invitationsOf(ticketId);
    assert.ok(invitation);
    const notice = await t.db
      .selectFrom('notifications')
      .select(['channel', 'language', 'data', 'recipientEncrypted', 'dedupeKey'])
      .where('dedupeKey', '=', `survey.invitation:ticket:${ticketId}:webhook`)
      .executeTakeFirstOrThrow();
    assert.equal(notice.channel, 'webhook');
    assert.equal(notice.language, 'en');
    assert.equal((notice.data as { code: string }).code, invitation.token);
    assert.equal(testCipher.decrypt(notice.recipientEncrypted), '081234567890');
    // E-mail is not configured here: no notice on it, though none was given either.
    const all = await t.db
      .selectFrom('notifications')
      .select('dedupeKey')
      .where('dedupeKey', 'like', `survey.invitation:ticket:${ticketId}:%`)
      .execute();
    assert.equal(all.length, 1);
  });

  it('shows the survey: the service, booth, site and day it is about, and the questions asked', async () => {
    const { token } = await servedToken();
    const res = await api('GET', `/api/surveys/${token}`);
    assert.equal(res.statusCode, 200, res.body);
    const survey = res.json();
    assert.equal(survey.state, 'open');
    assert.equal(survey.site.code, 'SBY');
    assert.equal(survey.servedOn, '2026-11-23');
    assert.equal(survey.service.id, d.services[0]?.id);
    assert.equal(survey.elements.length, survey.feeFree ? 8 : 9);
    assert.equal(survey.elements.includes('fee'), !survey.feeFree);
  });

  it('records one answer, moves the rollups, and refuses every other try with its code', async () => {
    const { token, inv } = await servedToken();
    const unit = { serviceId: inv.serviceId, from: '2026-11-23', to: '2026-11-23' };
    const before = await tallyOf(t.db, unit);
    // Unknown link: 404.
    const unknown = await api(
      'POST',
      '/api/surveys/AAAAAAAAAAAAAAAAAAAAAAAA',
      {},
      { answers: answersAll(4) },
    );
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'survey.not_found');
    assert.ok(unknown.json().error.message.id && unknown.json().error.message.en);
    assert.equal((await api('GET', '/api/surveys/AAAAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
    // The officer who served, from their own console session: 403.
    const own = await api('POST', `/api/surveys/${token}`, officer, { answers: answersAll(4) });
    assert.equal(own.statusCode, 403, own.body);
    assert.equal(own.json().error.code, 'survey.own_service');
    // An answer outside 1–4: 400 naming the field.
    const range = await api('POST', `/api/surveys/${token}`, {}, { answers: { ...answersAll(3), time: 5 } });
    assert.equal(range.statusCode, 400);
    assert.ok(
      range.json().error.details.some((f: { field: string }) => f.field === 'body.answers.time'),
      range.body,
    );
    const zero = await api('POST', `/api/surveys/${token}`, {}, { answers: { product: 0 } });
    assert.equal(zero.statusCode, 400);
    assert.ok(zero.json().error.details.some((f: { field: string }) => f.field === 'body.answers.product'));
    // No answer at all: 400.
    const empty = await api('POST', `/api/surveys/${token}`, {}, { answers: {} });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'survey.no_answer');
    // A profile value outside the bands, a suggestion over 1,000 characters: 400.
    const band = await api(
      'POST',
      `/api/surveys/${token}`,
      {},
      { answers: answersAll(3), profile: { ageBand: '37' } },
    );
    assert.equal(band.statusCode, 400);
    const long = await api(
      'POST',
      `/api/surveys/${token}`,
      {},
      { answers: answersAll(3), suggestion: 'x'.repeat(1001) },
    );
    assert.equal(long.statusCode, 400);
    assert.equal(await responsesOf(inv.id), 0, 'no refusal wrote anything');
    // Another staff member's session may answer for a citizen at a shared tablet; the serving officer may not.
    const ok = await api(
      'POST',
      `/api/surveys/${token}`,
      {},
      {
        answers: { ...answersAll(3), complaints: null },
        profile: { sex: 'female', ageBand: '30_39', education: 'bachelor', occupation: 'entrepreneur' },
        suggestion: '  Antrean cepat, ruang tunggu dingin.  ',
        channel: 'online',
      },
    );
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(ok.json(), { token, state: 'answered' });
    // Once only: 409, and the answer stays as it was.
    const again = await api('POST', `/api/surveys/${token}`, {}, { answers: answersAll(1) });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'survey.answered');
    const stored = await t.db
      .selectFrom('surveyResponses')
      .selectAll()
      .where('invitationId', '=', inv.id)
      .execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.u1, 3);
    assert.equal(stored[0]?.u8, null);
    assert.equal(stored[0]?.suggestion, 'Antrean cepat, ruang tunggu dingin.');
    assert.equal(stored[0]?.channel, 'online');
    assert.equal((await api('GET', `/api/surveys/${token}`)).json().state, 'answered');
    // The rollups moved by exactly this answer.
    const afterTally = await tallyOf(t.db, unit);
    assert.equal(afterTally.respondents, before.respondents + 1);
    assert.equal(afterTally.elements.requirements.sum, before.elements.requirements.sum + 3);
    assert.equal(afterTally.elements.complaints.answered, before.elements.complaints.answered);
    // The audit entry says that the link was answered, nothing of what was answered.
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'after'])
      .where('entityId', '=', inv.id)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.action, 'survey.answer');
    assert.doesNotMatch(JSON.stringify(audit[0]?.after), /Antrean|female|30_39|bachelor/);
  });

  it('answers arriving together are written together, each with its own outcome', async () => {
    const a = await servedToken();
    const b = await servedToken();
    const post = (token: string, answers: object) => api('POST', `/api/surveys/${token}`, {}, { answers });
    // The same link twice, another link, an unknown link and an empty answer, all at once (one batch).
    const results = await Promise.all([
      post(a.token, answersAll(4)),
      post(a.token, answersAll(1)),
      post(b.token, answersAll(2)),
      post('BBBBBBBBBBBBBBBBBBBBBBBB', answersAll(3)),
      post(b.token, {}),
    ]);
    const codes = results.map((r) => (r.statusCode === 201 ? 201 : r.json().error.code));
    assert.deepEqual(codes, [201, 'survey.answered', 201, 'survey.not_found', 'survey.no_answer']);
    const rows = await t.db
      .selectFrom('surveyResponses')
      .select(['invitationId', 'u1'])
      .where('invitationId', 'in', [a.inv.id, b.inv.id])
      .orderBy('u1')
      .execute();
    assert.deepEqual(rows, [
      { invitationId: b.inv.id, u1: 2 },
      { invitationId: a.inv.id, u1: 4 },
    ]);
  });

  it('scores the fee of a free service as free when it was not asked, and keeps an answer that was given', async () => {
    await sql`UPDATE service_standard_versions SET fee_is_free = true, fee_amount = 0 WHERE service_id = ${d.services[0]?.id}`.execute(
      t.db,
    );
    const { token, inv } = await servedToken();
    const survey = (await api('GET', `/api/surveys/${token}`)).json();
    assert.equal(survey.feeFree, true);
    assert.equal(survey.elements.includes('fee'), false);
    const { fee: _fee, ...withoutFee } = answersAll(2);
    assert.equal((await api('POST', `/api/surveys/${token}`, {}, { answers: withoutFee })).statusCode, 201);
    const row = await t.db
      .selectFrom('surveyResponses')
      .select('u4')
      .where('invitationId', '=', inv.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.u4, 4);
    const second = await servedToken();
    await api('POST', `/api/surveys/${second.token}`, {}, { answers: { fee: 1 } });
    const charged = await t.db
      .selectFrom('surveyResponses')
      .select('u4')
      .where('invitationId', '=', second.inv.id)
      .executeTakeFirstOrThrow();
    assert.equal(charged.u4, 1, 'a citizen who reports a charge for a free service is heard');
  });

  it('closes a survey 30 days after service: 410', async () => {
    const { token, inv } = await servedToken();
    try {
      now = new Date(START.getTime() + 30 * 86_400_000 + 60_000);
      assert.equal((await api('GET', `/api/surveys/${token}`)).json().state, 'expired');
      const late = await api('POST', `/api/surveys/${token}`, {}, { answers: answersAll(4) });
      assert.equal(late.statusCode, 410);
      assert.equal(late.json().error.code, 'survey.expired');
      assert.equal(await responsesOf(inv.id), 0);
    } finally {
      now = START;
    }
  });

  it('invites once per file handed over, with the link on the channel the citizen gave', async () => {
    await act('open');
    await api('POST', '/api/floor/sites/SBY/visits', kiosk, { serviceIds: [d.services[0]?.id] });
    await act('call-next');
    const opened = await api('POST', `/api/requests/from-counter/${counter()}`, officer, {
      citizen: { name: 'Siti Aminah', nik: NIK, phone: '0812-3456-7890' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const id = opened.json().request.id as string;
    // The ticket finished as "file taken in" is not yet served: its survey comes with the hand-over.
    assert.equal((await invitationsOf(opened.json().ticketId)).length, 0);
    const move = (to: string) => api('POST', `/api/requests/${id}/moves`, officer, { to, note: '' });
    for (const to of ['verification', 'processing']) assert.equal((await move(to)).statusCode, 200);
    await sql`UPDATE requests SET checklist = (SELECT coalesce(jsonb_agg(e || '{"state":"verified"}'), '[]') FROM jsonb_array_elements(checklist) e)
      WHERE id = ${id}`.execute(t.db);
    assert.equal((await move('done')).statusCode, 200);
    const fileInvitations = () =>
      t.db.selectFrom('surveyInvitations').selectAll().where('requestId', '=', id).execute();
    assert.equal((await fileInvitations()).length, 0, 'done is not handed over');
    const handed = await move('handed_over');
    assert.equal(handed.statusCode, 200, handed.body);
    const invitations = await fileInvitations();
    assert.equal(invitations.length, 1);
    assert.equal(invitations[0]?.servedOn, '2026-11-23');
    const notices = await t.db
      .selectFrom('notifications')
      .select(['template', 'channel', 'data'])
      .where('template', '=', 'survey.invitation')
      .execute();
    const notice = notices.find((n) => JSON.stringify(n.data).includes(invitations[0]?.token as string));
    assert.ok(notice, "the survey link is queued on the citizen's channel");
    assert.equal(notice.channel, 'webhook');
    // A file without any contact channel gets its survey but no notice (skipped, not failed).
    const bare = await api('POST', '/api/requests', officer, {
      serviceId: d.services[0]?.id,
      citizen: { name: 'Budi', nik: NIK },
    });
    assert.equal(bare.statusCode, 201, bare.body);
    const bareId = bare.json().id as string;
    for (const to of ['verification', 'processing'])
      await api('POST', `/api/requests/${bareId}/moves`, officer, { to, note: '' });
    await sql`UPDATE requests SET checklist = (SELECT coalesce(jsonb_agg(e || '{"state":"verified"}'), '[]') FROM jsonb_array_elements(checklist) e)
      WHERE id = ${bareId}`.execute(t.db);
    await api('POST', `/api/requests/${bareId}/moves`, officer, { to: 'done', note: '' });
    assert.equal(
      (await api('POST', `/api/requests/${bareId}/moves`, manager, { to: 'handed_over', note: '' }))
        .statusCode,
      200,
    );
    const bareInv = await t.db
      .selectFrom('surveyInvitations')
      .select('token')
      .where('requestId', '=', bareId)
      .executeTakeFirstOrThrow();
    const bareNotices = await t.db
      .selectFrom('notifications')
      .select('data')
      .where('template', '=', 'survey.invitation')
      .execute();
    assert.equal(bareNotices.filter((n) => JSON.stringify(n.data).includes(bareInv.token)).length, 0);
  });

  it('a survey device at a counter shows the survey of the ticket that counter just served, then nothing', async () => {
    const site = d.counters[0]
      ? (
          await t.db
            .selectFrom('booths')
            .select('siteId')
            .where('id', '=', d.boothId)
            .executeTakeFirstOrThrow()
        ).siteId
      : '';
    const pair = (body: object) =>
      api('POST', '/api/floor/devices', manager, { siteId: site, name: 'Tablet loket 1', ...body });
    // A survey device needs a counter of the site; the other kinds take none.
    const noCounter = await pair({ kind: 'survey' });
    assert.equal(noCounter.statusCode, 422);
    assert.equal(noCounter.json().error.code, 'floor.device_counter_required');
    assert.equal((await pair({ kind: 'display', counterId: counter() })).statusCode, 422);
    const paired = await pair({ kind: 'survey', counterId: counter() });
    assert.equal(paired.statusCode, 201, paired.body);
    const device = { 'x-device-token': paired.json().token as string };
    const atCounter = () => api('GET', '/api/surveys/at-counter', device);
    // Without a token, or with a kiosk's: refused.
    assert.equal((await api('GET', '/api/surveys/at-counter')).statusCode, 400);
    assert.equal(
      (await api('GET', '/api/surveys/at-counter', { 'x-device-token': kiosk['x-kiosk-token'] as string }))
        .statusCode,
      404,
    );
    const { token } = await servedToken();
    const shown = await atCounter();
    assert.equal(shown.statusCode, 200, shown.body);
    assert.equal(shown.json().counter.number, 1);
    assert.equal(shown.json().survey.token, token);
    const sent = await api(
      'POST',
      `/api/surveys/${token}`,
      {},
      { answers: answersAll(4), channel: 'device' },
    );
    assert.equal(sent.statusCode, 201);
    assert.equal((await atCounter()).json().survey, null, 'answered: the device resets');
    // A served ticket older than five minutes is no longer offered at the counter.
    await servedToken();
    try {
      now = new Date(START.getTime() + 6 * 60_000);
      assert.equal((await atCounter()).json().survey, null);
    } finally {
      now = START;
    }
    // Revoked: refused at once.
    await api('POST', `/api/floor/devices/${paired.json().deviceId}/revoke`, manager);
    assert.equal((await atCounter()).statusCode, 401);
  });

  const responsesOf = async (invitationId: string) =>
    (await t.db.selectFrom('surveyResponses').select('id').where('invitationId', '=', invitationId).execute())
      .length;

  describe('across two app processes', () => {
    let processes: AppProcess[] = [];
    after(async () => {
      await Promise.all(processes.map((p) => p.stop()));
    });

    it('records the same token submitted at once through both processes once', async () => {
      processes = await Promise.all([startAppProcess(t.url), startAppProcess(t.url)]);
      const tokens: { token: string; id: string }[] = [];
      for (let i = 0; i < 20; i++) {
        const { token, inv } = await servedToken();
        tokens.push({ token, id: inv.id });
      }
      // The processes run on the real clock: their surveys open from now.
      await sql`UPDATE survey_invitations SET expires_at = now() + interval '30 days'
        WHERE id = ANY(${tokens.map((x) => x.id)}::uuid[])`.execute(t.db);
      const post = (base: string, token: string) =>
        fetch(`${base}/api/surveys/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: answersAll(3), channel: 'device' }),
        });
      const [a, b] = processes as [AppProcess, AppProcess];
      const results = await Promise.all(
        tokens.flatMap(({ token }) => [post(a.baseUrl, token), post(b.baseUrl, token)]),
      );
      const statuses = results.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, tokens.length, statuses.join(','));
      assert.equal(statuses.filter((s) => s === 409).length, tokens.length, statuses.join(','));
      const rows = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM survey_responses WHERE invitation_id = ANY(${tokens.map((x) => x.id)}::uuid[])`.execute(
        t.db,
      );
      assert.equal(rows.rows[0]?.n, tokens.length);
    });
  });
});
