import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildHubApp } from '../src/hub.app.ts';
import { loadConfig } from '../src/shared/config.ts';
import { testDataKey } from './support/data-key.ts';
import { type ClusterNode, startHubNode } from './support/national.ts';

const SBY = '00000000-0000-4000-8000-0000000000a1';
const TTG = '00000000-0000-4000-8000-0000000000a2';
const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A minute histogram with `n` tickets that waited `minutes` each (bucket i = i-1 minutes). */
const hist = (n: number, minutes: number) => {
  const h = new Array<number>(minutes + 1).fill(0);
  h[minutes] = n;
  return h;
};

/** RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes), for reading the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  assert.equal(field, '', 'the file ends with a line break');
  return rows;
}

describe('national hub: open data', { timeout: 180_000 }, () => {
  let hub: ClusterNode;
  let app: FastifyInstance;
  let now = new Date('2026-03-03T05:00:00Z');

  before(async () => {
    hub = await startHubNode();
    // Replicated tables are read-only on the hub: written here as a subscription's apply worker would.
    await hub.db.transaction().execute(async (tx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(tx);
      await sql`INSERT INTO sites (id, code, name, province, city, timezone) VALUES
        (${SBY}, 'SBY', 'MPP Siola, "Surabaya"', 'Jawa Timur', 'Surabaya', 'Asia/Jakarta'),
        (${TTG}, 'TTG', 'MPP Tebing Tinggi', 'Sumatera Utara', 'Tebing Tinggi', 'Asia/Jakarta')`.execute(tx);
      await sql`INSERT INTO national_heartbeats (site_id, beat_at, schema_version) VALUES
        (${SBY}, '2026-03-03T04:59:00Z', '0026'), (${TTG}, '2026-03-03T04:59:00Z', '0026')`.execute(tx);
    });
    const row = (site: string, day: string, type: string, v: Record<string, unknown>) =>
      sql`INSERT INTO national.day_facts (site_id, day, service_type_code, issued, served, no_shows, wait_hist,
            service_hist, files_done, files_on_time, survey_n, survey_sum, survey_cnt, complaints_due,
            complaints_on_time, quota_services, quota_out)
          VALUES (${site}, ${day}, ${type}, ${v.issued ?? 0}, ${v.served ?? 0}, ${v.noShows ?? 0},
            ${v.wait ?? []}::int[], ${v.service ?? []}::int[], ${v.filesDone ?? 0}, ${v.filesOnTime ?? 0},
            ${v.surveyN ?? 0}, ${v.surveySum ?? [0, 0, 0, 0, 0, 0, 0, 0, 0]}::int[],
            ${v.surveyCnt ?? [0, 0, 0, 0, 0, 0, 0, 0, 0]}::int[], ${v.complaintsDue ?? 0},
            ${v.complaintsOnTime ?? 0}, ${v.quotaServices ?? 0}, ${v.quotaOut ?? 0})`.execute(hub.db);
    // 2026-01-05: long closed. 2026-03-02: yesterday, open (late data may still come).
    await row(SBY, '2026-01-05', 'PASPOR', {
      issued: 20,
      served: 18,
      wait: hist(20, 12),
      service: hist(18, 6),
    });
    await row(SBY, '2026-03-02', 'PASPOR', {
      issued: 5,
      served: 5,
      wait: hist(5, 9),
      service: hist(5, 4),
      surveyN: 5,
      surveySum: new Array(9).fill(20),
      surveyCnt: new Array(9).fill(5),
    });
    await row(SBY, '2026-03-02', 'KTP_EL', {
      issued: 4,
      served: 4,
      wait: hist(4, 3),
      surveyN: 4,
      surveySum: new Array(9).fill(16),
      surveyCnt: new Array(9).fill(4),
    });
    await row(TTG, '2026-03-02', 'LAINNYA', {
      issued: 0,
      filesDone: 12,
      filesOnTime: 10,
      quotaServices: 2,
      quotaOut: 1,
    });

    // The rollup writes a booth-opening row for every site and day it builds, quiet days too (2026-03-01: closed).
    await sql`INSERT INTO national.site_day_facts (site_id, day, open) VALUES
      (${SBY}, '2026-01-05', true), (${SBY}, '2026-03-01', false), (${TTG}, '2026-03-01', false),
      (${SBY}, '2026-03-02', true), (${TTG}, '2026-03-02', true)`.execute(hub.db);
    const config = loadConfig({ ATAP_LOG_LEVEL: 'silent', ATAP_MODE: 'hub', ATAP_DATA_KEY: testDataKey });
    app = await buildHubApp({ config, db: hub.db, now: () => now });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await hub?.destroy();
  });

  const base = '/api/national/open-data';
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('lists the days, closed only when final', async () => {
    const res = await get(`${base}/days`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().days, [
      { day: '2026-01-05', sites: 1, closed: true },
      { day: '2026-03-01', sites: 2, closed: false },
      { day: '2026-03-02', sites: 2, closed: false },
    ]);
  });

  it('a day built with no activity anywhere is its header alone', async () => {
    const res = await get(`${base}/days/2026-03-01/atap-layanan-harian-2026-03-01.csv`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.body.split('\n').length, 2, 'the header and the final line break');
    assert.match(res.body, /^day,site_id,/);
    assert.equal((await get(`${base}/days/2026-03-01/atap-layanan-harian-2026-03-01.json`)).body, '[]\n');
  });

  it('a day is suppressed where fewer than 5 people: 4 tickets and 4 respondents hidden, 5 shown', async () => {
    const res = await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.json`);
    assert.equal(res.statusCode, 200);
    const rows = res.json() as Record<string, unknown>[];
    const sbyKtp = rows.find((r) => r.site_code === 'SBY' && r.service_type_code === 'KTP_EL');
    const sbyPassport = rows.find((r) => r.site_code === 'SBY' && r.service_type_code === 'PASPOR');
    assert.ok(sbyKtp && sbyPassport);
    assert.equal(sbyKtp.tickets_issued, null);
    assert.equal(sbyKtp.wait_p50_min, null);
    assert.equal(sbyKtp.ikm, null);
    assert.equal(
      sbyKtp.suppressed,
      'tickets_issued visitors_served wait_p50_min wait_p90_min survey_respondents ikm ikm_grade',
    );
    assert.equal(sbyPassport.tickets_issued, 5);
    assert.equal(sbyPassport.wait_p50_min, 9);
    assert.equal(sbyPassport.wait_p90_min, 9);
    assert.equal(sbyPassport.service_p50_min, 4);
    assert.equal(sbyPassport.ikm, 100);
    assert.equal(sbyPassport.ikm_grade, 'A');
    assert.equal(sbyPassport.suppressed, null, 'nothing suppressed: empty, null in JSON');
  });

  it('gives the same bytes every time, whatever order the rows were written in', async () => {
    const url = `${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`;
    const first = await get(url);
    const second = await get(url);
    assert.equal(sha(first.rawPayload), sha(second.rawPayload));
    // Rewrite the day's rows in the opposite physical order: still the same bytes.
    await hub.db.transaction().execute(async (tx) => {
      const saved = await sql`DELETE FROM national.day_facts WHERE day = '2026-03-02' RETURNING *`.execute(
        tx,
      );
      for (const r of [...saved.rows].reverse()) {
        const cols = Object.keys(r as object).map((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
        const values = Object.values(r as object);
        await sql`INSERT INTO national.day_facts (${sql.join(cols.map((c) => sql.ref(c)))}) VALUES (${sql.join(values)})`.execute(
          tx,
        );
      }
    });
    const third = await get(url);
    assert.equal(sha(third.rawPayload), sha(first.rawPayload));
    assert.equal(first.headers.etag, `"${sha(first.rawPayload)}"`);
    for (const h of [first, second, third])
      assert.doesNotMatch(h.body, /2026-03-03/, 'no date of making inside');
  });

  it('the CSV read back (RFC 4180, types from the datapackage) equals the JSON', async () => {
    const csv = (await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`)).body;
    const json = (await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.json`)).json();
    const pkg = (await get(`${base}/days/2026-03-02/datapackage.json`)).json();
    const fields = pkg.resources[0].schema.fields as { name: string; type: string }[];
    const [header, ...lines] = parseCsv(csv);
    assert.deepEqual(
      header,
      fields.map((f) => f.name),
      'the datapackage lists every column of the CSV, in order',
    );
    assert.match(csv, /"MPP Siola, ""Surabaya"""/, 'a name with a comma and quotes is quoted');
    const typed = lines.map((cells) =>
      Object.fromEntries(
        fields.map((f, i) => {
          const text = cells[i] ?? '';
          if (f.type === 'integer' || f.type === 'number') return [f.name, text === '' ? null : Number(text)];
          return [f.name, text === '' ? null : text];
        }),
      ),
    );
    assert.deepEqual(typed, json);
    for (const resource of pkg.resources) {
      const file = await get(`${base}/days/2026-03-02/${resource.path}`);
      assert.equal(resource.hash, `sha256:${sha(file.rawPayload)}`);
      assert.equal(resource.bytes, file.rawPayload.length);
    }
    assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
  });

  it('caches: a closed day immutable, an open day revalidated, 304 on a matching ETag', async () => {
    const closed = await get(`${base}/days/2026-01-05/atap-layanan-harian-2026-01-05.csv`);
    assert.match(String(closed.headers['cache-control']), /immutable/);
    const open = await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`);
    assert.equal(open.headers['cache-control'], 'public, no-cache');
    const again = await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`, {
      'if-none-match': String(open.headers.etag),
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    // Past the settling time and with every site's data beyond it, the day closes.
    now = new Date('2026-04-10T00:00:00Z');
    await sql`SET session_replication_role = replica; UPDATE national_heartbeats SET beat_at = '2026-04-09T00:00:00Z'; SET session_replication_role = origin`.execute(
      hub.db,
    );
    const later = await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`);
    assert.match(String(later.headers['cache-control']), /immutable/);
    now = new Date('2026-03-03T05:00:00Z');
  });

  it('a range is one CSV: one header, then the days in order', async () => {
    const res = await get(`${base}/range.csv?from=2026-01-01&to=2026-03-31`);
    assert.equal(res.statusCode, 200);
    const day1 = (await get(`${base}/days/2026-01-05/atap-layanan-harian-2026-01-05.csv`)).body;
    const day2 = (await get(`${base}/days/2026-03-02/atap-layanan-harian-2026-03-02.csv`)).body;
    const [header, ...rest1] = day1.split('\n');
    assert.equal(res.body, [header, ...rest1].join('\n') + day2.split('\n').slice(1).join('\n'));
    assert.match(
      String(res.headers['content-disposition']),
      /atap-layanan-harian-2026-01-01_2026-03-31\.csv/,
    );
  });

  it('the dataset’s datapackage.json points at the latest day', async () => {
    const res = await get(`${base}/datapackage.json`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().resources.map((r: { path: string }) => r.path),
      [
        'days/2026-03-02/atap-layanan-harian-2026-03-02.csv',
        'days/2026-03-02/atap-layanan-harian-2026-03-02.json',
      ],
    );
  });

  it('`atap hub open-data --day D --out DIR` writes the bytes the API serves', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'atap-open-data-'));
    try {
      const run = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['src/cli.ts', 'hub', 'open-data', '--day', '2026-03-02', '--out', out],
          {
            cwd: path.resolve(import.meta.dirname, '..'),
            env: {
              ...process.env,
              DATABASE_URL: hub.url,
              ATAP_LOG_LEVEL: 'silent',
              ATAP_DATA_KEY: testDataKey,
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let output = '';
        child.stdout.on('data', (c: Buffer) => {
          output += c.toString();
        });
        child.stderr.on('data', (c: Buffer) => {
          output += c.toString();
        });
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, output }));
      });
      assert.equal(run.code, 0, run.output);
      for (const name of [
        'datapackage.json',
        'atap-layanan-harian-2026-03-02.csv',
        'atap-layanan-harian-2026-03-02.json',
      ]) {
        const api = await get(`${base}/days/2026-03-02/${name}`);
        assert.equal(sha(fs.readFileSync(path.join(out, name))), sha(api.rawPayload), name);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('is in the hub’s OpenAPI document, with its access rule', async () => {
    const doc = (await get('/api/docs/json')).json();
    for (const route of [
      '/api/national/open-data/days',
      '/api/national/open-data/days/{day}/{file}',
      '/api/national/open-data/range.csv',
      '/api/national/open-data/datapackage.json',
    ]) {
      assert.equal(doc.paths[route]?.get?.['x-access']?.action, 'national.read', route);
    }
  });

  it('answers bad input with a 4xx, a stable code and an Indonesian and English message', async () => {
    const cases: [string, number, string][] = [
      [`${base}/days/2026-02-30/datapackage.json`, 400, 'request.invalid'],
      [`${base}/days/yesterday/datapackage.json`, 400, 'request.invalid'],
      [`${base}/days/2026-03-02/data.xlsx`, 404, 'open_data.file_not_found'],
      [`${base}/days/2026-03-02/atap-layanan-harian-2026-03-01.csv`, 404, 'open_data.file_not_found'],
      [`${base}/days/2026-02-28/datapackage.json`, 404, 'open_data.day_not_found'],
      [`${base}/range.csv?from=2026-03-02`, 400, 'request.invalid'],
      [`${base}/range.csv?from=2026-03-02&to=2026-03-01`, 400, 'open_data.range_reversed'],
      [`${base}/range.csv?from=2025-01-01&to=2026-01-02`, 400, 'open_data.range_too_long'],
    ];
    for (const [url, status, code] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, status, url);
      const body = res.json();
      assert.equal(body.error.code, code, url);
      assert.ok(body.error.message.id && body.error.message.en, url);
    }
    // 366 days, both ends included, is allowed.
    assert.equal((await get(`${base}/range.csv?from=2025-01-01&to=2026-01-01`)).statusCode, 200);
  });
});
