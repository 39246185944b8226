import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { moveComplaint } from '../src/modules/complaints/complaint.moves.ts';
import { systemContext } from '../src/shared/context.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { dukcapil, openAllDay, pairKiosk } from './support/floor.ts';

// Monday 23 November 2026, 09:00 in Surabaya (WIB). The clock moves forward for the 30-day window.
let now = new Date('2026-11-23T02:00:00Z');
const NIK = '3578011708900001';
const MAX_BYTES = 4096;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('foto-antrean'),
]);
const PDF = Buffer.from('%PDF-1.4\n% surat pengaduan\n');
/** A Windows program renamed to .png and declared image/png: refused by its bytes. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);

interface Filed {
  id: string;
  code: string;
  pin: string;
  status: string;
  answerDueAt: string;
  attachments: number;
}
interface ErrorBody {
  error: { code: string; message: { id: string; en: string }; details?: { field: string }[] };
}

async function multipart(complaint: object, files: { name: string; data: Buffer; type: string }[] = []) {
  const form = new FormData();
  form.append('complaint', JSON.stringify(complaint));
  for (const f of files) form.append('files', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name);
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type') ?? '',
  };
}

describe('complaints: filing, attachments, tracking, the citizen’s reply', () => {
  let t: TestApp;
  let filesDir: string;
  let officer: Record<string, string>;
  let manager: Record<string, string>;
  let agencyAdmin: Record<string, string>;
  let otherBooth: string;
  let kiosk: Record<string, string>;
  let d: Awaited<ReturnType<typeof dukcapil>>;
  let officerId: string;

  before(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-complaint-files-'));
    t = await buildTestApp({
      now: () => now,
      env: {
        ATAP_COMPLAINT_FILES_DIR: filesDir,
        ATAP_COMPLAINT_FILE_MAX_BYTES: String(MAX_BYTES),
        ATAP_BOOKING_RATE_PER_MINUTE: '10000',
      },
    });
    await openAllDay(t.db);
    d = await dukcapil(t.db);
    kiosk = await pairKiosk(t.app, t.db);
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    manager = await login(t.app, 'manajer.sby', 'manajer-sby-2026');
    agencyAdmin = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
    const other = await t.db
      .selectFrom('booths as b')
      .innerJoin('sites as s', 's.id', 'b.siteId')
      .select('b.id')
      .where('s.code', '=', 'SBY')
      .where('b.id', '!=', d.boothId)
      .executeTakeFirstOrThrow();
    otherBooth = other.id;
    const me = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'petugas.dukcapil')
      .executeTakeFirstOrThrow();
    officerId = me.id;
  });
  after(async () => {
    await t.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  const api = (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    payload?: object,
    remoteAddress?: string,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}), remoteAddress });

  const fileJson = (body: object, headers: Record<string, string> = {}) =>
    api('POST', '/api/complaints', headers, body);

  async function fileMultipart(body: object, files: { name: string; data: Buffer; type: string }[]) {
    const { payload, contentType } = await multipart(body, files);
    return t.app.inject({
      method: 'POST',
      url: '/api/complaints',
      headers: { 'content-type': contentType },
      payload,
    });
  }

  const content = {
    kind: 'complaint',
    description: 'Petugas meminta biaya tambahan untuk mempercepat KTP.',
    happenedOn: '2026-11-23',
    asks: 'Mohon ditindak dan biaya dikembalikan.',
    identity: 'named',
    contact: { name: 'Budi Santoso', phone: '0812-3456-7891', email: 'budi@example.org' },
  };

  const counter = () => d.counters[0]?.id as string;

  /** A ticket taken at the kiosk; served (called and finished) unless `serve` is false. */
  async function ticket(serve = true) {
    await api('POST', `/api/floor/counters/${counter()}/open`, officer);
    const issued = await api('POST', '/api/floor/sites/SBY/visits', kiosk, {
      serviceIds: [d.services[0]?.id],
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const visit = issued.json() as { trackingCode: string; tickets: { ticketId: string }[] };
    if (serve) {
      const called = await api('POST', `/api/floor/counters/${counter()}/call-next`, officer);
      assert.equal(called.statusCode, 200, called.body);
      const done = await api('POST', `/api/floor/counters/${counter()}/finish`, officer, {
        outcome: 'served',
      });
      assert.equal(done.statusCode, 200, done.body);
    }
    return { code: visit.trackingCode, ticketId: visit.tickets[0]?.ticketId as string };
  }

  /** A file taken in at the counter (NIK ends in 0001). */
  async function applicationFile() {
    await api('POST', `/api/floor/counters/${counter()}/open`, officer);
    await api('POST', '/api/floor/sites/SBY/visits', kiosk, { serviceIds: [d.services[1]?.id] });
    await api('POST', `/api/floor/counters/${counter()}/call-next`, officer);
    const res = await api('POST', `/api/requests/from-counter/${counter()}`, officer, {
      citizen: { name: 'Siti Aminah', nik: NIK, phone: '0812-3456-7890' },
      documents: [],
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json() as { ticketId: string; request: { id: string; trackingCode: string } };
  }

  const rowOf = (id: string) =>
    t.db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const complaintCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM complaints`.execute(t.db)).rows[0]?.n);
  const storedFiles = () => fs.readdirSync(filesDir);

  it('a citizen files from the public site: the place from the chosen service, the code and PIN once', async () => {
    const res = await fileJson({ ...content, channel: 'web', site: 'SBY', serviceId: d.services[0]?.id });
    assert.equal(res.statusCode, 201, res.body);
    const filed = res.json() as Filed;
    assert.match(filed.code, /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    assert.match(filed.pin, /^\d{4}$/);
    const row = await rowOf(filed.id);
    assert.equal(row.channel, 'web');
    assert.equal(row.boothId, d.boothId);
    assert.equal(row.serviceId, d.services[0]?.id);
    assert.ok(row.agencyId);
    assert.equal(row.ticketId, null);
    // Contact encrypted at rest; the PIN too.
    assert.ok(row.nameEncrypted?.startsWith('v1.') && !row.nameEncrypted.includes('Budi'));
    assert.ok(row.phoneEncrypted && !row.phoneEncrypted.includes('3456'));
    assert.ok(!row.pinEncrypted.includes(filed.pin));
    // A service not offered at the site is refused, naming the field.
    const away = await fileJson({ ...content, channel: 'web', site: 'TTG', boothId: d.boothId });
    assert.equal(away.statusCode, 422, away.body);
    assert.equal((away.json() as ErrorBody).error.code, 'complaint.place_invalid');
    // The kiosk files the same way, naming its channel.
    const atKiosk = await fileJson({ ...content, identity: 'anonymous', channel: 'kiosk', site: 'SBY' });
    assert.equal(atKiosk.statusCode, 201, atKiosk.body);
    assert.equal((await rowOf((atKiosk.json() as Filed).id)).channel, 'kiosk');
  });

  it('anonymous keeps no contact, even when one was typed; a bad phone is refused next to its field', async () => {
    const res = await fileJson({ ...content, identity: 'anonymous', channel: 'web', site: 'SBY' });
    assert.equal(res.statusCode, 201, res.body);
    const row = await rowOf((res.json() as Filed).id);
    assert.equal(row.identity, 'anonymous');
    assert.deepEqual([row.nameEncrypted, row.phoneEncrypted, row.emailEncrypted], [null, null, null]);
    const badPhone = await fileJson({
      ...content,
      channel: 'web',
      site: 'SBY',
      contact: { name: 'Budi', phone: '12' },
    });
    assert.equal(badPhone.statusCode, 422, badPhone.body);
    assert.equal((badPhone.json() as ErrorBody).error.details?.[0]?.field, 'body.contact.phone');
    const noName = await fileJson({ ...content, channel: 'web', site: 'SBY', contact: {} });
    assert.equal(noName.statusCode, 400, noName.body);
    assert.equal((noName.json() as ErrorBody).error.details?.[0]?.field, 'body.contact.name');
    const badEmail = await fileJson({
      ...content,
      channel: 'web',
      site: 'SBY',
      contact: { name: 'Budi', email: 'bukan-email' },
    });
    assert.equal(badEmail.statusCode, 400, badEmail.body);
    assert.equal((badEmail.json() as ErrorBody).error.details?.[0]?.field, 'body.contact.email');
  });

  it('from a served ticket: booth, counter, service, officer and time derived; a waiting ticket refused', async () => {
    const waiting = await ticket(false);
    const early = await fileJson({ ...content, channel: 'ticket', ticketCode: waiting.code });
    assert.equal(early.statusCode, 422, early.body);
    assert.equal((early.json() as ErrorBody).error.code, 'complaint.ticket_not_served');
    // Serve it (it is next in the queue), then file from its tracking page.
    await api('POST', `/api/floor/counters/${counter()}/call-next`, officer);
    await api('POST', `/api/floor/counters/${counter()}/finish`, officer, { outcome: 'served' });
    const res = await fileJson({ ...content, channel: 'ticket', ticketCode: waiting.code.toLowerCase() });
    assert.equal(res.statusCode, 201, res.body);
    const row = await rowOf((res.json() as Filed).id);
    assert.equal(row.ticketId, waiting.ticketId);
    assert.equal(row.boothId, d.boothId);
    assert.equal(row.counterId, counter());
    assert.equal(row.serviceId, d.services[0]?.id);
    assert.equal(row.officerId, officerId);
    assert.ok(row.servedAt instanceof Date);
    const unknown = await fileJson({ ...content, channel: 'ticket', ticketCode: 'ZZZZZZZZZZZZZZZZ' });
    assert.equal(unknown.statusCode, 404);
    assert.equal((unknown.json() as ErrorBody).error.code, 'complaint.link_not_found');
  });

  it('from an application file: code and last 4 digits; linked to the file, its ticket, booth and officer', async () => {
    const { request, ticketId } = await applicationFile();
    const wrong = await fileJson({
      ...content,
      channel: 'request',
      fileCode: request.trackingCode,
      last4: '9999',
    });
    assert.equal(wrong.statusCode, 404, wrong.body);
    assert.equal((wrong.json() as ErrorBody).error.code, 'complaint.link_not_found');
    const res = await fileJson({
      ...content,
      channel: 'request',
      fileCode: request.trackingCode,
      last4: '0001',
    });
    assert.equal(res.statusCode, 201, res.body);
    const row = await rowOf((res.json() as Filed).id);
    assert.equal(row.requestId, request.id);
    assert.equal(row.ticketId, ticketId);
    assert.equal(row.boothId, d.boothId);
    assert.equal(row.serviceId, d.services[1]?.id);
    assert.equal(row.officerId, officerId);
    // A file still in process: its service is still being given, so no window applies yet.
    assert.equal(row.channel, 'request');
  });

  it('staff record what came another way: LAPOR! needs its id; the channel and recorder kept', async () => {
    const url = '/api/complaints/sites/SBY/recorded';
    const missing = await api('POST', url, manager, { ...content, channel: 'lapor' });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.equal((missing.json() as ErrorBody).error.details?.[0]?.field, 'body.laporId');
    const res = await api('POST', url, manager, { ...content, channel: 'lapor', laporId: 'LAPOR-1234567' });
    assert.equal(res.statusCode, 201, res.body);
    const row = await rowOf((res.json() as Filed).id);
    assert.equal(row.channel, 'lapor');
    assert.equal(row.laporId, 'LAPOR-1234567');
    assert.ok(row.receivedBy);
    const phone = await api('POST', url, manager, { ...content, channel: 'phone', identity: 'confidential' });
    assert.equal(phone.statusCode, 201, phone.body);
    // Not the officer's to record, nor another site's manager's.
    assert.equal((await api('POST', url, officer, { ...content, channel: 'phone' })).statusCode, 403);
    const ttg = await login(t.app, 'manajer.ttg', 'manajer-ttg-2026');
    const away = await api('POST', url, ttg, { ...content, channel: 'phone' });
    assert.equal((away.json() as ErrorBody).error.code, 'auth.out_of_scope');
  });

  it('attachments: checked by their bytes and size, stored with their sha256, nothing half-written', async () => {
    const base = { ...content, channel: 'web', site: 'SBY', boothId: d.boothId };
    const before = { complaints: await complaintCount(), files: storedFiles().length };
    const tooLarge = await fileMultipart(base, [
      { name: 'besar.png', data: Buffer.concat([PNG, Buffer.alloc(MAX_BYTES)]), type: 'image/png' },
    ]);
    assert.equal(tooLarge.statusCode, 413, tooLarge.body);
    const large = tooLarge.json() as ErrorBody;
    assert.equal(large.error.code, 'complaint.attachment_too_large');
    assert.equal(large.error.details?.[0]?.field, 'files.0');
    const disguised = await fileMultipart(base, [
      { name: 'foto.png', data: PNG, type: 'image/png' },
      { name: 'foto2.png', data: EXE, type: 'image/png' },
    ]);
    assert.equal(disguised.statusCode, 422, disguised.body);
    const bad = disguised.json() as ErrorBody & { error: { details: { message: { id: string } }[] } };
    assert.equal(bad.error.code, 'complaint.attachment_invalid');
    assert.equal(bad.error.details?.[0]?.field, 'files.1');
    assert.match(bad.error.details[0]?.message.id ?? '', /foto2\.png/);
    const four = await fileMultipart(
      base,
      [1, 2, 3, 4].map((n) => ({ name: `f${n}.pdf`, data: PDF, type: 'application/pdf' })),
    );
    assert.equal(four.statusCode, 422, four.body);
    assert.equal((four.json() as ErrorBody).error.code, 'complaint.attachment_invalid');
    // A refused filing leaves no complaint and no file behind.
    assert.deepEqual({ complaints: await complaintCount(), files: storedFiles().length }, before);

    const ok = await fileMultipart(base, [
      { name: 'antrean.png', data: PNG, type: 'image/png' },
      { name: '../../surat.pdf', data: PDF, type: 'application/octet-stream' },
    ]);
    assert.equal(ok.statusCode, 201, ok.body);
    const filed = ok.json() as Filed;
    assert.equal(filed.attachments, 2);
    const rows = await t.db
      .selectFrom('complaintAttachments')
      .selectAll()
      .where('complaintId', '=', filed.id)
      .orderBy('fileName')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.fileName, r.contentType, r.sizeBytes]),
      [
        ['antrean.png', 'image/png', PNG.length],
        ['surat.pdf', 'application/pdf', PDF.length],
      ],
    );
    assert.equal(rows[0]?.sha256, createHash('sha256').update(PNG).digest('hex'));
    assert.ok(storedFiles().includes(rows[0]?.id as string));

    // Staff download it, as an attachment: the manager, the agency concerned; not another agency's complaint.
    const url = `/api/complaints/${filed.id}/attachments/${rows[0]?.id}`;
    const got = await api('GET', url, manager);
    assert.equal(got.statusCode, 200, got.body);
    assert.match(String(got.headers['content-disposition']), /^attachment; filename="antrean.png"/);
    assert.equal(got.headers['content-type'], 'image/png');
    assert.deepEqual(got.rawPayload, PNG);
    assert.equal((await api('GET', url, agencyAdmin)).statusCode, 200);
    assert.equal((await api('GET', url, {})).statusCode, 401);
    // A confidential complainant's own photo may show who they are: kept from the agency as the identity is,
    // in the detail and at its address, until the handler releases the identity; the manager has it throughout.
    const secret = await fileMultipart({ ...base, identity: 'confidential' }, [
      { name: 'wajah.png', data: PNG, type: 'image/png' },
    ]);
    const secretId = (secret.json() as Filed).id;
    const secretFile = await t.db
      .selectFrom('complaintAttachments')
      .select('id')
      .where('complaintId', '=', secretId)
      .executeTakeFirstOrThrow();
    const secretUrl = `/api/complaints/${secretId}/attachments/${secretFile.id}`;
    const attachmentsSeenBy = async (headers: typeof manager) =>
      ((await api('GET', `/api/complaints/${secretId}`, headers)).json() as { attachments: unknown[] })
        .attachments.length;
    assert.equal((await api('GET', secretUrl, manager)).statusCode, 200);
    assert.equal(await attachmentsSeenBy(manager), 1);
    assert.equal((await api('GET', secretUrl, agencyAdmin)).statusCode, 404);
    assert.equal(await attachmentsSeenBy(agencyAdmin), 0);
    await t.db.updateTable('complaints').set({ identityReleased: true }).where('id', '=', secretId).execute();
    assert.equal((await api('GET', secretUrl, agencyAdmin)).statusCode, 200);
    assert.equal(await attachmentsSeenBy(agencyAdmin), 1);
    const theirs = await fileMultipart({ ...base, boothId: otherBooth }, [
      { name: 'lain.png', data: PNG, type: 'image/png' },
    ]);
    const theirsId = (theirs.json() as Filed).id;
    const theirFile = await t.db
      .selectFrom('complaintAttachments')
      .select('id')
      .where('complaintId', '=', theirsId)
      .executeTakeFirstOrThrow();
    const refused = await api('GET', `/api/complaints/${theirsId}/attachments/${theirFile.id}`, agencyAdmin);
    // A name typed in any script downloads under an ASCII spelling (a header carries Latin-1 only).
    const named = await fileMultipart(base, [{ name: 'Señor 写真.png', data: PNG, type: 'image/png' }]);
    const namedId = (named.json() as Filed).id;
    const namedFile = await t.db
      .selectFrom('complaintAttachments')
      .select(['id', 'fileName'])
      .where('complaintId', '=', namedId)
      .executeTakeFirstOrThrow();
    assert.equal(namedFile.fileName, 'Señor 写真.png');
    const namedGot = await api('GET', `/api/complaints/${namedId}/attachments/${namedFile.id}`, manager);
    assert.equal(namedGot.statusCode, 200, namedGot.body);
    assert.match(String(namedGot.headers['content-disposition']), /filename="Senor __\.png"/);
    // Not there for an agency not concerned (as a filtered list would not show it).
    assert.equal(refused.statusCode, 404, refused.body);
    assert.equal((refused.json() as ErrorBody).error.code, 'complaint.attachment_not_found');

    // A transaction that fails after the files were written takes them back.
    await sql`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.file_name = 'boom.png' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`.execute(
      t.db,
    );
    await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON complaint_attachments
      FOR EACH ROW EXECUTE FUNCTION refuse_boom()`.execute(t.db);
    const mid = { complaints: await complaintCount(), files: storedFiles().length };
    const boom = await fileMultipart(base, [{ name: 'boom.png', data: PNG, type: 'image/png' }]);
    assert.ok(boom.statusCode >= 500, boom.body);
    assert.deepEqual({ complaints: await complaintCount(), files: storedFiles().length }, mid);
    await sql`DROP TRIGGER refuse_boom ON complaint_attachments`.execute(t.db);
  });

  it('tracking by code and PIN: status, deadlines, public steps — and no one’s personal data', async () => {
    const { code } = await ticket();
    const res = await fileJson({ ...content, channel: 'ticket', ticketCode: code });
    const filed = res.json() as Filed;
    const tracked = await api('POST', '/api/complaints/track', {}, { code: filed.code, pin: filed.pin });
    assert.equal(tracked.statusCode, 200, tracked.body);
    const view = tracked.json() as Record<string, unknown>;
    assert.equal(view.status, 'received');
    assert.equal(view.linked, 'ticket');
    assert.ok(view.booth && view.agency && view.service);
    assert.ok(view.stageDueAt && view.answerDueAt && view.responseDueAt && view.decisionDueAt);
    assert.deepEqual(
      (view.steps as { action: string }[]).map((s) => s.action),
      ['file'],
    );
    // Nobody's name, phone or e-mail: not the complainant's, not the officer's.
    const officerName = await t.db
      .selectFrom('users')
      .select('displayName')
      .where('id', '=', officerId)
      .executeTakeFirstOrThrow();
    for (const secret of [
      'Budi',
      '3456',
      'budi@example.org',
      officerName.displayName,
      filed.pin,
      'biaya tambahan',
    ])
      assert.ok(!tracked.body.includes(secret), `tracking shows ${secret}`);
    // The code typed loosely (lower case, no dash) is the same code.
    const loose = await api(
      'POST',
      '/api/complaints/track',
      {},
      {
        code: filed.code.replace('-', '').toLowerCase(),
        pin: filed.pin,
      },
    );
    assert.equal(loose.statusCode, 200, loose.body);
  });

  it('wrong PINs lock the code — counted per code, across addresses — and the right PIN waits too', async () => {
    const res = await fileJson({ ...content, identity: 'anonymous', channel: 'web', site: 'SBY' });
    const filed = res.json() as Filed;
    const wrong = filed.pin === '0000' ? '1111' : '0000';
    for (let i = 0; i < 10; i++) {
      const r = await api(
        'POST',
        '/api/complaints/track',
        {},
        { code: filed.code, pin: wrong },
        `10.0.0.${i + 1}`,
      );
      assert.equal(r.statusCode, 404, r.body);
      assert.equal((r.json() as ErrorBody).error.code, 'complaint.not_found');
    }
    const locked = await api(
      'POST',
      '/api/complaints/track',
      {},
      { code: filed.code, pin: filed.pin },
      '10.0.1.1',
    );
    assert.equal(locked.statusCode, 429, locked.body);
    assert.equal((locked.json() as ErrorBody).error.code, 'complaint.locked');
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // Another code is not affected.
    const other = (
      await fileJson({ ...content, identity: 'anonymous', channel: 'web', site: 'SBY' })
    ).json() as Filed;
    const fine = await api(
      'POST',
      '/api/complaints/track',
      {},
      { code: other.code, pin: other.pin },
      '10.0.1.1',
    );
    assert.equal(fine.statusCode, 200, fine.body);
  });

  it('the citizen replies to the answer once (resolved, rating, remark); a second reply hears 409', async () => {
    const filed = (await fileJson({ ...content, channel: 'web', site: 'SBY' })).json() as Filed;
    const creds = { code: filed.code, pin: filed.pin };
    const early = await api(
      'POST',
      '/api/complaints/track/reply',
      {},
      { ...creds, resolved: true, rating: 4 },
    );
    assert.equal(early.statusCode, 409, early.body);
    // The handler verifies and answers it directly (the handling routes are another part's; the core moves it).
    const deps = { db: t.db, notifier: { written: () => undefined }, now: () => now };
    await moveComplaint(deps, systemContext, filed.id, {
      action: 'verify',
      by: 'handler',
      note: 'catatan internal pengelola',
    });
    await moveComplaint(deps, systemContext, filed.id, {
      action: 'answer',
      by: 'handler',
      note: 'Biaya dikembalikan; petugas diberi teguran.',
      publicNote: true,
      set: { answer: 'Biaya dikembalikan; petugas diberi teguran.' },
    });
    const answered = (await api('POST', '/api/complaints/track', {}, creds)).json() as {
      answer: string;
      canReply: boolean;
      steps: { status: string; note: string | null }[];
    };
    assert.equal(answered.answer, 'Biaya dikembalikan; petugas diberi teguran.');
    assert.equal(answered.canReply, true);
    // Every step's status; a note only where the handler made it public.
    assert.deepEqual(
      answered.steps.map((s) => [s.status, s.note]),
      [
        ['received', null],
        ['verified', null],
        ['answered', 'Biaya dikembalikan; petugas diberi teguran.'],
      ],
    );
    const bad = await api('POST', '/api/complaints/track/reply', {}, { ...creds, resolved: true, rating: 5 });
    assert.equal(bad.statusCode, 400);
    const ok = await api(
      'POST',
      '/api/complaints/track/reply',
      {},
      {
        ...creds,
        resolved: true,
        rating: 4,
        remark: 'Terima kasih, cepat.',
      },
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const view = ok.json() as { status: string; reply: unknown; canReply: boolean; canReopen: boolean };
    assert.equal(view.status, 'closed');
    assert.deepEqual(view.reply, { resolved: true, rating: 4, remark: 'Terima kasih, cepat.' });
    assert.equal(view.canReply, false);
    const row = await rowOf(filed.id);
    assert.deepEqual([row.citizenResolved, row.citizenRating, row.outcome], [true, 4, 'citizen']);
    const again = await api(
      'POST',
      '/api/complaints/track/reply',
      {},
      { ...creds, resolved: false, rating: 1 },
    );
    assert.equal(again.statusCode, 409, again.body);
    assert.equal((again.json() as ErrorBody).error.code, 'complaint.illegal_move');
    // Reopening a closed complaint: once, with a reason; a wrong PIN moves nothing.
    const noPin = await api(
      'POST',
      '/api/complaints/track/reopen',
      {},
      {
        code: filed.code,
        pin: filed.pin === '0000' ? '1111' : '0000',
        reason: 'Ternyata biaya belum kembali.',
      },
    );
    assert.equal(noPin.statusCode, 404);
    const reopened = await api(
      'POST',
      '/api/complaints/track/reopen',
      {},
      {
        ...creds,
        reason: 'Ternyata biaya belum kembali.',
      },
    );
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal((reopened.json() as { status: string }).status, 'reopened');
  });

  it('the 30-day window: refused to the citizen, a decision with a note for staff', async () => {
    const served = await ticket();
    const file = await applicationFile();
    await api('POST', `/api/requests/${file.request.id}/moves`, officer, {
      to: 'rejected',
      note: 'NIK tidak sesuai',
    });
    const saved = now;
    now = new Date(now.getTime() + 31 * 86_400_000);
    try {
      const late = await fileJson({ ...content, channel: 'ticket', ticketCode: served.code });
      assert.equal(late.statusCode, 422, late.body);
      assert.equal((late.json() as ErrorBody).error.code, 'complaint.filing_window');
      const lateFile = await fileJson({
        ...content,
        channel: 'request',
        fileCode: file.request.trackingCode,
        last4: '0001',
      });
      assert.equal((lateFile.json() as ErrorBody).error.code, 'complaint.filing_window');
      const url = '/api/complaints/sites/SBY/recorded';
      const asked = await api('POST', url, manager, {
        ...content,
        channel: 'walk_in',
        ticketCode: served.code,
      });
      assert.equal(asked.statusCode, 422, asked.body);
      assert.equal((asked.json() as ErrorBody).error.details?.[0]?.field, 'acceptLate');
      const noNote = await api('POST', url, manager, {
        ...content,
        channel: 'walk_in',
        ticketCode: served.code,
        acceptLate: true,
      });
      assert.equal(noNote.statusCode, 400, noNote.body);
      const accepted = await api('POST', url, manager, {
        ...content,
        channel: 'walk_in',
        ticketCode: served.code,
        acceptLate: true,
        note: 'Warga baru keluar dari rumah sakit; diterima.',
      });
      assert.equal(accepted.statusCode, 201, accepted.body);
      const id = (accepted.json() as Filed).id;
      assert.equal((await rowOf(id)).ticketId, served.ticketId);
      const step = await t.db
        .selectFrom('complaintSteps')
        .select('note')
        .where('complaintId', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(step.note, 'Warga baru keluar dari rumah sakit; diterima.');
      const audit = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', id).execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), ['complaint.accept_late', 'complaint.file']);
      // The staff note is not the citizen's to read.
      const filed = accepted.json() as Filed;
      const view = await api('POST', '/api/complaints/track', {}, { code: filed.code, pin: filed.pin });
      assert.ok(!view.body.includes('rumah sakit'));
    } finally {
      now = saved;
    }
  });
});
