-- booking_claim_places: claims, in the order given, a free place of the day and one of the wanted slot for each
-- entry of p_slots; returns (i, day, slot, n) for each entry i (1-based) that got both, and (i, NULL, NULL, NULL)
-- for each entry to try again. Called by book_batch and booking/places.claim.ts. Current state; history: git
-- log of this file (before it, migrations 0009, 0011 and 0012).
--
-- The places stay locked until the caller's transaction ends; the caller gives them to its bookings. SKIP LOCKED
-- hands concurrent transactions different places, so they never queue on one row. Too few may only mean that
-- other transactions hold free places they may still give back: then wait a moment and look again, until every
-- want is met or nothing free is left. A transaction that already holds places waits three rounds at most (a
-- few milliseconds), then returns its unmet wants with day NULL, which book_batch reports as "retry": two
-- batches at the last places could otherwise each wait for what the other held (PostgreSQL cannot see that wait,
-- so it never reports a deadlock). Only one holding no place waits long; it cannot be part of such a cycle.
--
-- Set-based, not a loop per want: a batch at window opening holds hundreds. The k-th want of a slot is matched
-- to the slot's k-th spare place joined on a single key, so the planner sorts or hashes once instead of
-- comparing pair by pair (measured with auto_explain: 24 ms of a batch's 50 before).
CREATE OR REPLACE FUNCTION booking_claim_places(p_service uuid, p_site uuid, p_date date, p_slots uuid[])
RETURNS TABLE (i int, day int, slot uuid, n int)
LANGUAGE plpgsql AS $$
DECLARE
  v_open int[] := ARRAY(SELECT generate_series(1, coalesce(array_length(p_slots, 1), 0)));
  v_day_spare int[] := '{}';
  v_day_held int[] := '{}';
  v_slot_spare uuid[] := '{}';
  v_n_spare int[] := '{}';
  v_slot_held uuid[] := '{}';
  v_n_held int[] := '{}';
  v_won_i int[] := '{}';
  v_won_day int[] := '{}';
  v_won_slot uuid[] := '{}';
  v_won_n int[] := '{}';
  v_got int[];
  v_want int;
  v_row record;
  v_hope boolean;
  v_retry int[] := '{}';
  v_held_rounds int := 0;
BEGIN
  FOR v_round IN 1..200 LOOP
    v_want := cardinality(v_open) - cardinality(v_day_spare);
    IF v_want > 0 THEN
      v_got := ARRAY(
        SELECT p.n FROM booking_day_places p
        WHERE p.service_id = p_service AND p.site_id = p_site AND p.service_date = p_date
          AND p.booking_id IS NULL AND p.n <> ALL (v_day_held)
        ORDER BY p.n LIMIT v_want FOR UPDATE SKIP LOCKED);
      v_day_spare := v_day_spare || v_got;
      v_day_held := v_day_held || v_got;
    END IF;
    FOR v_row IN
      SELECT p_slots[o] AS slot, count(*) AS wanted FROM unnest(v_open) o GROUP BY 1
    LOOP
      v_want := v_row.wanted - (SELECT count(*) FROM unnest(v_slot_spare) s WHERE s = v_row.slot);
      CONTINUE WHEN v_want <= 0;
      v_got := ARRAY(
        SELECT p.n FROM booking_places p
        WHERE p.slot_id = v_row.slot AND p.booking_id IS NULL
          AND p.n <> ALL (ARRAY(SELECT h.n FROM unnest(v_slot_held, v_n_held) h(slot, n) WHERE h.slot = v_row.slot))
        ORDER BY p.n LIMIT v_want FOR UPDATE SKIP LOCKED);
      v_slot_spare := v_slot_spare || array_fill(v_row.slot, ARRAY[cardinality(v_got)]);
      v_n_spare := v_n_spare || v_got;
      v_slot_held := v_slot_held || array_fill(v_row.slot, ARRAY[cardinality(v_got)]);
      v_n_held := v_n_held || v_got;
    END LOOP;
    -- In order: the k-th want of a slot takes the slot's k-th spare place; of those served by their slot, the
    -- j-th takes the j-th spare place of the day (once the day runs out, nobody after gets one).
    FOR v_row IN
      WITH o AS (
        SELECT x.o, p_slots[x.o] AS slot, row_number() OVER (PARTITION BY p_slots[x.o] ORDER BY x.o) AS rs
        FROM unnest(v_open) x(o)
      ), sp AS (
        SELECT x.slot, x.n, row_number() OVER (PARTITION BY x.slot ORDER BY x.ord) AS rs
        FROM unnest(v_slot_spare, v_n_spare) WITH ORDINALITY AS x(slot, n, ord)
      ), served AS (
        -- One key, not (slot, rs): on the pair the planner merged on the slot alone and filtered rs pair by pair.
        SELECT o.o, o.slot, sp.n, row_number() OVER (ORDER BY o.o) AS rd
        FROM o JOIN sp ON (sp.slot::text || '/' || sp.rs) = (o.slot::text || '/' || o.rs)
      )
      SELECT coalesce(array_agg(served.o ORDER BY served.o), '{}') AS os,
        coalesce(array_agg(d.day ORDER BY served.o), '{}') AS days,
        coalesce(array_agg(served.slot ORDER BY served.o), '{}') AS slots,
        coalesce(array_agg(served.n ORDER BY served.o), '{}') AS ns
      FROM served JOIN unnest(v_day_spare) WITH ORDINALITY AS d(day, rd) ON d.rd = served.rd
    LOOP
      v_won_i := v_won_i || v_row.os;
      v_won_day := v_won_day || v_row.days;
      v_won_slot := v_won_slot || v_row.slots;
      v_won_n := v_won_n || v_row.ns;
      v_open := ARRAY(SELECT o FROM unnest(v_open) o WHERE o <> ALL (v_row.os) ORDER BY o);
      v_day_spare := v_day_spare[cardinality(v_row.os) + 1:];
      SELECT coalesce(array_agg(x.slot ORDER BY x.ord), '{}'), coalesce(array_agg(x.n ORDER BY x.ord), '{}')
      INTO v_slot_spare, v_n_spare
      FROM unnest(v_slot_spare, v_n_spare) WITH ORDINALITY AS x(slot, n, ord)
      WHERE NOT EXISTS (SELECT 1 FROM unnest(v_row.slots, v_row.ns) u(slot, n) WHERE u.slot = x.slot AND u.n = x.n);
    END LOOP;
    EXIT WHEN cardinality(v_open) = 0;
    -- Hope remains only where others hold free places: more free (as committed) than this transaction holds.
    v_hope := false;
    IF cardinality(v_day_spare) > 0 OR (
         SELECT count(*) FROM booking_day_places p WHERE p.service_id = p_service AND p.site_id = p_site
           AND p.service_date = p_date AND p.booking_id IS NULL) > cardinality(v_day_held) THEN
      SELECT bool_or(
        s.slot = ANY (v_slot_spare) OR
        (SELECT count(*) FROM booking_places p WHERE p.slot_id = s.slot AND p.booking_id IS NULL)
          > (SELECT count(*) FROM unnest(v_slot_held) h WHERE h = s.slot)) INTO v_hope
      FROM (SELECT DISTINCT p_slots[o] AS slot FROM unnest(v_open) o) s;
    END IF;
    EXIT WHEN NOT coalesce(v_hope, false);
    -- Holding places, wait three rounds at most. Two batches at the last places each waited for what the other
    -- held until the rounds ran out (1.4 s). Not none at all: a place given back between this round's two looks
    -- (the day's, then the slot's) leaves half a pair held, and the next round finds the other half. The unmet
    -- wants come back as "try again" (day NULL); the caller tries them in a new transaction, which holds nothing.
    IF cardinality(v_day_held) > 0 OR cardinality(v_slot_held) > 0 THEN
      v_held_rounds := v_held_rounds + 1;
      IF v_held_rounds > 3 THEN
        v_retry := v_open;
        EXIT;
      END IF;
    END IF;
    PERFORM pg_sleep(0.002 + random() * 0.008);
  END LOOP;
  RETURN QUERY SELECT * FROM unnest(v_won_i, v_won_day, v_won_slot, v_won_n)
    UNION ALL SELECT r, NULL::int, NULL::uuid, NULL::int FROM unnest(v_retry) r;
END $$;
