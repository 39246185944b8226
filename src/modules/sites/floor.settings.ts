import { z } from 'zod';

/** A site's floor policy, stored in sites.floor_settings; every field has a documented default. */
const floorSettingsSchema = z.object({
  /** Priority tickets called in a row before a waiting regular ticket gets its turn (ordering.rules.ts). */
  priorityRatio: z.number().int().min(1).max(20).default(3),
  /** Kiosks start issuing this many minutes before service opens (queue machines open ~15 minutes early). */
  issueLeadMinutes: z.number().int().min(0).max(120).default(15),
  /** Recalls required before a ticket may be marked no-show. */
  recallsBeforeNoShow: z.number().int().min(0).max(5).default(1),
  /** A no-show may come back to the queue within this many minutes. */
  noShowReturnMinutes: z.number().int().min(0).max(480).default(30),
  /**
   * Refuse a new ticket whose itinerary could not be served before closing at today's pace. A site that serves
   * everyone who took a number, however late, turns this off.
   */
  cutoffBeforeClosing: z.boolean().default(true),
});
export type FloorSettings = z.infer<typeof floorSettingsSchema>;

export function floorSettingsOf(stored: unknown): FloorSettings {
  const parsed = floorSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : floorSettingsSchema.parse({});
}
