import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { patchOf } from './patch-schema.ts';

describe('patchOf', () => {
  const create = z.object({
    name: z.string().min(2),
    description: z.string().default(''),
    phone: z.string().nullable().default(null),
    keywords: z.array(z.string()).default([]),
  });
  const patch = patchOf(create);

  it('leaves out every field the body does not name, defaulted or not', () => {
    assert.deepEqual(patch.parse({ phone: '0812' }), { phone: '0812' });
    assert.deepEqual(patch.parse({}), {});
  });

  it('keeps what the body names, explicit null and empty values included', () => {
    assert.deepEqual(patch.parse({ phone: null, keywords: [], description: '' }), {
      phone: null,
      keywords: [],
      description: '',
    });
  });

  it('still validates the fields it gets', () => {
    assert.equal(patch.safeParse({ name: 'x' }).success, false);
    assert.equal(patch.safeParse({ keywords: 'x' }).success, false);
  });
});
