-- Booking claims that hold places wait only briefly for places others hold.
--
-- booking_claim_places waited a moment and looked again while other transactions held free places they might
-- give back. A transaction that already held places waited too, so two batches at the last places could each
-- wait for what the other held: neither committed until its 200 rounds ran out (measured in the booking bench:
-- three batches of 64 stuck for 1.4 s). PostgreSQL cannot see that wait, so it never reported a deadlock.
--
-- Now a transaction holding places waits three rounds at most (a few milliseconds), then returns its unmet wants
-- with day NULL, and book_batch reports them as "retry": the app tries them in its next batch, a new transaction.
-- Only one holding no place waits long; it cannot be part of such a cycle. Both functions are restated whole;
-- only those parts differ.

-- As in 0011, but waiting only briefly while holding places; returns (i, NULL, NULL, NULL) for each want to try
-- again.
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

-- As in 0009, and reports the claim's wants to try again:
-- {"booked": [k], "again": [k], "retry": [k], "duplicate": [k], "weeklyLimit": [k], "dayFree": n,
--  "slotFree": {"<starts>": n}}. "retry": no place yet, while others hold free places they may give back.
CREATE OR REPLACE FUNCTION book_batch(
  p_service uuid, p_site uuid, p_date date, p_capacity int, p_quota int, p_weekly_limit int, p_attempts jsonb
) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_monday date := date_trunc('week', p_date)::date;
  v_starts text[];
  v_slots uuid[];
  v_slot_free int[];
  v_day_free int;
  v_open int[];
  v_duplicate int[];
  v_weekly int[];
  v_booked int[];
  v_again int[];
  v_retry int[];
BEGIN
  -- The rows of each slot asked for; a full day or slot answers "full" without taking any lock.
  SELECT array_agg(s.starts), array_agg(r.slot), array_agg(r.slot_free), max(r.day_free)
  INTO v_starts, v_slots, v_slot_free, v_day_free
  FROM (SELECT DISTINCT a.starts FROM jsonb_to_recordset(p_attempts) a(starts text)) s,
    booking_place_rows(p_service, p_site, p_date, s.starts, p_capacity, p_quota) r;
  v_open := ARRAY(
    SELECT a.k FROM jsonb_to_recordset(p_attempts) a(k int, starts text)
    WHERE v_day_free > 0 AND v_slot_free[array_position(v_starts, a.starts)] > 0 ORDER BY a.k);

  PERFORM pg_advisory_xact_lock(k) FROM (
    SELECT DISTINCT ('x' || left(a.nik, 16))::bit(64)::bigint AS k
    FROM jsonb_to_recordset(p_attempts) a(k int, nik text) WHERE a.k = ANY (v_open) ORDER BY 1
  ) sorted;

  -- Limits per NIK, read after the locks (a new statement: it sees what the previous holders committed).
  SELECT coalesce(array_agg(a.k) FILTER (WHERE h.same_day), '{}'),
    coalesce(array_agg(a.k) FILTER (WHERE NOT h.same_day AND h.this_week >= p_weekly_limit), '{}')
  INTO v_duplicate, v_weekly
  FROM jsonb_to_recordset(p_attempts) a(k int, nik text),
    LATERAL (
      SELECT coalesce(bool_or(b.service_id = p_service AND b.service_date = p_date
                              AND b.status IN ('booked', 'checked_in')), false) AS same_day,
        count(*) FILTER (WHERE b.site_id = p_site AND b.service_date BETWEEN v_monday AND v_monday + 6
                           AND b.status IN ('booked', 'checked_in', 'no_show')) AS this_week
      FROM bookings b WHERE b.nik_match = decode(a.nik, 'hex')
    ) h
  WHERE a.k = ANY (v_open);
  v_open := ARRAY(SELECT o FROM unnest(v_open) o WHERE o <> ALL (v_duplicate || v_weekly) ORDER BY o);

  -- The winners' bookings. A row that conflicts (its NIK or idempotency key booked by another transaction
  -- meanwhile, a code drawn twice) is skipped and its attempt is tried again.
  WITH want AS (
    SELECT x.i, a.*
    FROM unnest(v_open) WITH ORDINALITY AS x(k, i)
    JOIN jsonb_to_recordset(p_attempts) a(k int, starts text, nik text, id uuid, code text, nik_encrypted text,
           phone_encrypted text, email_encrypted text, name text, idempotency_key text, language text,
           actor_user_id uuid, actor_username text, actor_role text, client_ip text, request_id text, notices jsonb)
      ON a.k = x.k
  ), c AS (
    SELECT * FROM booking_claim_places(p_service, p_site, p_date,
           ARRAY(SELECT v_slots[array_position(v_starts, want.starts)] FROM want ORDER BY want.i))
  ), w AS (
    SELECT want.*, c.day, c.slot, c.n FROM c JOIN want ON want.i = c.i WHERE c.day IS NOT NULL
  ), ins AS (
    INSERT INTO bookings (id, code, site_id, service_id, slot_id, service_date, starts, nik_encrypted, nik_match,
                          phone_encrypted, name, idempotency_key, email_encrypted, language)
    SELECT w.id, w.code, p_site, p_service, w.slot, p_date, w.starts, w.nik_encrypted, decode(w.nik, 'hex'),
      w.phone_encrypted, w.name, w.idempotency_key, w.email_encrypted, w.language
    FROM w
    ON CONFLICT DO NOTHING
    RETURNING id
  ), made AS (
    SELECT w.* FROM w JOIN ins ON ins.id = w.id
  ), days AS (
    UPDATE booking_day_places p SET booking_id = made.id FROM made
    WHERE p.service_id = p_service AND p.site_id = p_site AND p.service_date = p_date AND p.n = made.day
  ), slots AS (
    UPDATE booking_places p SET booking_id = made.id FROM made
    WHERE p.slot_id = made.slot AND p.n = made.n
  ), audit AS (
    INSERT INTO audit_log (actor_user_id, actor_username, actor_role, action, entity_type, entity_id, site_id,
                           after, client_ip, request_id)
    SELECT made.actor_user_id, made.actor_username, made.actor_role, 'booking.create', 'booking', made.id::text,
      p_site, jsonb_build_object('code', made.code, 'serviceId', p_service, 'date', p_date, 'starts', made.starts),
      made.client_ip, made.request_id
    FROM made
  ), notices AS (
    INSERT INTO notifications (site_id, channel, recipient_encrypted, template, language, data, dedupe_key)
    SELECT p_site, note->>'channel', note->>'recipientEncrypted', note->>'template', note->>'language', note->'data',
      note->>'dedupeKey'
    FROM made, jsonb_array_elements(coalesce(made.notices, '[]')) note
    ON CONFLICT (dedupe_key) DO NOTHING
  )
  SELECT coalesce(array_agg(w.k) FILTER (WHERE ins.id IS NOT NULL), '{}'),
    coalesce(array_agg(w.k) FILTER (WHERE ins.id IS NULL), '{}'),
    (SELECT coalesce(array_agg(want.k), '{}') FROM c JOIN want ON want.i = c.i WHERE c.day IS NULL)
  INTO v_booked, v_again, v_retry
  FROM w LEFT JOIN ins ON ins.id = w.id;

  RETURN jsonb_build_object(
    'booked', to_jsonb(v_booked), 'again', to_jsonb(v_again), 'retry', to_jsonb(v_retry),
    'duplicate', to_jsonb(v_duplicate), 'weeklyLimit', to_jsonb(v_weekly),
    'dayFree', (SELECT count(*) FROM booking_day_places p
                WHERE p.service_id = p_service AND p.site_id = p_site AND p.service_date = p_date
                  AND p.booking_id IS NULL),
    'slotFree', (SELECT coalesce(jsonb_object_agg(s.starts,
                   (SELECT count(*) FROM booking_places p WHERE p.slot_id = s.slot AND p.booking_id IS NULL)), '{}')
                 FROM unnest(v_starts, v_slots) s(starts, slot)));
END $$;
