-- Online booking (issue 4). A bookable service has, per site, a schedule per weekday (slot length, places per
-- slot, an online daily quota: the rest of the day stays for walk-ins) and a booking window (opens every day at
-- a site-local time for the next N days). Places are counted on slot and day rows; a booking takes one of each
-- with a conditional update, so no slot or day is ever oversold whatever the concurrency.

CREATE TABLE booking_settings (
  service_id uuid NOT NULL REFERENCES services(id),
  site_id uuid NOT NULL REFERENCES sites(id),
  window_opens_at text NOT NULL DEFAULT '07:00' CHECK (window_opens_at ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  days_ahead int NOT NULL DEFAULT 7 CHECK (days_ahead BETWEEN 0 AND 90),
  checkin_before_minutes int NOT NULL DEFAULT 30 CHECK (checkin_before_minutes BETWEEN 0 AND 240),
  checkin_after_minutes int NOT NULL DEFAULT 15 CHECK (checkin_after_minutes BETWEEN 0 AND 240),
  -- Bookings per NIK per week (Monday to Sunday) across this site's services; no-shows count too.
  weekly_limit_per_nik int NOT NULL DEFAULT 3 CHECK (weekly_limit_per_nik BETWEEN 1 AND 50),
  -- What a check-in outside its window does: refuse (say why), or issue as a walk-in ticket.
  outside_window_policy text NOT NULL DEFAULT 'refuse' CHECK (outside_window_policy IN ('refuse', 'walk_in')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, site_id)
);

CREATE TABLE booking_schedules (
  service_id uuid NOT NULL,
  site_id uuid NOT NULL,
  weekday int NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  slot_minutes int NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  capacity_per_slot int NOT NULL CHECK (capacity_per_slot BETWEEN 1 AND 10000),
  online_daily_quota int NOT NULL CHECK (online_daily_quota BETWEEN 0 AND 100000),
  PRIMARY KEY (service_id, site_id, weekday),
  FOREIGN KEY (service_id, site_id) REFERENCES booking_settings(service_id, site_id)
);

-- Created for a date when first offered; capacity and quota are copied then, so a later schedule change never
-- takes a place from someone who already booked.
CREATE TABLE booking_days (
  service_id uuid NOT NULL,
  site_id uuid NOT NULL,
  service_date date NOT NULL,
  online_quota int NOT NULL,
  taken int NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= online_quota),
  PRIMARY KEY (service_id, site_id, service_date)
);

CREATE TABLE booking_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL,
  site_id uuid NOT NULL,
  service_date date NOT NULL,
  starts text NOT NULL,
  capacity int NOT NULL CHECK (capacity > 0),
  taken int NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
  UNIQUE (service_id, site_id, service_date, starts)
);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  site_id uuid NOT NULL REFERENCES sites(id),
  service_id uuid NOT NULL REFERENCES services(id),
  slot_id uuid NOT NULL REFERENCES booking_slots(id),
  service_date date NOT NULL,
  starts text NOT NULL,
  -- Personal data: encrypted, matched by a keyed hash, never stored or logged in clear.
  nik_encrypted text NOT NULL,
  nik_match bytea NOT NULL,
  phone_encrypted text NOT NULL,
  name text NOT NULL,
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  idempotency_key text,
  ticket_id uuid REFERENCES tickets(id),
  outside_hours boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  checked_in_at timestamptz
);
-- One active booking per NIK per service per day (the race test hammers this).
CREATE UNIQUE INDEX bookings_one_per_nik_service_day ON bookings (nik_match, service_id, service_date)
  WHERE status IN ('booked', 'checked_in');
CREATE UNIQUE INDEX bookings_idempotency ON bookings (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX bookings_by_nik ON bookings (nik_match, service_date);
CREATE INDEX bookings_by_day ON bookings (site_id, service_date, status);
