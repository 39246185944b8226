-- Citizen satisfaction (SKM, PermenPAN-RB 14/2017): one invitation per served ticket or handed-over file, at most one
-- response per invitation, paper responses imported without one, rollups kept in each response's transaction, the
-- survey periods a site reports on (each with the method its index is computed by), and their follow-up plans.
-- The rules (elements, weights, grading) are in src/modules/satisfaction/ikm.rules.ts; answers are u1…u9 in the
-- regulation's order (elements.ts).

-- One per ticket finished as served or file handed over: the unguessable token of its one-time link and QR.
CREATE TABLE survey_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token text NOT NULL UNIQUE,
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  booth_id uuid NOT NULL REFERENCES booths (id),
  service_id uuid NOT NULL REFERENCES services (id),
  ticket_id uuid UNIQUE REFERENCES tickets (id),
  request_id uuid UNIQUE REFERENCES requests (id),
  -- The officer who served: their own console session may not answer for the citizen.
  served_by uuid REFERENCES users (id),
  served_at timestamptz NOT NULL,
  -- The site-local day of service: what the response counts under.
  served_on date NOT NULL,
  expires_at timestamptz NOT NULL,
  answered_at timestamptz,
  CHECK ((ticket_id IS NULL) <> (request_id IS NULL)),
  CHECK (expires_at > served_at)
);
CREATE INDEX survey_invitations_site_day ON survey_invitations (site_id, served_on);

-- A paper import (all or nothing): who brought which file in, for the audit trail and to show where figures came from.
CREATE TABLE survey_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  file_name text NOT NULL,
  rows integer NOT NULL CHECK (rows >= 0),
  imported_by uuid REFERENCES users (id),
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- One citizen's answers, never changed after submission. No personal data: the profile is coarse bands.
CREATE TABLE survey_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invitation_id uuid UNIQUE REFERENCES survey_invitations (id),
  import_id uuid REFERENCES survey_imports (id),
  channel text NOT NULL CHECK (channel IN ('online', 'device', 'notification', 'paper')),
  site_id uuid NOT NULL REFERENCES sites (id),
  -- Null only for a paper form that names no service (it counts for the site as a whole).
  agency_id uuid REFERENCES agencies (id),
  service_id uuid REFERENCES services (id),
  booth_id uuid REFERENCES booths (id),
  served_on date NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  u1 smallint CHECK (u1 BETWEEN 1 AND 4),
  u2 smallint CHECK (u2 BETWEEN 1 AND 4),
  u3 smallint CHECK (u3 BETWEEN 1 AND 4),
  u4 smallint CHECK (u4 BETWEEN 1 AND 4),
  u5 smallint CHECK (u5 BETWEEN 1 AND 4),
  u6 smallint CHECK (u6 BETWEEN 1 AND 4),
  u7 smallint CHECK (u7 BETWEEN 1 AND 4),
  u8 smallint CHECK (u8 BETWEEN 1 AND 4),
  u9 smallint CHECK (u9 BETWEEN 1 AND 4),
  sex text,
  age_band text,
  education text,
  occupation text,
  suggestion text CHECK (char_length(suggestion) <= 1000),
  CHECK (num_nonnulls(u1, u2, u3, u4, u5, u6, u7, u8, u9) >= 1),
  CHECK ((invitation_id IS NULL) = (channel = 'paper')),
  CHECK (service_id IS NULL OR agency_id IS NOT NULL)
);
CREATE INDEX survey_responses_site_day ON survey_responses (site_id, served_on);
CREATE INDEX survey_responses_suggestions ON survey_responses (site_id, submitted_at DESC) WHERE suggestion IS NOT NULL;

-- Sums kept in each response's transaction (as the monitor's rollups are), by day and by month, so a year of a large
-- site is read from a few thousand rows. s<i> = sum of element i's scores, n<i> = respondents who answered it.
-- agency/service/booth are null together for a paper form without a service (NULLS NOT DISTINCT keeps one row).
CREATE TABLE survey_rollups (
  site_id uuid NOT NULL REFERENCES sites (id),
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  period date NOT NULL,
  agency_id uuid REFERENCES agencies (id),
  service_id uuid REFERENCES services (id),
  booth_id uuid REFERENCES booths (id),
  respondents integer NOT NULL DEFAULT 0,
  s1 integer NOT NULL DEFAULT 0, n1 integer NOT NULL DEFAULT 0,
  s2 integer NOT NULL DEFAULT 0, n2 integer NOT NULL DEFAULT 0,
  s3 integer NOT NULL DEFAULT 0, n3 integer NOT NULL DEFAULT 0,
  s4 integer NOT NULL DEFAULT 0, n4 integer NOT NULL DEFAULT 0,
  s5 integer NOT NULL DEFAULT 0, n5 integer NOT NULL DEFAULT 0,
  s6 integer NOT NULL DEFAULT 0, n6 integer NOT NULL DEFAULT 0,
  s7 integer NOT NULL DEFAULT 0, n7 integer NOT NULL DEFAULT 0,
  s8 integer NOT NULL DEFAULT 0, n8 integer NOT NULL DEFAULT 0,
  s9 integer NOT NULL DEFAULT 0, n9 integer NOT NULL DEFAULT 0,
  UNIQUE NULLS NOT DISTINCT (site_id, grain, period, agency_id, service_id, booth_id)
);
CREATE INDEX survey_rollups_agency ON survey_rollups (agency_id, grain, period);

-- A survey period a site reports on (a semester, a year…), with the method (elements, weights, grade table) its
-- index is computed by, stored as used so the figure recomputed years later is the same.
CREATE TABLE survey_periods (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  label text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  method jsonb NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  UNIQUE (site_id, starts_on, ends_on)
);

-- The follow-up plan (rencana tindak lanjut) of a period: actions on its weak elements, with an owner and a due date;
-- their status shows in the next period's report.
CREATE TABLE survey_follow_ups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period_id uuid NOT NULL REFERENCES survey_periods (id),
  -- The unit the action is for: the site (both null), an agency, or one service.
  agency_id uuid REFERENCES agencies (id),
  service_id uuid REFERENCES services (id),
  element text NOT NULL,
  action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 1000),
  owner text NOT NULL CHECK (char_length(owner) BETWEEN 1 AND 200),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  status_note text,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_follow_ups_period ON survey_follow_ups (period_id);
