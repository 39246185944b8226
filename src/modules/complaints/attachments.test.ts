import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../shared/errors.ts';
import { sniffType } from '../../shared/http/file-kinds.ts';
import { checkFiles, safeFileName } from './attachments.ts';

const limits = { dir: '/nowhere', maxBytes: 64 };
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof AppError);
    return { code: error.code, field: error.details?.[0]?.field };
  }
  assert.fail('not refused');
};

describe('complaint attachments', () => {
  it('knows the four kinds by their first bytes, whatever the name says', () => {
    assert.equal(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffType(png), 'image/png');
    assert.equal(sniffType(webp), 'image/webp');
    assert.equal(sniffType(Buffer.from('%PDF-1.7')), 'application/pdf');
    // A RIFF that is not WebP (a WAV), a program, an SVG (script inside), nothing at all.
    assert.equal(sniffType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')])), null);
    assert.equal(sniffType(Buffer.from('MZ\x90\x00')), null);
    assert.equal(sniffType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')), null);
    assert.equal(sniffType(Buffer.alloc(0)), null);
  });

  it('refuses too many, too large and the wrong kind, naming the file’s field', () => {
    const ok = { name: 'a.png', buffer: png };
    assert.deepEqual(
      refusal(() => checkFiles([ok, ok, ok, ok], limits)),
      { code: 'complaint.attachment_invalid', field: 'files' },
    );
    assert.deepEqual(
      refusal(() =>
        checkFiles([ok, { name: 'b.png', buffer: Buffer.concat([png, Buffer.alloc(64)]) }], limits),
      ),
      { code: 'complaint.attachment_too_large', field: 'files.1' },
    );
    assert.deepEqual(
      refusal(() => checkFiles([{ name: 'c.pdf', buffer: Buffer.from('not a pdf') }], limits)),
      { code: 'complaint.attachment_invalid', field: 'files.0' },
    );
    const [checked] = checkFiles([ok], limits);
    assert.equal(checked?.contentType, 'image/png');
    assert.match(checked?.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  it('keeps a file name without its path, quotes or control characters', () => {
    assert.equal(safeFileName('../../etc/passwd'), 'passwd');
    assert.equal(safeFileName('C:\\Users\\budi\\foto "KTP".jpg'), 'foto KTP.jpg');
    assert.equal(safeFileName('a\r\nb.pdf'), 'ab.pdf');
    assert.equal(safeFileName(''), 'lampiran');
  });
});
