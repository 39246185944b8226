import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Database } from '../../src/shared/db/database.ts';
import { eventCatalogue } from '../../src/shared/events/catalogue.ts';
import type { EventType } from '../../src/shared/events/event-types.ts';

/**
 * Every event the tests' changes wrote to the outbox, read back and parsed with its catalogue schema (strict: a
 * field the catalogue does not name fails too), and the parsed payload equal to what was stored. Returns the types
 * seen, so a test can check that its flows emitted every type of its stream.
 */
export async function eventsMatchCatalogue(db: Database): Promise<Set<string>> {
  const rows = await sql<{ type: string; payload: unknown }>`SELECT type, payload FROM floor_events`.execute(
    db,
  );
  assert.ok(rows.rows.length > 0, 'no events written');
  const seen = new Set<string>();
  for (const { type, payload } of rows.rows) {
    assert.ok(Object.hasOwn(eventCatalogue, type), `${type} is not in the event catalogue`);
    const parsed = eventCatalogue[type as EventType].safeParse(payload);
    assert.ok(
      parsed.success,
      `${type}: ${JSON.stringify(payload)} does not match its schema: ${parsed.error}`,
    );
    assert.deepEqual(parsed.data, payload, `${type} does not round-trip through its schema`);
    seen.add(type);
  }
  return seen;
}

/**
 * Waits until the process has numbered every committed draft (it does right after each change commits: migration
 * 0029), so a test can read events by their final numbers. Fails when a draft stays unnumbered for 5 s.
 */
export async function eventsNumbered(db: Database): Promise<void> {
  for (let i = 0; i < 250; i++) {
    const drafts = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM floor_events WHERE seq < 0`.execute(db);
    if (drafts.rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail('floor events left unnumbered for 5 s');
}
