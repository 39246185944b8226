import { z } from 'zod';

const bytes = z.number().nonnegative().nullable();
const at = z.iso.datetime().nullable();

const slotStateOut = z.object({
  slotName: z.string().describe("the hub's replication slot (its subscription's name)"),
  active: z.boolean().describe('a walsender streams the slot to the hub now'),
  verdict: z
    .enum(['connected', 'disconnected', 'at-risk', 'lost'])
    .describe(
      'at-risk: the hub is away and under a fifth of the WAL bound is left; lost: the hub must re-sync',
    ),
  clientAddress: z.string().nullable(),
  connectedSince: at,
  disconnectedSince: at,
  lastContactAt: at.describe("the hub's last reply (pg_stat_replication.reply_time)"),
  replayLagSeconds: z.number().nullable(),
  flushLagSeconds: z.number().nullable(),
  bytesBehind: bytes.describe('WAL written here that the hub has not confirmed'),
  retainedBytes: bytes.describe('WAL the slot keeps on this server'),
  walStatus: z.enum(['reserved', 'extended', 'unreserved', 'lost']).nullable(),
  safeWalBytes: z.number().nullable().describe('what may still be written before the slot is lost'),
  boundShare: z.number().min(0).max(1).nullable(),
  invalidationReason: z.string().nullable(),
});

export const linkStateOut = z.object({
  publishing: z.boolean().describe('this installation publishes to the national hub (atap site publish)'),
  walKeepBoundBytes: z.number().nullable().describe('max_slot_wal_keep_size in bytes; null: unbounded'),
  walKeepBoundSetting: z.string(),
  checkedAt: z.iso.datetime(),
  slots: z.array(slotStateOut),
});
