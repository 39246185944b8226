import { z } from 'zod';
import { deviceKinds } from './devices.rules.ts';

export const deviceKindInput = z.enum(deviceKinds);
export const deviceParams = z.object({ id: z.uuid() });
const deviceName = z.string().trim().min(1).max(80);

export const pairDeviceBody = z.object({
  siteId: z.uuid(),
  kind: deviceKindInput,
  name: deviceName,
  /** A survey device's counter (required for that kind, refused for the others). */
  counterId: z.uuid().optional(),
});
export const renameDeviceBody = z.object({ name: deviceName });

export const pairedOut = z.object({
  deviceId: z.uuid(),
  kind: deviceKindInput,
  siteCode: z.string(),
  token: z.string().describe('shown once: the device keeps it, the server only its hash'),
});

export const deviceOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  name: z.string(),
  status: z.enum(['active', 'revoked']),
  pairedAt: z.string(),
  pairedBy: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
});

export const devicesOut = z.object({
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string(), timezone: z.string() }),
  devices: z.array(deviceOut),
});

export const thisDeviceOut = z.object({ id: z.uuid(), kind: z.string(), name: z.string(), siteId: z.uuid() });
