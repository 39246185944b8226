-- The floor: visits and tickets, counter sessions and breaks, kiosk devices, and the outbox of floor events.

-- Per-site floor policy (priority ratio, kiosk lead time, no-show window…); defaults live in queue/floor.settings.ts.
ALTER TABLE sites ADD COLUMN floor_settings jsonb NOT NULL DEFAULT '{}';

-- Fairness state of a booth's queue: how many priority tickets were called in a row (see ordering.rules.ts).
ALTER TABLE booths ADD COLUMN priority_streak integer NOT NULL DEFAULT 0;

-- One citizen's visit: the services picked at the kiosk in one go, served as an itinerary of booths.
CREATE TABLE visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  service_date date NOT NULL,
  -- Unguessable code in the tracking URL (the slip's QR); never shown on the display.
  tracking_code text NOT NULL UNIQUE,
  priority text NOT NULL CHECK (priority IN ('none', 'elderly', 'disability', 'pregnant_child')),
  arrived_at timestamptz NOT NULL DEFAULT now(),
  kiosk_id uuid,
  booking_id uuid
);
CREATE INDEX visits_site_day ON visits (site_id, service_date);

CREATE TABLE tickets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  visit_id uuid NOT NULL REFERENCES visits (id),
  -- Position in the visit's itinerary, from 1.
  step integer NOT NULL CHECK (step >= 1),
  -- The booth whose daily sequence numbered the ticket; the number stays on the slip even after a transfer.
  issued_booth_id uuid NOT NULL REFERENCES booths (id),
  sequence integer NOT NULL CHECK (sequence >= 1),
  number text NOT NULL,
  service_date date NOT NULL,
  -- Where the ticket is queued now (changes on transfer).
  booth_id uuid NOT NULL REFERENCES booths (id),
  service_id uuid NOT NULL REFERENCES services (id),
  priority text NOT NULL CHECK (priority IN ('none', 'elderly', 'disability', 'pregnant_child')),
  booked boolean NOT NULL DEFAULT false,
  -- The visit's original arrival: the fairness key, kept across itinerary steps and transfers.
  arrived_at timestamptz NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  -- When it last entered a queue (its step started, a transfer, a return after no-show).
  queued_at timestamptz,
  status text NOT NULL CHECK (status IN ('pending', 'waiting', 'called', 'serving', 'done', 'no_show', 'cancelled')),
  counter_id uuid REFERENCES counters (id),
  called_by uuid REFERENCES users (id),
  called_at timestamptz,
  call_count integer NOT NULL DEFAULT 0,
  serving_started_at timestamptz,
  finished_at timestamptz,
  outcome text CHECK (outcome IN ('served', 'incomplete_documents', 'referred')),
  no_show_at timestamptz,
  transfer_count integer NOT NULL DEFAULT 0,
  UNIQUE (issued_booth_id, service_date, sequence),
  UNIQUE (visit_id, step)
);
-- The waiting list of a booth, in arrival order.
CREATE INDEX tickets_waiting ON tickets (booth_id, service_date, arrived_at) WHERE status = 'waiting';
CREATE INDEX tickets_site_day ON tickets (site_id, service_date, status);
CREATE INDEX tickets_service_finished ON tickets (service_id, finished_at DESC) WHERE status = 'done';
-- A counter holds at most one ticket at a time: no ticket reaches two counters, no counter two tickets.
CREATE UNIQUE INDEX tickets_counter_active ON tickets (counter_id) WHERE status IN ('called', 'serving');

-- Gap-free daily numbering per booth: the row lock serialises issuing at one booth, a rollback frees the number.
CREATE TABLE queue_sequences (
  booth_id uuid NOT NULL REFERENCES booths (id),
  service_date date NOT NULL,
  last_sequence integer NOT NULL,
  PRIMARY KEY (booth_id, service_date)
);

-- Tickets issued per service per day at a site, against the service's daily quota.
CREATE TABLE service_day_usage (
  site_id uuid NOT NULL REFERENCES sites (id),
  service_id uuid NOT NULL REFERENCES services (id),
  service_date date NOT NULL,
  issued integer NOT NULL,
  PRIMARY KEY (site_id, service_id, service_date)
);

-- Who staffed which counter from when to when (monitoring teams check that booths opened on time).
CREATE TABLE counter_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  counter_id uuid NOT NULL REFERENCES counters (id),
  user_id uuid NOT NULL REFERENCES users (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  service_date date NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('signed_out', 'expired', 'taken_over')),
  -- Consecutive priority calls at this counter are tracked on the booth; this is the counter's own tally.
  calls integer NOT NULL DEFAULT 0
);
-- One officer per counter, one counter per officer, at a time.
CREATE UNIQUE INDEX counter_sessions_open_counter ON counter_sessions (counter_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX counter_sessions_open_user ON counter_sessions (user_id) WHERE ended_at IS NULL;
CREATE INDEX counter_sessions_site_day ON counter_sessions (site_id, service_date);

CREATE TABLE counter_breaks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES counter_sessions (id),
  started_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  reason text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX counter_breaks_open ON counter_breaks (session_id) WHERE ended_at IS NULL;

-- Kiosk machines paired by a site manager; the device keeps a random token, the table only its SHA-256.
CREATE TABLE kiosks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  name text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);

-- The outbox: every floor change appends events in its own transaction, numbered per site without gaps.
-- The sequence row is locked last in each transaction, so commit order equals sequence order and a reader
-- that has seen seq N has seen every event before it.
CREATE TABLE site_event_sequences (
  site_id uuid PRIMARY KEY REFERENCES sites (id),
  last_seq bigint NOT NULL
);
CREATE TABLE floor_events (
  site_id uuid NOT NULL REFERENCES sites (id),
  seq bigint NOT NULL,
  type text NOT NULL,
  booth_id uuid,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, seq)
);
