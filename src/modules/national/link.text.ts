import type { LinkStatus } from './hub-status.ts';
import type { LinkState } from './link-state.ts';

/** The link as the command line prints it: `atap site link` (site side) and `atap hub sites` (hub side). */

function bytesText(bytes: number | null): string {
  if (bytes === null) return '?';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const when = (d: Date | null) =>
  d
    ? d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z')
    : '—';
const seconds = (s: number | null) => (s === null ? '—' : `${s.toFixed(s < 10 ? 2 : 0)} s`);

export function linkStateLines(state: LinkState): string[] {
  const lines = [
    state.publishing
      ? 'Publishing to the national hub (publication atap_national).'
      : "Not publishing to the national hub (run 'atap site publish').",
    `WAL a hub may make this server keep: ${state.walKeepBoundBytes === null ? 'unbounded' : bytesText(state.walKeepBoundBytes)} (max_slot_wal_keep_size = ${state.walKeepBoundSetting}).`,
  ];
  if (state.slots.length === 0) lines.push('No hub has subscribed yet.');
  for (const slot of state.slots) {
    lines.push('', `Hub slot ${slot.slotName}: ${slot.verdict.toUpperCase()}`);
    if (slot.active)
      lines.push(`  connected since ${when(slot.connectedSince)} from ${slot.clientAddress ?? '?'}`);
    else lines.push(`  disconnected since ${when(slot.disconnectedSince)}`);
    lines.push(
      `  last contact ${when(slot.lastContactAt)}; lag ${seconds(slot.replayLagSeconds)} (flush ${seconds(slot.flushLagSeconds)}); ${bytesText(slot.bytesBehind)} behind`,
      `  WAL kept ${bytesText(slot.retainedBytes)}${slot.boundShare === null ? '' : ` = ${Math.round(slot.boundShare * 100)}% of the bound`}; wal_status ${slot.walStatus ?? '?'}; safe before loss ${slot.safeWalBytes === null ? '—' : bytesText(slot.safeWalBytes)}`,
    );
    if (slot.verdict === 'lost')
      lines.push(
        `  LOST (${slot.invalidationReason ?? 'invalidated'}): the hub was away longer than the bound allows. This site works`,
        `  as before; on the hub, run: atap hub resync-site ${slot.slotName}`,
      );
    else if (slot.verdict === 'at-risk')
      lines.push(
        '  AT RISK: reconnect the hub (tunnel, network) before the bound is reached, or the hub must re-sync.',
      );
  }
  return lines;
}

export function linkStatusLines(links: LinkStatus[]): string[] {
  if (links.length === 0) return ["No site linked yet ('atap hub add-site')."];
  const lines: string[] = [];
  for (const link of links) {
    lines.push(
      `${link.subscription} [${link.health}] ${link.enabled ? 'enabled' : 'disabled'} — ${link.conninfoShown}`,
      `  last message ${when(link.lastMessageAt)}; errors: apply ${link.applyErrors}, first copy ${link.syncErrors}` +
        (link.tablesCopying > 0 ? `; ${link.tablesCopying} tables still copying` : ''),
      `  linked ${when(link.addedAt)} at schema ${link.linkedSchemaVersion}${link.resyncedAt ? `; re-synced ${when(link.resyncedAt)}` : ''}`,
    );
    for (const site of link.sites)
      lines.push(
        `  ${site.code.padEnd(10)} data as of ${when(site.dataAsOf)}  schema ${site.schemaVersion ?? '—'}  ${site.name ?? '(not copied yet)'}`,
      );
    if (link.health === 'failing')
      lines.push(
        "  The site's changes stop at an error (often a site ahead of this hub's schema: upgrade the hub; see the",
        '  hub server log for the column). The site keeps its WAL meanwhile; replication resumes by itself.',
      );
  }
  return lines;
}
