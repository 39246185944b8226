import type { Config } from '../../shared/config.ts';
import { type Database, databaseLimits } from '../../shared/db/database.ts';
import { FloorHub } from '../../shared/events/hub.ts';
import { FloorNotifier } from '../../shared/events/notifier.ts';

/** Per-process real-time plumbing of the floor: the notifier (numbers events after commit), the SSE hub, the clock. */
export interface FloorRuntime {
  notifier: FloorNotifier;
  hub: FloorHub;
  now: () => Date;
  close(): Promise<void>;
}

export async function startFloorRuntime(opts: {
  db: Database;
  config: Config;
  databaseUrl: string;
  now?: () => Date;
}): Promise<FloorRuntime> {
  const { db, config } = opts;
  const hub = new FloorHub({
    db,
    databaseUrl: opts.databaseUrl,
    listen: config.floorNotify,
    pollMs: config.floorPollMs,
    fanoutMs: config.floorFanoutMs,
    limits: databaseLimits(config),
  });
  const notifier = new FloorNotifier({
    db,
    windowMs: config.floorNotifyMs,
    enabled: config.floorNotify,
    onLocalWrite: (siteId, lastSeq) => hub.poke(siteId, lastSeq),
  });
  await hub.start();
  return {
    notifier,
    hub,
    now: opts.now ?? (() => new Date()),
    async close() {
      await notifier.close();
      await hub.close();
    },
  };
}
