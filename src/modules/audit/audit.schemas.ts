import { z } from 'zod';

export const auditQuery = z.object({
  siteId: z.uuid().optional(),
  entityId: z.string().max(64).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const entryOut = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  clientIp: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditListOut = z.object({ items: z.array(entryOut) });
