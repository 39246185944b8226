import type { DeviceRow } from './devices.repository.ts';
import { deviceStatus } from './devices.rules.ts';

/** What leaves the server about a device: never its token or hash; who paired and revoked it by name. */
export function presentDevice(d: DeviceRow) {
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    status: deviceStatus(d.revokedAt),
    pairedAt: d.pairedAt.toISOString(),
    pairedBy: d.pairedByName,
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
    revokedBy: d.revokedByName,
  };
}
