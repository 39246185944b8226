import { publishAdminUrl, startTestCluster } from './support/cluster.ts';

// node --test --test-global-setup=test/global-setup.ts: one PostgreSQL cluster for the whole run.
let stop: (() => Promise<void>) | null = null;

export async function globalSetup(): Promise<void> {
  const cluster = await startTestCluster();
  publishAdminUrl(cluster.adminUrl);
  stop = cluster.stop;
}

export async function globalTeardown(): Promise<void> {
  await stop?.();
}
