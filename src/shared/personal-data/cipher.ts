import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/**
 * Personal data at rest (UU 27/2022): NIK and phone numbers are stored encrypted (AES-256-GCM, a fresh IV per
 * value, authenticated) and looked up through a keyed hash (HMAC-SHA256), so "this NIK's bookings" is an index
 * scan, not a decryption of every row. Both keys derive from one secret (ATAP_DATA_KEY) with HKDF, each for one
 * purpose. Stored form: `v1.<base64url(iv ‖ ciphertext ‖ tag)>` — the version lets the key be rotated later.
 */
export class PersonalDataCipher {
  // Key objects, not buffers: Node checks and copies a raw key on every use, a measurable cost per request.
  private readonly encryptionKey: KeyObject;
  private readonly matchingKey: KeyObject;
  private readonly fingerprintKey: KeyObject;
  private readonly deviceKey: KeyObject;

  constructor(secret: Buffer) {
    if (secret.length < 32) throw new Error('ATAP_DATA_KEY must hold at least 32 bytes');
    const derive = (info: string) =>
      createSecretKey(Buffer.from(hkdfSync('sha256', secret, 'atap-personal-data', info, 32)));
    this.encryptionKey = derive('encryption v1');
    this.matchingKey = derive('matching v1');
    this.fingerprintKey = derive('fingerprint v1');
    this.deviceKey = derive('sign-in device cookie v1');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1.')) throw new Error('unknown personal-data format');
    const raw = Buffer.from(stored.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  }

  /**
   * Names the key without revealing it: stored in the database, so that a process started with another key than
   * the data was written with is refused at start (data-key.ts).
   */
  fingerprint(): Buffer {
    return createHmac('sha256', this.fingerprintKey).update('atap personal-data key fingerprint').digest();
  }

  /** The same input always gives the same 32 bytes; without the key nobody can test a guessed NIK against it. */
  matchKey(plain: string): Buffer {
    return createHmac('sha256', this.matchingKey).update(plain, 'utf8').digest();
  }

  /** Signs a sign-in device cookie (accounts/device-cookie.ts) under a key of its own, derived like the others. */
  deviceCookieMac(text: string): Buffer {
    return createHmac('sha256', this.deviceKey).update(text, 'utf8').digest();
  }
}
