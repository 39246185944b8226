import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  addObservation,
  drawFindings,
  type FindingDeps,
} from '../src/modules/evaluation/findings.service.ts';
import { instrumentDefinition } from '../src/modules/evaluation/instrument.schema.ts';
import { inspection } from '../src/modules/evaluation/instruments/inspection.ts';
import type { RequestContext } from '../src/shared/context.ts';
import { type BrowserHarness, seriousViolations, signIn, startBrowserHarness } from './support/browser.ts';
import { testCipher } from './support/data-key.ts';

const SHOTS = process.env.ATAP_SCREENSHOTS ?? '/tmp';

/**
 * Findings in Chromium: drawn from a booth inspection, the agency's admin reports the action (a field error first),
 * the evaluator verifies and closes it; a stale screen hears "someone else changed this — reload"; the overdue
 * list. Axe-clean on each screen.
 */
describe('evaluation findings in a browser', () => {
  let h: BrowserHarness;
  let evaluator: RequestContext;
  let tagFinding = '';
  let standardFinding = '';
  const deps = (): FindingDeps => ({
    db: h.db,
    notifier: { written: () => undefined },
    now: () => new Date(),
    personalData: testCipher,
    notify: { email: false, webhook: false },
  });

  before(async () => {
    h = await startBrowserHarness();
    const site = await h.db
      .selectFrom('sites')
      .select('id')
      .where('code', '=', 'SBY')
      .executeTakeFirstOrThrow();
    const booth = await h.db
      .selectFrom('booths as b')
      .innerJoin('agencies as a', 'a.id', 'b.agencyId')
      .select(['b.id', 'b.agencyId'])
      .where('b.siteId', '=', site.id)
      .where('a.code', '=', 'DISPENDUKCAPIL')
      .executeTakeFirstOrThrow();
    const user = await h.db
      .selectFrom('users')
      .select(['id', 'displayName'])
      .where('username', '=', 'evaluator')
      .executeTakeFirstOrThrow();
    evaluator = {
      actor: {
        userId: user.id,
        username: 'evaluator',
        displayName: user.displayName,
        role: 'evaluator',
        siteId: null,
        agencyId: null,
        boothId: null,
      },
      clientIp: null,
      requestId: 'browser-test',
    };
    const instrument = await h.db
      .insertInto('instruments')
      .values({ code: 'INSPEKSI-UJI', name: 'Inspeksi gerai', kind: 'inspection' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await h.db
      .insertInto('instrumentVersions')
      .values({
        instrumentId: instrument.id,
        version: 1,
        definition: JSON.stringify(instrumentDefinition.parse(inspection)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const assessment = await h.db
      .insertInto('assessments')
      .values({
        instrumentVersionId: version.id,
        siteId: site.id,
        agencyId: booth.agencyId,
        boothId: booth.id,
        periodFrom: '2026-11-01',
        periodTo: '2026-11-30',
        status: 'submitted',
        createdBy: user.id,
        updatedAt: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await h.db
      .insertInto('assessmentScores')
      .values(
        [
          ['tanda-nama', '0', 'Dua petugas tanpa tanda nama.'],
          ['standar-dipajang', '0.5', 'Standar dipajang tanpa biaya.'],
          ['kebersihan', '1', ''],
        ].map(([indicatorId, value, note]) => ({
          assessmentId: assessment.id,
          indicatorId: indicatorId as string,
          value: value as string,
          note: note as string,
          writeId: crypto.randomUUID(),
          savedBy: user.id,
        })),
      )
      .execute();
    const drawn = await drawFindings(deps(), evaluator, assessment.id, {});
    assert.equal(drawn.created, 2);
    tagFinding = drawn.rows.find((r) => r.indicatorId === 'tanda-nama')?.id ?? '';
    standardFinding = drawn.rows.find((r) => r.indicatorId === 'standar-dipajang')?.id ?? '';
    // An observation whose due date has passed: the overdue list shows it.
    const late = await addObservation(deps(), evaluator, assessment.id, {
      title: 'Kotak saran terkunci dan tidak pernah dibuka',
      severity: 'medium',
      evidence: 'Kunci dipegang kepala gerai yang sedang cuti.',
      recommendation: 'Buka kotak saran setiap minggu dan catat isinya.',
    });
    await h.db
      .updateTable('findings')
      .set({ dueAt: new Date(Date.now() - 3 * 86_400_000) })
      .where('id', '=', late.id)
      .execute();
  });
  after(() => h.close());

  it('the agency reports its action, the evaluator verifies and closes it; stale screens reload; what is overdue', async () => {
    const agencyContext = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const agency = await agencyContext.newPage();
    await signIn(agency, h.baseUrl, '/kelola', 'admin.dukcapil', 'dukcapil-2026');
    await agency.getByRole('link', { name: 'Temuan evaluasi' }).click();
    await agency.getByRole('heading', { name: 'Temuan evaluasi dan tindak lanjut' }).waitFor();
    await agency.getByRole('button', { name: 'Buka temuan Petugas memakai tanda nama dan seragam' }).click();
    const panel = agency.getByRole('region', { name: 'Petugas memakai tanda nama dan seragam' });
    await panel.getByRole('heading', { name: 'Laporkan tindak lanjut' }).waitFor();
    assert.equal(await agency.getByTestId('finding-status').textContent(), 'Terbuka');
    // Too short: the server's message stands next to the field, in Indonesian.
    await panel.getByLabel('Apa yang sudah dilakukan').fill('Sudah');
    await panel.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    const fieldError = panel.locator('#answer-text-error');
    await fieldError.waitFor();
    assert.equal(await panel.getByLabel('Apa yang sudah dilakukan').getAttribute('aria-invalid'), 'true');
    await agency.screenshot({ path: `${SHOTS}/findings-answer-error.png`, fullPage: true });
    await panel
      .getByLabel('Apa yang sudah dilakukan')
      .fill('Tanda nama dan seragam dibagikan kepada semua petugas.');
    await panel.getByLabel(/^Bukti/).fill('Foto apel pagi 4 Desember.');
    await panel.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    await agency.getByText('Tindak lanjut terkirim. Menunggu verifikasi tim evaluasi.').waitFor();
    await agency.getByTestId('finding-status').getByText('Dijawab', { exact: true }).waitFor();
    await panel.getByText('Tanda nama dan seragam dibagikan kepada semua petugas.').waitFor();
    assert.deepEqual(await seriousViolations(agency), []);
    await agency.screenshot({ path: `${SHOTS}/findings-agency-answered.png`, fullPage: true });

    const evalContext = await h.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const ev = await evalContext.newPage();
    await signIn(
      ev,
      h.baseUrl,
      `/kelola/evaluasi/temuan?temuan=${tagFinding}`,
      'evaluator',
      'evaluator-2026',
    );
    const evPanel = ev.getByRole('region', { name: 'Petugas memakai tanda nama dan seragam' });
    await evPanel.getByRole('heading', { name: 'Verifikasi tindak lanjut' }).waitFor();
    assert.deepEqual(await seriousViolations(ev), []);
    await evPanel.getByRole('button', { name: 'Verifikasi dan tutup temuan' }).click();
    await ev.getByRole('status').getByText('Temuan ditutup.', { exact: true }).waitFor();
    await ev.getByTestId('finding-status').getByText('Ditutup', { exact: true }).waitFor();
    const timeline = await evPanel.getByRole('list').last().textContent();
    assert.match(timeline ?? '', /Temuan dicatat.*Tindak lanjut.*Diverifikasi dan ditutup/s);
    await ev.screenshot({ path: `${SHOTS}/findings-evaluator-closed.png`, fullPage: true });

    // A stale screen: the evaluator's page shows version 1 of the other finding; someone edits it meanwhile.
    await ev.goto(`${h.baseUrl}/kelola/evaluasi/temuan?temuan=${standardFinding}`);
    const stalePanel = ev.getByRole('region', { name: 'Standar pelayanan dipajang' });
    await stalePanel.getByRole('heading', { name: 'Ubah rekomendasi' }).waitFor();
    await h.db
      .updateTable('findings')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', standardFinding)
      .execute();
    await stalePanel
      .getByRole('textbox', { name: 'Rekomendasi' })
      .fill('Pasang papan standar pelayanan lengkap dengan biaya.');
    await stalePanel.getByRole('button', { name: 'Simpan perubahan' }).click();
    await ev
      .getByText('Orang lain baru saja mengubah temuan ini. Muat ulang untuk melihat yang terbaru.')
      .waitFor();
    await ev.screenshot({ path: `${SHOTS}/findings-conflict.png`, fullPage: true });
    // The focus waits on "reload": Enter takes it. The form is filled again once the fresh finding is in (under
    // load the refetch can land after the typing and would put the stale version back under the save).
    const reloaded = ev.waitForResponse(
      (r) => r.request().method() === 'GET' && r.url().includes('/api/evaluation/') && r.ok(),
    );
    await ev.keyboard.press('Enter');
    await reloaded;
    await ev
      .getByText('Orang lain baru saja mengubah temuan ini. Muat ulang untuk melihat yang terbaru.')
      .waitFor({ state: 'hidden' });
    await stalePanel
      .getByRole('textbox', { name: 'Rekomendasi' })
      .fill('Pasang papan standar pelayanan lengkap dengan biaya.');
    await stalePanel.getByRole('button', { name: 'Simpan perubahan' }).click();
    await ev.getByText('Temuan diperbarui.').waitFor();

    // The overdue list: the observation past its due date, counted for its agency.
    await ev.getByRole('tab', { name: 'Terlambat' }).click();
    const row = ev.getByRole('row', { name: /Kotak saran terkunci/ });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Terlambat/);
    await ev.getByRole('heading', { name: 'Terlambat per instansi' }).waitFor();
    assert.equal(await ev.getByRole('row', { name: /tanda nama/ }).count(), 0);
    assert.deepEqual(await seriousViolations(ev), []);
    await ev.screenshot({ path: `${SHOTS}/findings-overdue.png`, fullPage: true });
    await agencyContext.close();
    await evalContext.close();
  });
});
