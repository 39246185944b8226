import { randomBytes } from 'node:crypto';
import { recordAudit } from '../../shared/audit/audit.ts';
import { assertMay, assertMayAt } from '../../shared/auth/policy.ts';
import { hashToken } from '../../shared/auth/sessions.ts';
import type { RequestContext } from '../../shared/context.ts';
import type { Database, Executor } from '../../shared/db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { siteDay } from '../sites/sites.public.ts';
import {
  deviceById,
  deviceByTokenHash,
  devicesOfSite,
  insertDevice,
  renameDevice as renameRow,
  revokeDevice as revokeRow,
  touchDevice,
} from './devices.repository.ts';
import { type DeviceKind, SEEN_EVERY_MS, seenIsStale } from './devices.rules.ts';

/**
 * Paired devices: kiosks (they print numbers for the public), display boards, and later kinds. A site manager
 * pairs a device once from the device itself; the device keeps a random token, the table only its SHA-256.
 * Managers list, rename and revoke them; a revoked token is refused at once by every endpoint that takes it.
 */

export async function pairDevice(
  db: Database,
  ctx: RequestContext,
  input: { siteId: string; kind: DeviceKind; name: string; counterId?: string },
) {
  // Who pairs, names and revokes devices: policy.rules.ts, floor.devices.manage.
  const actor = assertMayAt(ctx, 'floor.devices.manage', { siteId: input.siteId });
  const token = randomBytes(32).toString('base64url');
  return db.transaction().execute(async (tx) => {
    const site = await tx
      .selectFrom('sites')
      .select(['id', 'code'])
      .where('id', '=', input.siteId)
      .executeTakeFirst();
    if (!site) throw new AppError('site.not_found');
    // A survey device stands at one counter of this site; the other kinds at none.
    const counterId = input.kind === 'survey' ? (input.counterId ?? null) : null;
    if (input.kind === 'survey') {
      const counter = counterId
        ? await tx
            .selectFrom('counters as c')
            .innerJoin('booths as b', 'b.id', 'c.boothId')
            .select('c.id')
            .where('c.id', '=', counterId)
            .where('b.siteId', '=', input.siteId)
            .executeTakeFirst()
        : undefined;
      if (!counter) throw new AppError('floor.device_counter_required');
    } else if (input.counterId !== undefined) throw new AppError('floor.device_counter_required');
    const device = await insertDevice(tx, {
      siteId: input.siteId,
      kind: input.kind,
      name: input.name,
      tokenHash: hashToken(token),
      pairedBy: actor.userId,
      counterId,
    });
    await recordAudit(tx, ctx, {
      action: `${input.kind}.pair`,
      entityType: 'device',
      entityId: device.id,
      siteId: input.siteId,
      after: { kind: input.kind, name: input.name, counterId },
    });
    return { deviceId: device.id, kind: input.kind, siteCode: site.code, token };
  });
}

/**
 * The device a token stands for, if it is of this kind. A revoked token is told apart from an unknown one: the
 * device learns it was unpaired (and forgets its token) instead of being silently treated as a stranger.
 * "Last seen" is stamped at most once a minute.
 */
export async function deviceByToken(
  db: Executor,
  token: string,
  kind: DeviceKind,
  now: Date,
): Promise<{ id: string; siteId: string; name: string; counterId: string | null } | null> {
  if (token.length < 20 || token.length > 100) return null;
  const device = await deviceByTokenHash(db, hashToken(token));
  if (!device || device.kind !== kind) return null;
  if (device.revokedAt) throw new AppError('floor.device_revoked');
  if (seenIsStale(device.lastSeenAt, now))
    await touchDevice(db, device.id, now, new Date(now.getTime() - SEEN_EVERY_MS));
  return { id: device.id, siteId: device.siteId, name: device.name, counterId: device.counterId };
}

async function managedDevice(db: Executor, ctx: RequestContext, id: string) {
  assertMay(ctx, 'floor.devices.manage');
  const device = await deviceById(db, id);
  if (!device) throw new AppError('floor.device_not_found');
  const actor = assertMayAt(ctx, 'floor.devices.manage', { siteId: device.siteId });
  return { actor, device };
}

export async function listDevices(db: Executor, ctx: RequestContext, siteIdOrCode: string, now: Date) {
  assertMay(ctx, 'floor.devices.manage');
  const day = await siteDay(db, siteIdOrCode, now);
  assertMayAt(ctx, 'floor.devices.manage', { siteId: day.site.id });
  return { site: day.site, devices: await devicesOfSite(db, day.site.id) };
}

export async function renameDevice(db: Database, ctx: RequestContext, id: string, name: string) {
  return db.transaction().execute(async (tx) => {
    const { device } = await managedDevice(tx, ctx, id);
    await renameRow(tx, id, name);
    await recordAudit(tx, ctx, {
      action: `${device.kind}.rename`,
      entityType: 'device',
      entityId: id,
      siteId: device.siteId,
      before: { name: device.name },
      after: { name },
    });
    return (await deviceById(tx, id)) ?? device;
  });
}

export async function revokeDevice(db: Database, ctx: RequestContext, id: string, now: Date) {
  return db.transaction().execute(async (tx) => {
    const { actor, device } = await managedDevice(tx, ctx, id);
    if (await revokeRow(tx, id, actor.userId, now))
      await recordAudit(tx, ctx, {
        action: `${device.kind}.revoke`,
        entityType: 'device',
        entityId: id,
        siteId: device.siteId,
        before: { name: device.name, status: 'active' },
        after: { status: 'revoked' },
      });
    return (await deviceById(tx, id)) ?? device;
  });
}

/**
 * Unpairing at the device itself ("Lepas kios"): a manager of the device's site signs in on it for this one act;
 * the token is revoked on the server, not only forgotten by the browser.
 */
export async function unpairThisDevice(db: Database, ctx: RequestContext, token: string, now: Date) {
  const device =
    token.length >= 20 && token.length <= 100 ? await deviceByTokenHash(db, hashToken(token)) : undefined;
  if (!device) throw new AppError('floor.device_not_found');
  return revokeDevice(db, ctx, device.id, now);
}
