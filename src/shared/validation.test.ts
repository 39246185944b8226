import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { zodIssuesToFieldIssues } from './validation.ts';

function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  assert.equal(parsed.success, false);
  return zodIssuesToFieldIssues(parsed.error?.issues ?? [], 'body');
}

describe('validation messages', () => {
  it("says a pattern's meaning in both languages, never the word regex", () => {
    const [issue] = issuesOf(
      z.object({ code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'A-Z, 0-9 and -') }),
      { code: 'dinas kesehatan!' },
    );
    assert.equal(issue?.field, 'body.code');
    assert.match(issue?.message.id ?? '', /^Hanya huruf A–Z, angka 0–9 dan tanda hubung/);
    assert.match(issue?.message.en ?? '', /^Only letters A–Z, digits 0–9 and hyphens/);
    assert.doesNotMatch(JSON.stringify(issue), /regex/);
  });

  it('names the common formats for people, and falls back without jargon', () => {
    const schema = z.object({ email: z.email(), day: z.iso.date(), other: z.string().regex(/^x$/) });
    const issues = issuesOf(schema, { email: 'siti@', day: '5/12/2026', other: 'y' });
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    assert.equal(byField['body.email']?.id, 'Alamat e-mail tidak valid.');
    assert.equal(byField['body.day']?.en, 'Not a valid date (YYYY-MM-DD).');
    assert.deepEqual(byField['body.other'], { id: 'Format tidak sesuai.', en: 'Invalid format.' });
  });
});
