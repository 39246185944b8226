import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replicatedTable, replicatedTables } from './replicated-tables.ts';
import { deletionOrder, ownedRowsCondition } from './resync.rules.ts';

describe('which hub rows are one installation’s, for a re-sync', () => {
  it('deletes rows found through a parent before the parent, shared rows last and children first', () => {
    const order = deletionOrder().map((t) => t.name);
    assert.equal(order.length, replicatedTables.length);
    for (const table of replicatedTables) {
      if (table.owner.kind === 'via' || table.owner.kind === 'orphans')
        assert.ok(
          table.owner.kind === 'via'
            ? order.indexOf(table.name) < order.indexOf(table.owner.parent)
            : order.indexOf(table.name) > order.indexOf(table.owner.parent),
          `${table.name} against ${table.owner.parent}`,
        );
    }
    assert.ok(order.indexOf('instrument_versions') < order.indexOf('instruments'));
  });

  it('finds a row by its site column, by the keys of a site that does not publish it yet, or through its parent', () => {
    assert.match(
      ownedRowsCondition(replicatedTable('tickets')),
      /t\."site_id" IN \(SELECT id FROM pg_temp\.resync_sites\)/,
    );
    assert.match(
      ownedRowsCondition(replicatedTable('service_day_usage')),
      /ROW\(t\."site_id", t\."service_id", t\."service_date"\)::text/,
    );
    assert.match(
      ownedRowsCondition(replicatedTable('counters')),
      /t\."booth_id" IN \(SELECT p_booths\.id FROM public\."booths" p_booths WHERE/,
    );
    // Shared rows: only candidates of this installation, and only once nothing on the hub points at them.
    assert.match(
      ownedRowsCondition(replicatedTable('instruments')),
      /resync_candidates WHERE tbl = 'instruments'.*NOT EXISTS/,
    );
  });
});
