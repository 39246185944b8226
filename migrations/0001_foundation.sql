-- Foundation: sites, agencies, booths, counters, services with versioned standards, accounts, audit.
-- Keys are UUIDs so that rows from many sites never collide in the national hub (DESIGN.md §4).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,12}$'),
  name text NOT NULL,
  province text NOT NULL,
  city text NOT NULL,
  address text NOT NULL,
  timezone text NOT NULL CHECK (timezone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
  phone text,
  email text,
  -- [{weekday 1..7, opens 'HH:MM', closes 'HH:MM', breaks [{starts, ends, label}]}], validated by the app.
  weekly_hours jsonb NOT NULL DEFAULT '[]',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Periods with other hours (Ramadan), inclusive dates in the site's timezone.
CREATE TABLE site_special_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  weekly_hours jsonb NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX site_special_periods_site ON site_special_periods (site_id, starts_on);

CREATE TABLE site_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  date date NOT NULL,
  reason text NOT NULL,
  UNIQUE (site_id, date)
);

CREATE TABLE agencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
  name text NOT NULL,
  short_name text NOT NULL,
  type text NOT NULL CHECK (type IN ('opd', 'vertical', 'bumn', 'bumd', 'private')),
  description text NOT NULL DEFAULT '',
  website text,
  phone text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE booths (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  name text NOT NULL,
  zone text NOT NULL DEFAULT '',
  floor integer NOT NULL DEFAULT 1,
  queue_prefix text NOT NULL CHECK (queue_prefix ~ '^[A-Z]{1,2}$'),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Two active booths of one site never share a ticket prefix.
CREATE UNIQUE INDEX booths_site_prefix ON booths (site_id, queue_prefix) WHERE active;
CREATE INDEX booths_agency ON booths (agency_id);

CREATE TABLE counters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booth_id uuid NOT NULL REFERENCES booths (id),
  number integer NOT NULL CHECK (number BETWEEN 1 AND 999),
  label text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX counters_booth_number ON counters (booth_id, number) WHERE active;

CREATE TABLE services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,59}$'),
  name text NOT NULL,
  category text NOT NULL,
  description text NOT NULL DEFAULT '',
  keywords text[] NOT NULL DEFAULT '{}',
  average_service_minutes integer NOT NULL CHECK (average_service_minutes BETWEEN 1 AND 480),
  bookable boolean NOT NULL DEFAULT false,
  daily_quota integer CHECK (daily_quota IS NULL OR daily_quota > 0),
  active boolean NOT NULL DEFAULT true,
  current_standard_version integer NOT NULL DEFAULT 0,
  -- Normalised text for tolerant search (see catalogue/search.rules.ts), kept by the app.
  search_text text NOT NULL DEFAULT '',
  search_compact text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_agency ON services (agency_id);
CREATE INDEX services_search_trgm ON services USING gin (search_text gin_trgm_ops);
CREATE INDEX services_compact_trgm ON services USING gin (search_compact gin_trgm_ops);

-- A service is offered at one or more booths (of its agency, at one or more sites).
CREATE TABLE service_booths (
  service_id uuid NOT NULL REFERENCES services (id),
  booth_id uuid NOT NULL REFERENCES booths (id),
  PRIMARY KEY (service_id, booth_id)
);
CREATE INDEX service_booths_booth ON service_booths (booth_id);

CREATE TABLE counter_services (
  counter_id uuid NOT NULL REFERENCES counters (id),
  service_id uuid NOT NULL REFERENCES services (id),
  PRIMARY KEY (counter_id, service_id)
);
CREATE INDEX counter_services_service ON counter_services (service_id);

-- Every version of a service standard is kept; the service points at its current one.
CREATE TABLE service_standard_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES services (id),
  version integer NOT NULL CHECK (version >= 1),
  effective_from date NOT NULL,
  change_note text NOT NULL DEFAULT '',
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  requirements jsonb NOT NULL,
  procedure jsonb NOT NULL,
  completion_time_amount integer NOT NULL CHECK (completion_time_amount > 0),
  completion_time_unit text NOT NULL CHECK (completion_time_unit IN ('minutes', 'hours', 'working_days')),
  fee_amount bigint NOT NULL CHECK (fee_amount >= 0),
  fee_is_free boolean NOT NULL,
  fee_legal_basis text NOT NULL DEFAULT '',
  fee_note text NOT NULL DEFAULT '',
  product text NOT NULL,
  complaint_channels jsonb NOT NULL,
  legal_basis jsonb NOT NULL,
  facilities jsonb NOT NULL,
  implementer_competence jsonb NOT NULL,
  internal_supervision text NOT NULL,
  implementer_count integer NOT NULL CHECK (implementer_count > 0),
  service_guarantee text NOT NULL,
  security_guarantee text NOT NULL,
  performance_evaluation text NOT NULL,
  UNIQUE (service_id, version),
  CHECK (NOT fee_is_free OR fee_amount = 0)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('national_admin', 'site_manager', 'agency_admin', 'officer', 'evaluator')),
  site_id uuid REFERENCES sites (id),
  agency_id uuid REFERENCES agencies (id),
  booth_id uuid REFERENCES booths (id),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A role's scope is part of the account, so the server can enforce it on every route.
  CHECK (role <> 'site_manager' OR site_id IS NOT NULL),
  CHECK (role <> 'agency_admin' OR agency_id IS NOT NULL),
  CHECK (role <> 'officer' OR booth_id IS NOT NULL)
);

-- Server-side sessions; the cookie carries a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  client_ip text
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  client_ip text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_recent ON login_failures (username, failed_at);
CREATE INDEX login_failures_ip ON login_failures (client_ip, failed_at);

-- Append-only audit log: who, role, what, before/after, when, from where.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_username text,
  actor_role text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  site_id uuid,
  agency_id uuid,
  before jsonb,
  after jsonb,
  client_ip text,
  request_id text
);
CREATE INDEX audit_log_site_at ON audit_log (site_id, at DESC);
CREATE INDEX audit_log_agency_at ON audit_log (agency_id, at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
