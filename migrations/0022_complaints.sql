-- Complaints (pengaduan, UU 25/2009 Arts. 36–46; Perpres 76/2013; PermenPAN-RB 62/2018; SP4N-LAPOR!): filed where
-- the service happened, handled against working-day deadlines in the site's calendar, answered in public.
-- The status machine is in modules/complaints/complaint-status.rules.ts; the deadlines in complaint-deadlines.rules.ts.

-- Per-site deadlines where the regulation allows a site to set its own (working days; {} = the statutory ones).
ALTER TABLE sites ADD COLUMN complaint_settings jsonb NOT NULL DEFAULT '{}';

CREATE TABLE complaints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  -- Unguessable, read aloud: Crockford base32 (shared/codes.ts), shown in groups.
  tracking_code text NOT NULL UNIQUE,
  -- The four-digit PIN given with the code, encrypted (so a data-key rotation re-encrypts it): the code finds the
  -- complaint, the PIN is the answer whose wrong tries are counted per code (shared/auth/code-guesses.ts), as the
  -- last digits of a NIK are for file tracking.
  pin_encrypted text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('complaint', 'suggestion', 'information', 'appreciation')),
  -- How it arrived: filed by the citizen (public site, a tracking page, the kiosk) or recorded by staff.
  channel text NOT NULL CHECK (channel IN ('web', 'ticket', 'request', 'kiosk', 'phone', 'whatsapp', 'letter',
    'suggestion_box', 'lapor', 'walk_in')),
  -- LAPOR!'s own tracking id, when the complaint came from (or was forwarded to) SP4N-LAPOR!.
  lapor_id text,
  -- named: the identity is shown to the handlers and the agency; confidential: to the site's handlers only (each
  -- read audited with a reason) unless released to the agency; anonymous: no identity is kept at all.
  identity text NOT NULL CHECK (identity IN ('named', 'confidential', 'anonymous')),
  identity_released boolean NOT NULL DEFAULT false,
  -- Personal data, encrypted (shared/personal-data); null when anonymous or not given.
  name_encrypted text,
  phone_encrypted text,
  email_encrypted text,
  language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  -- What happened, when, and what the citizen asks for.
  description text NOT NULL,
  happened_on date,
  asks text NOT NULL DEFAULT '',
  -- A short category for the measures (complaint-subjects.ts): waiting, behaviour, requirements, fee…
  subject text NOT NULL DEFAULT 'other',
  -- Where it happened: chosen by the citizen or staff, or derived from the linked ticket or file.
  agency_id uuid REFERENCES agencies (id),
  booth_id uuid REFERENCES booths (id),
  counter_id uuid REFERENCES counters (id),
  service_id uuid REFERENCES services (id),
  officer_id uuid REFERENCES users (id),
  ticket_id uuid REFERENCES tickets (id),
  request_id uuid REFERENCES requests (id),
  -- When the linked service was given: the 30-day filing window (UU 25/2009) is counted from it.
  served_at timestamptz,
  status text NOT NULL CHECK (status IN ('received', 'postponed', 'verified', 'dispatched', 'followed_up',
    'answered', 'reopened', 'closed', 'archived', 'forwarded')),
  -- Bumped by every change: a client acting on an older copy is refused (409), as is a second handler's move.
  version integer NOT NULL DEFAULT 1,
  received_at timestamptz NOT NULL,
  received_by uuid REFERENCES users (id),
  -- The site-local day it was received: the period the measures count it in.
  received_on date NOT NULL,
  -- The deadline of the stage it is in, and when it turns "at risk"; null in a final state or while postponed.
  stage_due_at timestamptz,
  stage_at_risk_at timestamptz,
  -- The UU 25/2009 outer bounds: a written response within 14 days, a decision within 60.
  response_due_at timestamptz NOT NULL,
  decision_due_at timestamptz NOT NULL,
  postponed_at timestamptz,
  -- The status a postponement interrupted, to resume into.
  postponed_from text,
  -- When the answer to the citizen is due: verify/dispatch plus agency follow-up working days (plus pauses),
  -- never later than the 14-day response bound. Answered by then = answered on time.
  answer_due_at timestamptz NOT NULL,
  -- Stage milestones, kept for the measures (time to answer, answered within the deadline).
  verified_at timestamptz,
  dispatched_at timestamptz,
  follow_up_due_at timestamptz,
  followed_up_at timestamptz,
  answered_at timestamptz,
  answered_on_time boolean,
  answer text,
  -- The citizen's reply to the answer: resolved or not, a rating 1–4, a remark.
  citizen_resolved boolean,
  citizen_rating smallint CHECK (citizen_rating BETWEEN 1 AND 4),
  citizen_remark text,
  closed_at timestamptz,
  -- closed: 'citizen' (replied), 'automatic' (no reply in time), 'handler'; archived: 'not_complaint',
  -- 'duplicate', 'abusive'; forwarded: 'other_agency', 'lapor'.
  outcome text,
  forwarded_to text,
  reopen_count smallint NOT NULL DEFAULT 0,
  -- Escalation notices already sent for the current stage ('at_risk', 'late'): each is sent once a stage.
  escalated text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaints_site_received ON complaints (site_id, received_on);
CREATE INDEX complaints_agency_received ON complaints (agency_id, received_on);
-- The live late list and the sweeps read only the open ones.
CREATE INDEX complaints_open_due ON complaints (site_id, stage_due_at)
  WHERE status NOT IN ('closed', 'archived', 'forwarded');
CREATE INDEX complaints_ticket ON complaints (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX complaints_request ON complaints (request_id) WHERE request_id IS NOT NULL;

-- Every step: who, when, the note. `public` steps (and their notes) are shown on the citizen's tracking page.
CREATE TABLE complaint_steps (
  id bigserial PRIMARY KEY,
  complaint_id uuid NOT NULL REFERENCES complaints (id),
  action text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  note text NOT NULL DEFAULT '',
  public boolean NOT NULL DEFAULT false,
  actor_user_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaint_steps_complaint ON complaint_steps (complaint_id, at);

-- Photos and documents: the file lives in the configured folder under its id; here what it is and its checksum.
CREATE TABLE complaint_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  complaint_id uuid NOT NULL REFERENCES complaints (id),
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  -- Added by the citizen at filing, or by staff/the agency as evidence with a follow-up.
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaint_attachments_complaint ON complaint_attachments (complaint_id);

-- A complaint's tracking page is guarded like a file's: wrong answers counted per code as well as per address.
ALTER TABLE code_guess_failures DROP CONSTRAINT code_guess_failures_kind_check;
ALTER TABLE code_guess_failures ADD CONSTRAINT code_guess_failures_kind_check
  CHECK (kind IN ('request', 'booking', 'complaint'));
