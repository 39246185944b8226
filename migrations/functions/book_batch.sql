-- book_batch: books a batch of attempts (a JSON array, in arrival order) for one service and day, in one call.
-- Current state; history: git log of this file (before it, migrations 0009 and 0012, and 0013, which patched the
-- name columns in place).
--
-- Each attempt carries what the app prepared (prepare() in src/modules/booking/booking.book.ts): "k" (its index),
-- "starts", the NIK's match key in hex, the new booking's id and code, the encrypted personal data, who asked
-- (for the audit) and the notices to queue. Returns the attempts booked, to try again (a conflict with another
-- transaction, which the next batch sees the end of: "again"; no place yet while others hold free places they
-- may give back: "retry"), refused as duplicate or over the weekly limit — every other attempt is full — and the
-- places left:
-- {"booked": [k], "again": [k], "retry": [k], "duplicate": [k], "weeklyLimit": [k], "dayFree": n,
--  "slotFree": {"<starts>": n}}.
--
-- Why it writes audit entries and queues notices itself, instead of through src/shared/audit and
-- src/modules/notifications like every other change (docs/ARCHITECTURE.md, "Booking at window opening"): when a
-- window opens, thousands of attempts arrive within a second. Done statement by statement, a batch cost a dozen
-- round trips, and under a crowd each round trip waits behind the HTTP work of the whole crowd in the app's
-- event loop (measured: 60-70 ms per batch, whatever its size). Which attempts get a booking is only known
-- inside this call, after the NIK locks and the place claims, and the audit entries and notices must commit with
-- exactly those bookings; writing them from the app would take a second round trip per batch while the places
-- stay locked. So the one statement that inserts the bookings also inserts their audit rows and notices. These
-- writes must stay in step with:
--   - the audit row: auditRow() and insertAuditEntries() in src/shared/audit/audit.ts (same columns; the actor,
--     'system' when none, is filled in by prepare() from the request's context; agency_id is left NULL as for
--     every booking entry; the after-image is {code, serviceId, date, starts});
--   - the notices: bookingNotices() in src/modules/booking/booking.notify.ts builds them and prepare() encrypts
--     the recipient; the INSERT mirrors enqueueNotifications() in src/modules/notifications/outbox.ts
--     (ON CONFLICT (dedupe_key) DO NOTHING).
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
           phone_encrypted text, email_encrypted text, name_encrypted text, idempotency_key text, language text,
           actor_user_id uuid, actor_username text, actor_role text, client_ip text, request_id text, notices jsonb)
      ON a.k = x.k
  ), c AS (
    SELECT * FROM booking_claim_places(p_service, p_site, p_date,
           ARRAY(SELECT v_slots[array_position(v_starts, want.starts)] FROM want ORDER BY want.i))
  ), w AS (
    SELECT want.*, c.day, c.slot, c.n FROM c JOIN want ON want.i = c.i WHERE c.day IS NOT NULL
  ), ins AS (
    INSERT INTO bookings (id, code, site_id, service_id, slot_id, service_date, starts, nik_encrypted, nik_match,
                          phone_encrypted, name_encrypted, idempotency_key, email_encrypted, language)
    SELECT w.id, w.code, p_site, p_service, w.slot, p_date, w.starts, w.nik_encrypted, decode(w.nik, 'hex'),
      w.phone_encrypted, w.name_encrypted, w.idempotency_key, w.email_encrypted, w.language
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
