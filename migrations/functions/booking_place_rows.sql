-- booking_place_rows: the day and slot rows of a date with their places, created from the schedule on first use;
-- returns the slot and how many places the slot and the day have free. Called by book_batch, booking.service.ts
-- and places.prepare.ts (which makes the rows ahead of a window). Current state; history: git log of this file
-- (before it, migrations 0009 and 0016).
--
-- Two callers may create the same rows at once: ON CONFLICT makes it harmless, and the places of a row are only
-- created by the statement that created the row.
--
-- The rows are created from the schedule in the database, not from the caller's copy of it: each app process
-- caches a service's schedule for a couple of seconds, and a process that had not yet seen a lowered capacity
-- could otherwise open a new date with the old, larger one, for good. The rare path that creates a date's rows
-- takes a share lock on the service's booking_settings row (a schedule change upserts that row first, so the two
-- serialise) and reads the weekday's capacity and quota from booking_schedules. A change committed first is seen
-- here; a creation committed first is seen by the change, which resizes the date's places with the rest. A
-- weekday the schedule no longer offers gets no places (its slot row records the caller's capacity only because
-- capacity must be positive; places, not that figure, are what can be booked). p_capacity and p_quota are kept
-- in the signature (callers pass them) but not trusted.
CREATE OR REPLACE FUNCTION booking_place_rows(
  p_service uuid, p_site uuid, p_date date, p_starts text, p_capacity int, p_quota int
) RETURNS TABLE (slot uuid, slot_free int, day_free int)
LANGUAGE plpgsql AS $$
DECLARE
  v_slot uuid;
  v_capacity int;
  v_quota int;
BEGIN
  SELECT sl.id INTO v_slot FROM booking_slots sl
  WHERE sl.service_id = p_service AND sl.site_id = p_site AND sl.service_date = p_date AND sl.starts = p_starts;
  IF v_slot IS NULL OR NOT EXISTS (
    SELECT 1 FROM booking_days d WHERE d.service_id = p_service AND d.site_id = p_site AND d.service_date = p_date
  ) THEN
    PERFORM 1 FROM booking_settings bs WHERE bs.service_id = p_service AND bs.site_id = p_site FOR SHARE;
    SELECT bsch.capacity_per_slot, bsch.online_daily_quota INTO v_capacity, v_quota
    FROM booking_schedules bsch
    WHERE bsch.service_id = p_service AND bsch.site_id = p_site
      AND bsch.weekday = extract(isodow FROM p_date)::int;
    v_quota := coalesce(v_quota, 0);
    WITH d AS (
      INSERT INTO booking_days (service_id, site_id, service_date, online_quota)
      VALUES (p_service, p_site, p_date, v_quota) ON CONFLICT DO NOTHING
      RETURNING service_id, site_id, service_date, online_quota
    )
    INSERT INTO booking_day_places (service_id, site_id, service_date, n)
    SELECT d.service_id, d.site_id, d.service_date, g.n FROM d, generate_series(1, d.online_quota) AS g(n);
    WITH s AS (
      INSERT INTO booking_slots (service_id, site_id, service_date, starts, capacity)
      VALUES (p_service, p_site, p_date, p_starts, coalesce(v_capacity, p_capacity)) ON CONFLICT DO NOTHING
      RETURNING id
    )
    INSERT INTO booking_places (slot_id, n)
    SELECT s.id, g.n FROM s, generate_series(1, coalesce(v_capacity, 0)) AS g(n);
    SELECT sl.id INTO v_slot FROM booking_slots sl
    WHERE sl.service_id = p_service AND sl.site_id = p_site AND sl.service_date = p_date AND sl.starts = p_starts;
  END IF;
  RETURN QUERY SELECT v_slot,
    (SELECT count(*)::int FROM booking_places p WHERE p.slot_id = v_slot AND p.booking_id IS NULL),
    (SELECT count(*)::int FROM booking_day_places p
     WHERE p.service_id = p_service AND p.site_id = p_site AND p.service_date = p_date AND p.booking_id IS NULL);
END $$;
