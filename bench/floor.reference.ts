import pg from 'pg';
import type { FloorActions } from './floor.drive.ts';

/**
 * The reference: the minimal correct transactions of the floor, written here on a bare `pg` pool, on tables of the
 * bench's own (schema bench_ref, so Atap's data is untouched). What this machine's PostgreSQL can do for the same
 * work at the same concurrency; Atap's rates are read against it.
 *
 * - issue: BEGIN; take the booth's next daily number (INSERT .. ON CONFLICT DO UPDATE .. RETURNING: the row lock
 *   serialises one booth's issues, a rollback frees the number, so numbers run 1..n without gaps); insert the
 *   ticket; insert its event; COMMIT.
 * - call next: BEGIN; claim the booth's first waiting ticket with FOR UPDATE SKIP LOCKED and mark it called at the
 *   counter (a partial unique index holds a counter to one ticket); insert its event; COMMIT.
 * - start, finish: BEGIN; move the counter's ticket on (only from the state before); insert its event; COMMIT.
 */

const schema = `
DROP SCHEMA IF EXISTS bench_ref CASCADE;
CREATE SCHEMA bench_ref;
CREATE TABLE bench_ref.queue_sequences (
  booth_id integer NOT NULL,
  service_date date NOT NULL,
  last_sequence integer NOT NULL,
  PRIMARY KEY (booth_id, service_date)
);
CREATE TABLE bench_ref.tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booth_id integer NOT NULL,
  service_date date NOT NULL,
  sequence integer NOT NULL,
  number text NOT NULL,
  status text NOT NULL CHECK (status IN ('waiting', 'called', 'serving', 'done', 'cancelled')),
  counter_id integer,
  arrived_at timestamptz NOT NULL DEFAULT now(),
  called_at timestamptz,
  serving_started_at timestamptz,
  finished_at timestamptz,
  outcome text,
  UNIQUE (booth_id, service_date, sequence)
);
CREATE INDEX tickets_waiting ON bench_ref.tickets (booth_id, service_date, arrived_at, sequence)
  WHERE status = 'waiting';
CREATE UNIQUE INDEX tickets_counter_active ON bench_ref.tickets (counter_id) WHERE status IN ('called', 'serving');
CREATE TABLE bench_ref.events (
  id bigserial PRIMARY KEY,
  ticket_id uuid NOT NULL,
  type text NOT NULL,
  booth_id integer NOT NULL,
  counter_id integer,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;

export interface Reference {
  actions(booths: number): FloorActions;
  /** The same four checks as Atap's, on the reference's tables (all must be 0). */
  check(acknowledged: {
    issued: string[];
    called: string[];
    finished: string[];
  }): Promise<Record<string, number>>;
  /** Between runs: what a run left in the queue is cancelled, and the tables vacuumed (as resetFloor does). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function reference(databaseUrl: string, poolSize: number): Promise<Reference> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client losing its server (PostgreSQL stopping at the end) must not end the bench.
  pool.on('error', () => undefined);
  await pool.query(schema);

  /** BEGIN; the statements; COMMIT — each its own round trip; ROLLBACK on any error. */
  const transaction = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

  return {
    actions(booths) {
      // Counter c works at booth c % booths; the nth visit is issued at booth n % booths.
      const boothOf = (i: number) => (i % booths) + 1;
      const counterId = (c: number) => c + 1;
      return {
        async issue(n) {
          const booth = boothOf(n);
          try {
            const id = await transaction(async (client) => {
              const seq = await client.query<{ last_sequence: number }>(
                `INSERT INTO bench_ref.queue_sequences AS q (booth_id, service_date, last_sequence)
                 VALUES ($1, current_date, 1)
                 ON CONFLICT (booth_id, service_date) DO UPDATE SET last_sequence = q.last_sequence + 1
                 RETURNING last_sequence`,
                [booth],
              );
              const sequence = seq.rows[0]?.last_sequence as number;
              const number = `R${booth}-${String(sequence).padStart(3, '0')}`;
              const ticket = await client.query<{ id: string }>(
                `INSERT INTO bench_ref.tickets (booth_id, service_date, sequence, number, status)
                 VALUES ($1, current_date, $2, $3, 'waiting') RETURNING id`,
                [booth, sequence, number],
              );
              const ticketId = ticket.rows[0]?.id as string;
              await client.query(
                `INSERT INTO bench_ref.events (ticket_id, type, booth_id, payload) VALUES ($1, 'issued', $2, $3)`,
                [ticketId, booth, { ticketId, number, status: 'waiting' }],
              );
              return ticketId;
            });
            return { ticketIds: [id] };
          } catch (error) {
            return { error: message(error) };
          }
        },
        async call(c) {
          const booth = boothOf(c);
          try {
            const called = await transaction(async (client) => {
              const row = await client.query<{ id: string; number: string }>(
                `UPDATE bench_ref.tickets t SET status = 'called', counter_id = $2, called_at = now()
                 FROM (SELECT id FROM bench_ref.tickets
                       WHERE booth_id = $1 AND service_date = current_date AND status = 'waiting'
                       ORDER BY arrived_at, sequence LIMIT 1 FOR UPDATE SKIP LOCKED) next
                 WHERE t.id = next.id RETURNING t.id, t.number`,
                [booth, counterId(c)],
              );
              const ticket = row.rows[0];
              if (!ticket) return null;
              await client.query(
                `INSERT INTO bench_ref.events (ticket_id, type, booth_id, counter_id, payload)
                 VALUES ($1, 'called', $2, $3, $4)`,
                [
                  ticket.id,
                  booth,
                  counterId(c),
                  { ticketId: ticket.id, number: ticket.number, status: 'called' },
                ],
              );
              return ticket.id;
            });
            return called ? { ticketId: called } : { empty: true };
          } catch (error) {
            return { error: message(error) };
          }
        },
        start: (c, ticketId) => move(c, ticketId, 'called', 'serving'),
        finish: (c, ticketId) => move(c, ticketId, 'serving', 'done'),
      };

      async function move(c: number, ticketId: string, from: string, to: 'serving' | 'done') {
        try {
          return await transaction(async (client) => {
            const row = await client.query<{ number: string }>(
              `UPDATE bench_ref.tickets SET status = $3,
                 serving_started_at = CASE WHEN $3 = 'serving' THEN now() ELSE serving_started_at END,
                 finished_at = CASE WHEN $3 = 'done' THEN now() END,
                 outcome = CASE WHEN $3 = 'done' THEN 'served' END
               WHERE id = $1 AND counter_id = $2 AND status = $4 RETURNING number`,
              [ticketId, counterId(c), to, from],
            );
            const ticket = row.rows[0];
            if (!ticket) return `ticket ${ticketId} is not ${from} at counter ${c}`;
            await client.query(
              `INSERT INTO bench_ref.events (ticket_id, type, booth_id, counter_id, payload)
               VALUES ($1, $2, $3, $4, $5)`,
              [ticketId, to, boothOf(c), counterId(c), { ticketId, number: ticket.number, status: to }],
            );
            return null;
          });
        } catch (error) {
          return message(error);
        }
      }
    },

    async check(acknowledged) {
      const one = async (text: string, values: unknown[] = []) =>
        Number(Object.values((await pool.query(text, values)).rows[0] ?? { n: 0 })[0] ?? 0);
      return {
        duplicates: await one(`SELECT coalesce(sum(n - 1), 0) FROM (
          SELECT count(*) AS n FROM bench_ref.tickets GROUP BY booth_id, service_date, number HAVING count(*) > 1) d`),
        gaps: await one(`SELECT coalesce(sum(q.last_sequence - t.n), 0) FROM bench_ref.queue_sequences q
          JOIN (SELECT booth_id, service_date, count(DISTINCT sequence) AS n FROM bench_ref.tickets
                GROUP BY 1, 2) t USING (booth_id, service_date)`),
        doubleCalls:
          await one(`SELECT count(*) FROM (SELECT ticket_id FROM bench_ref.events WHERE type = 'called'
          GROUP BY ticket_id HAVING count(*) > 1) d`),
        lostTickets: await one(
          `SELECT cardinality($1::uuid[]) - (SELECT count(*) FROM bench_ref.tickets WHERE id = ANY($1::uuid[]))`,
          [acknowledged.issued],
        ),
        lostCalls: await one(
          `SELECT cardinality($1::uuid[]) - (SELECT count(DISTINCT ticket_id) FROM bench_ref.events WHERE type = 'called'
             AND ticket_id = ANY($1::uuid[]))`,
          [acknowledged.called],
        ),
        lostFinishes: await one(
          `SELECT cardinality($1::uuid[]) - (SELECT count(*) FROM bench_ref.tickets WHERE status = 'done'
             AND id = ANY($1::uuid[]))`,
          [acknowledged.finished],
        ),
      };
    },

    async reset() {
      await pool.query(
        `UPDATE bench_ref.tickets SET status = 'cancelled' WHERE status IN ('waiting', 'called', 'serving')`,
      );
      await pool.query('VACUUM (ANALYZE) bench_ref.tickets, bench_ref.events, bench_ref.queue_sequences');
    },

    close: () => pool.end(),
  };
}
