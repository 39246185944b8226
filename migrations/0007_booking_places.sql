-- Places as rows instead of counters. A counter row per slot and per day makes every booking of a slot wait for
-- the previous one to commit (its row lock is held through the commit's flush), so the crowd at window opening
-- is served one commit at a time. With one row per place, each booking claims a different free place with
-- FOR UPDATE SKIP LOCKED, the commits flush together, and the count is still exact: a place is a row, and a
-- booking holds at most one place of a slot and one of a day.
CREATE TABLE booking_places (
  slot_id uuid NOT NULL REFERENCES booking_slots(id),
  n int NOT NULL,
  booking_id uuid REFERENCES bookings(id),
  PRIMARY KEY (slot_id, n)
);
CREATE INDEX booking_places_free ON booking_places (slot_id, n) WHERE booking_id IS NULL;
CREATE UNIQUE INDEX booking_places_per_booking ON booking_places (booking_id) WHERE booking_id IS NOT NULL;

CREATE TABLE booking_day_places (
  service_id uuid NOT NULL,
  site_id uuid NOT NULL,
  service_date date NOT NULL,
  n int NOT NULL,
  booking_id uuid REFERENCES bookings(id),
  PRIMARY KEY (service_id, site_id, service_date, n),
  FOREIGN KEY (service_id, site_id, service_date) REFERENCES booking_days(service_id, site_id, service_date)
);
CREATE INDEX booking_day_places_free ON booking_day_places (service_id, site_id, service_date, n)
  WHERE booking_id IS NULL;
CREATE UNIQUE INDEX booking_day_places_per_booking ON booking_day_places (booking_id) WHERE booking_id IS NOT NULL;

-- Places already taken under the counters (a database that booked before this migration) become rows.
INSERT INTO booking_places (slot_id, n, booking_id)
SELECT sl.id, g.n, NULL FROM booking_slots sl, generate_series(1, sl.capacity) AS g(n);
WITH active AS (
  SELECT b.id, b.slot_id, row_number() OVER (PARTITION BY b.slot_id ORDER BY b.created_at) AS n
  FROM bookings b WHERE b.status IN ('booked', 'checked_in')
)
UPDATE booking_places p SET booking_id = a.id FROM active a WHERE p.slot_id = a.slot_id AND p.n = a.n;
INSERT INTO booking_day_places (service_id, site_id, service_date, n, booking_id)
SELECT d.service_id, d.site_id, d.service_date, g.n, NULL FROM booking_days d, generate_series(1, d.online_quota) AS g(n);
WITH active AS (
  SELECT b.id, b.service_id, b.site_id, b.service_date,
    row_number() OVER (PARTITION BY b.service_id, b.site_id, b.service_date ORDER BY b.created_at) AS n
  FROM bookings b WHERE b.status IN ('booked', 'checked_in')
)
UPDATE booking_day_places p SET booking_id = a.id FROM active a
WHERE (p.service_id, p.site_id, p.service_date, p.n) = (a.service_id, a.site_id, a.service_date, a.n);

ALTER TABLE booking_slots DROP COLUMN taken;
ALTER TABLE booking_days DROP COLUMN taken;
