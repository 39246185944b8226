import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { rebuildRollups } from '../src/modules/requests/requests.rollups.ts';
import { buildTestApp, login, type TestApp } from './support/app.ts';
import { dukcapil, openAllDay, siteId } from './support/floor.ts';

const NIK = '3578011708900001';

/** Moves and completions racing on real connections: one winner per move, exact counts in the monitor. */
describe('application files under concurrency', () => {
  let t: TestApp;
  let officer: Record<string, string>;
  let admin: Record<string, string>;
  before(async () => {
    t = await buildTestApp();
    await openAllDay(t.db);
    officer = await login(t.app, 'petugas.dukcapil', 'petugas-2026');
    admin = await login(t.app, 'admin.dukcapil', 'dukcapil-2026');
  });
  after(() => t.close());

  it('lets one of two simultaneous moves win, and counts every completion once', async () => {
    const d = await dukcapil(t.db);
    const serviceId = d.services[0]?.id as string;
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: officer,
        payload: { serviceId, citizen: { name: `Warga ${i}`, nik: NIK } },
      });
      assert.equal(res.statusCode, 201, res.body);
      ids.push(res.json().id);
    }
    const move = (id: string, to: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `/api/requests/${id}/moves`, headers, payload: { to, note: '' } });
    // Two people press "verification" on every file at the same moment.
    const firsts = await Promise.all(
      ids.flatMap((id) => [move(id, 'verification', officer), move(id, 'verification', admin)]),
    );
    const won = firsts.filter((r) => r.statusCode === 200).length;
    const refused = firsts.filter(
      (r) => r.statusCode === 409 && r.json().error.code === 'application.illegal_transition',
    );
    assert.equal(won, ids.length);
    assert.equal(refused.length, ids.length);
    for (const id of ids) await move(id, 'processing', officer);
    // Every mandatory document verified, then all files completed at once (one booth: one hot rollup row).
    await sql`UPDATE requests SET checklist = (SELECT jsonb_agg(e || '{"state":"verified"}') FROM jsonb_array_elements(checklist) e)
      WHERE id = ANY(${ids}::uuid[])`.execute(t.db);
    const before = await sql<{ completed: number }>`
      SELECT coalesce(sum(completed), 0)::int AS completed FROM monitor_rollups WHERE booth_id = ${d.boothId} AND grain = 'day'`.execute(
      t.db,
    );
    const done = await Promise.all(ids.flatMap((id) => [move(id, 'done', officer), move(id, 'done', admin)]));
    assert.equal(done.filter((r) => r.statusCode === 200).length, ids.length);
    assert.ok(
      done.every((r) => r.statusCode === 200 || r.statusCode === 409),
      'never a 5xx',
    );
    const afterDone = await sql<{ completed: number }>`
      SELECT coalesce(sum(completed), 0)::int AS completed FROM monitor_rollups WHERE booth_id = ${d.boothId} AND grain = 'day'`.execute(
      t.db,
    );
    assert.equal((afterDone.rows[0]?.completed ?? 0) - (before.rows[0]?.completed ?? 0), ids.length);
    const transitions = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM request_transitions WHERE request_id = ANY(${ids}::uuid[]) AND to_state = 'done'`.execute(
      t.db,
    );
    assert.equal(transitions.rows[0]?.n, ids.length);
    // The incremental rollups equal a rebuild from the rows themselves.
    const snapshot = async () =>
      (
        await sql<{
          k: string;
        }>`SELECT grain || period || booth_id || opened || '/' || completed || '/' || completed_on_time
          || array_to_string(completion_histogram, ',') AS k FROM monitor_rollups WHERE site_id = ${await siteId(t.db)} ORDER BY 1`.execute(
          t.db,
        )
      ).rows.map((r) => r.k);
    const incremental = await snapshot();
    await rebuildRollups(t.db, await siteId(t.db));
    assert.deepEqual(await snapshot(), incremental);
  });
});
