/**
 * Paired devices. Pure rules: which kinds exist, and how often a device's "last seen" is written.
 *
 * A device is a machine on the floor that acts for the site without anyone signed in on it: a kiosk prints
 * numbers for the public, a display board shows and says the calls. Later features add kinds here (a booth's
 * own ticket printer, a self-check-in tablet); the table and the manager's page take them as they are.
 */

/** `survey`: a tablet at a counter showing the survey of the ticket that counter just served (issue 21). */
export const deviceKinds = ['kiosk', 'display', 'survey'] as const;
export type DeviceKind = (typeof deviceKinds)[number];

export const isDeviceKind = (value: string): value is DeviceKind =>
  (deviceKinds as readonly string[]).includes(value);

/**
 * A kiosk presents its token on every number it prints: writing "last seen" each time would add a write to the
 * busiest path. Once a minute is enough to tell a manager which devices are alive.
 */
export const SEEN_EVERY_MS = 60_000;

export function seenIsStale(lastSeenAt: Date | null, now: Date): boolean {
  return lastSeenAt === null || now.getTime() - lastSeenAt.getTime() >= SEEN_EVERY_MS;
}

export type DeviceStatus = 'active' | 'revoked';

export const deviceStatus = (revokedAt: Date | null): DeviceStatus => (revokedAt ? 'revoked' : 'active');

/** The token a device sends: `x-device-token`, or `x-kiosk-token` (what kiosks have always sent). */
export function deviceTokenOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const token = headers['x-device-token'] ?? headers['x-kiosk-token'];
  return typeof token === 'string' ? token : undefined;
}
