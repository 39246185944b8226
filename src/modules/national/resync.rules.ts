import { type ReplicatedTable, replicatedTable, replicatedTables } from './replicated-tables.ts';

/** Which rows of the hub are one installation's, and in which order a re-sync deletes them (pure: SQL text only). */

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The condition (on alias `t`) that picks the rows of the installation's sites in one table. A row found through
 * a parent is deleted before its parent (the list's 'via' tables first); rows that only other tables point at
 * ('orphans': instruments and their versions, shared by the assessments that use them) go once nothing on the hub
 * points at them any more.
 */
export function ownedRowsCondition(table: ReplicatedTable, alias = 't'): string {
  const owner = table.owner;
  switch (owner.kind) {
    case 'site-column':
      // A site one migration behind may not publish the owner column yet (NULL here): its rows are then found by
      // the keys the site has now (read from the site: resync_keys).
      return (
        `(${alias}.${ident(owner.column)} IN (SELECT id FROM pg_temp.resync_sites) OR ` +
        `ROW(${table.key.map((k) => `${alias}.${ident(k)}`).join(', ')})::text IN ` +
        `(SELECT key FROM pg_temp.resync_keys WHERE tbl = ${literal(table.name)}))`
      );
    case 'via': {
      const parent = replicatedTable(owner.parent);
      const inner = `p_${parent.name}`;
      return `${alias}.${ident(owner.column)} IN (SELECT ${inner}.id FROM public.${ident(parent.name)} ${inner} WHERE ${ownedRowsCondition(parent, inner)})`;
    }
    case 'orphans':
      // Shared rows (an installation's instruments): those the installation has now or its deleted rows pointed
      // at, and only once no row left on the hub points at them (another installation's never match: UUIDs).
      return (
        `${alias}.id IN (SELECT id FROM pg_temp.resync_candidates WHERE tbl = ${literal(table.name)}) ` +
        `AND NOT EXISTS (SELECT 1 FROM public.${ident(owner.parent)} c WHERE c.${ident(owner.column)} = ${alias}.id)`
      );
  }
}

/** The tables in the order their rows can be deleted: through-parent first, then by site, then orphans children-first. */
export function deletionOrder(tables: ReplicatedTable[] = replicatedTables): ReplicatedTable[] {
  const via = tables.filter((t) => t.owner.kind === 'via');
  const bySite = tables.filter((t) => t.owner.kind === 'site-column');
  const orphans: ReplicatedTable[] = [];
  const pending = tables.filter((t) => t.owner.kind === 'orphans');
  // An orphan table whose parent is itself an orphan table goes after it (instruments after instrument_versions).
  while (pending.length > 0) {
    const next = pending.findIndex(
      (t) =>
        t.owner.kind === 'orphans' && !pending.some((p) => p.name === (t.owner as { parent: string }).parent),
    );
    if (next < 0) throw new Error('replicated-tables.ts: orphan tables point at each other in a cycle');
    orphans.push(...pending.splice(next, 1));
  }
  return [...via, ...bySite, ...orphans];
}
