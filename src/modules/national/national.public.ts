/**
 * What the rest of the installation uses of the national module: a publishing site keeps its publication equal
 * to the replicated list at start and writes its heartbeat.
 */
export { startHeartbeat } from './heartbeat.ts';
export { isPublishing, syncPublication } from './publication.ts';
