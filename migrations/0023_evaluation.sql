-- Evaluation (PEKPPP, PermenPAN-RB 29/2022; the Ombudsman's compliance grading; a monitoring team's inspections):
-- instruments as versioned data, assessments of a site, agency or booth scored per indicator, findings followed to
-- closure, reports kept as issued. Scoring rules: modules/evaluation/scoring.rules.ts; the definition's shape:
-- modules/evaluation/instrument.schema.ts.

CREATE TABLE instruments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 'PEKPPP', 'OMBUDSMAN', 'INSPEKSI-GERAI' for the shipped three; administrators add their own.
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('evaluation', 'compliance', 'inspection', 'custom')),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Editing an instrument makes a new version; an assessment keeps the version it used.
CREATE TABLE instrument_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  instrument_id uuid NOT NULL REFERENCES instruments (id),
  version integer NOT NULL CHECK (version > 0),
  -- The whole definition (aspects, weights, indicators, levels, evidence, bands), checked by instrument.schema.ts.
  definition jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (instrument_id, version)
);

-- An assessment of a site, an agency at a site, or one booth, with one instrument version, over a period. `side`:
-- the evaluators' assessment, or the agency's own (PEKPPP's self-assessment) that the evaluators then verify —
-- both kept, the differences shown (self_of links the evaluators' assessment to the self-assessment it verifies).
CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  instrument_version_id uuid NOT NULL REFERENCES instrument_versions (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid REFERENCES agencies (id),
  booth_id uuid REFERENCES booths (id),
  side text NOT NULL DEFAULT 'evaluator' CHECK (side IN ('evaluator', 'self')),
  self_of uuid REFERENCES assessments (id),
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_to >= period_from),
  title text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'closed')),
  -- The scores as last computed (scoring.rules.ts), kept with the assessment for lists and the dashboard.
  total text,
  band jsonb,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- A booth's assessment names its agency too; an agency's names no booth.
  CHECK (booth_id IS NULL OR agency_id IS NOT NULL)
);
CREATE INDEX assessments_site ON assessments (site_id, period_to);
CREATE INDEX assessments_agency ON assessments (agency_id, period_to);

-- The team: several members, one lead.
CREATE TABLE assessment_members (
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  user_id uuid NOT NULL REFERENCES users (id),
  lead boolean NOT NULL DEFAULT false,
  PRIMARY KEY (assessment_id, user_id)
);
CREATE UNIQUE INDEX assessment_members_one_lead ON assessment_members (assessment_id) WHERE lead;

-- One row per indicator: the latest saved score wins, visibly (revision counts every save; the previous value is
-- in the audit log). `write_id` is the client's id of the save: a draft replayed after a dropped connection
-- carries the same id and is taken once.
CREATE TABLE assessment_scores (
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  indicator_id text NOT NULL,
  value text,
  note text NOT NULL DEFAULT '',
  -- What Atap computed from its own data (evidence-sources.ts): {figure, text, source, computedAt}; null if none.
  prefill jsonb,
  -- The evaluator's reason when the score differs from what the prefill suggested.
  override_reason text,
  revision integer NOT NULL DEFAULT 1,
  write_id uuid NOT NULL,
  saved_by uuid REFERENCES users (id),
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, indicator_id)
);

-- Photo evidence per indicator: the file in the configured folder under its id; here what it is and its checksum.
CREATE TABLE assessment_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  indicator_id text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  -- The client's id of the upload: a retried upload is stored once.
  write_id uuid NOT NULL UNIQUE,
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_photos_assessment ON assessment_photos (assessment_id, indicator_id);

-- A finding: an indicator under its threshold, or an observation the team adds; assigned to the agency (or the site
-- manager) with a due date in working days of the site's calendar; followed until the evaluators close it.
CREATE TABLE findings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid REFERENCES agencies (id),
  booth_id uuid REFERENCES booths (id),
  indicator_id text,
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  title text NOT NULL,
  evidence text NOT NULL DEFAULT '',
  recommendation text NOT NULL,
  -- 'agency': the agency's admin answers; 'site': the site manager does.
  assignee text NOT NULL CHECK (assignee IN ('agency', 'site')),
  due_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'returned', 'closed')),
  version integer NOT NULL DEFAULT 1,
  reminded_at timestamptz,
  closed_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX findings_open_due ON findings (site_id, due_at) WHERE status <> 'closed';
CREATE INDEX findings_agency ON findings (agency_id, status);

-- The actions taken on a finding (tindak lanjut) and the evaluators' verdicts, in order.
CREATE TABLE finding_actions (
  id bigserial PRIMARY KEY,
  finding_id uuid NOT NULL REFERENCES findings (id),
  kind text NOT NULL CHECK (kind IN ('action', 'verified', 'returned')),
  text text NOT NULL,
  done_on date,
  evidence text NOT NULL DEFAULT '',
  actor_user_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_actions_finding ON finding_actions (finding_id, at);

-- Reports as issued: the PDF itself, so a re-render of an old report is the same document.
CREATE TABLE evaluation_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  kind text NOT NULL CHECK (kind IN ('assessment', 'follow_up')),
  assessment_ids uuid[] NOT NULL,
  number text NOT NULL,
  pdf bytea NOT NULL,
  sha256 text NOT NULL,
  issued_by uuid REFERENCES users (id),
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluation_reports_site ON evaluation_reports (site_id, issued_at);
