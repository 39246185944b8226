import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffSeconds, render, templateKeys } from './templates.ts';

describe('notification templates', () => {
  const data = {
    code: 'AB12CD34EF',
    service: 'Paspor <Baru>',
    site: 'MPP Surabaya',
    date: '2026-11-24',
    starts: '10:00',
    checklist: 'KTP-el; KK',
  };

  it('renders every template in Indonesian and English, HTML escaped', () => {
    for (const key of templateKeys)
      for (const lang of ['id', 'en'] as const) {
        const r = render(key, lang, data);
        assert.ok(r.subject.length > 0 && r.text.includes('AB12CD34EF'), `${key}/${lang}`);
        assert.ok(r.html.includes('Paspor &lt;Baru&gt;') && !r.html.includes('<Baru>'));
      }
    assert.match(render('booking.reminder', 'id', data).text, /Besok, 2026-11-24 pukul 10:00/);
    assert.throws(() => render('nope', 'id', data));
  });

  it('links to the public address when one is configured, and only then', () => {
    const url = 'https://mpp.surabaya.go.id';
    for (const key of ['booking.confirmed', 'booking.reminder', 'booking.affected', 'booking.moved'])
      for (const lang of ['id', 'en'] as const) {
        const r = render(key, lang, data, url);
        assert.match(
          r.text,
          /https:\/\/mpp\.surabaya\.go\.id\/pesan\/cek\?kode=AB12CD34EF$/,
          `${key}/${lang}`,
        );
        assert.match(r.html, /<a href="https:\/\/mpp\.surabaya\.go\.id\/pesan\/cek\?kode=AB12CD34EF">/);
      }
    assert.match(
      render('request.ready', 'id', { ...data, code: 'ABCD-EFGH-JKMN' }, url).text,
      /Lacak berkas: https:\/\/mpp\.surabaya\.go\.id\/lacak-berkas\?kode=ABCD-EFGH-JKMN$/,
    );
    assert.match(
      render('survey.invitation', 'en', { ...data, code: 'tok_en-x' }, url).text,
      /Answer the survey: https:\/\/mpp\.surabaya\.go\.id\/survei\/tok_en-x\?dari=notifikasi$/,
    );
    for (const key of templateKeys) assert.doesNotMatch(render(key, 'id', data).text, /https?:/, key);
  });

  it('backs off exponentially with jitter, capped at an hour', () => {
    assert.equal(backoffSeconds(1, 0.5), 30);
    assert.equal(backoffSeconds(2, 0.5), 60);
    assert.equal(backoffSeconds(3, 0.5), 120);
    assert.equal(backoffSeconds(20, 0.5), 3600);
    assert.ok(backoffSeconds(1, 0) >= 24 && backoffSeconds(1, 0.999) <= 36);
  });
});
