import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { PersonalDataCipher } from '../../shared/personal-data/cipher.ts';

/**
 * The sign-in device cookie (OWASP "device cookies", see login.rules.ts): set on a successful sign-in, it names the
 * username and a random device id, signed with a key derived from the installation's data key, so nobody can make
 * one for a username they have not signed in as. Presented for the username it names, the try is throttled per
 * (username, device) only. Form: `v1.<base64url(username)>.<device id>.<base64url(HMAC)>`.
 */

export const DEVICE_COOKIE = 'atap_device';
/** Only the sign-in and password-change routes read it. */
export const DEVICE_COOKIE_PATH = '/api/auth';
export const DEVICE_COOKIE_DAYS = 180;

function signed(cipher: PersonalDataCipher, username: string, device: string): string {
  const body = `v1.${Buffer.from(username, 'utf8').toString('base64url')}.${device}`;
  return `${body}.${cipher.deviceCookieMac(body).toString('base64url')}`;
}

/** The cookie for this username: the same device id when the browser already had one, else a new one. */
export function deviceCookieFor(cipher: PersonalDataCipher, username: string, device: string | null): string {
  return signed(cipher, username, device ?? randomBytes(16).toString('base64url'));
}

/** The device id when `cookie` is a valid device cookie for `username`; else null. */
export function deviceOf(
  cipher: PersonalDataCipher,
  cookie: string | undefined,
  username: string,
): string | null {
  if (!cookie || cookie.length > 1000) return null;
  const parts = cookie.split('.');
  if (parts.length !== 4 || parts[0] !== 'v1') return null;
  const [, name = '', device = '', mac = ''] = parts;
  if (!/^[\w-]{16,64}$/.test(device)) return null;
  if (Buffer.from(name, 'base64url').toString('utf8') !== username) return null;
  const expected = cipher.deviceCookieMac(`v1.${name}.${device}`);
  const given = Buffer.from(mac, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
}
