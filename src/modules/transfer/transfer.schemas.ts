import { z } from 'zod';

/** What an import did: rows read, services created, updated and left as they were. */
export const importOut = z.object({
  format: z.enum(['xlsx', 'csv']),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
