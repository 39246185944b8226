import { randomBytes } from 'node:crypto';

/**
 * Codes people read aloud or type: Crockford's base32 (no I, L, O or U to mishear), each character 5 random
 * bits (a byte modulo 32 is uniform). Tickets, bookings and application files each pick their length.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomCode(length: number): string {
  return [...randomBytes(length)].map((b) => CROCKFORD[b % 32]).join('');
}

/** What people type back: lower case, dashes and spaces, O for 0 and I/L for 1 (Crockford's decoding rules). */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
