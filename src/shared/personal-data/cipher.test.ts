import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { PersonalDataCipher } from './cipher.ts';

describe('personal data cipher', () => {
  const cipher = new PersonalDataCipher(randomBytes(32));

  it('round-trips, with a different ciphertext every time', () => {
    const a = cipher.encrypt('3578011708900001');
    const b = cipher.encrypt('3578011708900001');
    assert.notEqual(a, b);
    assert.equal(cipher.decrypt(a), '3578011708900001');
    assert.ok(!a.includes('3578'));
  });

  it('detects tampering', () => {
    const stored = cipher.encrypt('081234567890');
    const raw = Buffer.from(stored.slice(3), 'base64url');
    raw[14] = (raw[14] ?? 0) ^ 1;
    assert.throws(() => cipher.decrypt(`v1.${raw.toString('base64url')}`));
  });

  it('matches by keyed hash: stable under one key, different under another', () => {
    assert.deepEqual(cipher.matchKey('3578011708900001'), cipher.matchKey('3578011708900001'));
    assert.notDeepEqual(cipher.matchKey('3578011708900001'), cipher.matchKey('3578011708900002'));
    const other = new PersonalDataCipher(randomBytes(32));
    assert.notDeepEqual(other.matchKey('3578011708900001'), cipher.matchKey('3578011708900001'));
  });

  it('requires a long enough key', () => {
    assert.throws(() => new PersonalDataCipher(Buffer.alloc(8)));
  });

  it('names its key by a fingerprint that differs between keys and reveals neither', () => {
    const secret = randomBytes(32);
    assert.deepEqual(
      new PersonalDataCipher(secret).fingerprint(),
      new PersonalDataCipher(secret).fingerprint(),
    );
    assert.notDeepEqual(cipher.fingerprint(), new PersonalDataCipher(randomBytes(32)).fingerprint());
  });
});
