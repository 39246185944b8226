-- Applications (permohonan/berkas) tracked from the counter to hand-over, measured against the service
-- standard's completion time in working time; holidays as data; daily and monthly rollups for the monitor.

-- National holidays and collective leave (SKB 3 Menteri). Edited by national admins; the SLA calendar skips them.
CREATE TABLE holidays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  date date NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('national', 'collective_leave')),
  -- Dates not yet confirmed by a decree (estimated lunar holidays): shown so an admin confirms them.
  provisional boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (date, name)
);

-- Whether returning a file for completion stops the clock is part of the standard's completion time.
ALTER TABLE service_standard_versions
  ADD COLUMN completion_time_pauses_when_returned boolean NOT NULL DEFAULT true;

-- An agency's own steps for a service (see requests/workflow.rules.ts); absent = the default workflow.
CREATE TABLE service_workflows (
  service_id uuid PRIMARY KEY REFERENCES services (id),
  steps jsonb NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Per-site settings of request tracking (share of time after which a request is "at risk"…).
ALTER TABLE sites ADD COLUMN request_settings jsonb NOT NULL DEFAULT '{}';

-- A ticket's outcome when the officer took the file in for processing (a request is opened with it).
ALTER TABLE tickets DROP CONSTRAINT tickets_outcome_check;
ALTER TABLE tickets ADD CONSTRAINT tickets_outcome_check
  CHECK (outcome IN ('served', 'incomplete_documents', 'referred', 'submitted'));

CREATE TABLE requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  booth_id uuid NOT NULL REFERENCES booths (id),
  service_id uuid NOT NULL REFERENCES services (id),
  standard_version integer NOT NULL,
  -- The ticket it came from (none when registered directly); one request per ticket.
  ticket_id uuid UNIQUE REFERENCES tickets (id),
  -- Unguessable, read aloud over the phone: Crockford base32, shown in groups.
  tracking_code text NOT NULL UNIQUE,
  -- Personal data, encrypted (see shared/personal-data); the match key finds a citizen's requests.
  name_encrypted text NOT NULL,
  nik_encrypted text NOT NULL,
  nik_match bytea NOT NULL,
  phone_encrypted text,
  email_encrypted text,
  language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  -- The step the file is at (a workflow step code, or 'returned' / 'rejected').
  state text NOT NULL,
  returned_from text,
  -- [{name, mandatory, state: pending|received|verified|missing, note}] from the standard's requirements.
  checklist jsonb NOT NULL,
  opened_at timestamptz NOT NULL,
  opened_by uuid REFERENCES users (id),
  -- The site-local day it was opened: the cohort the monitor counts it in.
  opened_on date NOT NULL,
  completion_amount integer NOT NULL,
  completion_unit text NOT NULL CHECK (completion_unit IN ('minutes', 'hours', 'working_days')),
  pauses_when_returned boolean NOT NULL,
  -- Working time spent returned for completion (days or minutes, per the unit), added to the deadline.
  sla_extension integer NOT NULL DEFAULT 0,
  paused_at timestamptz,
  due_at timestamptz NOT NULL,
  at_risk_at timestamptz NOT NULL,
  done_at timestamptz,
  handed_over_at timestamptz,
  rejected_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- Open requests by deadline: the live page of at-risk and late files, and "late" in the monitor.
CREATE INDEX requests_open_due ON requests (site_id, due_at) WHERE done_at IS NULL AND rejected_at IS NULL;
CREATE INDEX requests_booth_open ON requests (booth_id, opened_at DESC);
CREATE INDEX requests_site_opened ON requests (site_id, opened_on);
CREATE INDEX requests_nik ON requests (nik_match);

-- Every move of a file: who, when, from where to where, and why.
CREATE TABLE request_transitions (
  id bigserial PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id),
  from_state text,
  to_state text NOT NULL,
  note text NOT NULL DEFAULT '',
  actor_user_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_transitions_request ON request_transitions (request_id, at);

-- The monitor's rollups per booth: one row per day and one per month (period = first day), kept in the same
-- transaction as the change they count. Requests count in the cohort of the day they were opened; completion
-- times are a histogram over log-spaced minute buckets (see requests/monitor.rules.ts).
CREATE TABLE monitor_rollups (
  booth_id uuid NOT NULL REFERENCES booths (id),
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  period date NOT NULL,
  site_id uuid NOT NULL REFERENCES sites (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  served integer NOT NULL DEFAULT 0,
  opened integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  completed_on_time integer NOT NULL DEFAULT 0,
  rejected integer NOT NULL DEFAULT 0,
  -- Dense, 141 buckets from index 1 (a sparse PostgreSQL array would change its lower bound).
  completion_histogram integer[] NOT NULL DEFAULT array_fill(0, ARRAY[141]),
  PRIMARY KEY (booth_id, grain, period)
);
CREATE INDEX monitor_rollups_site ON monitor_rollups (site_id, grain, period);

-- Seed: holidays 2025–2027 (the same rows as requests/holidays.data.ts; a test keeps them equal).
INSERT INTO holidays (date, name, kind, provisional, source) VALUES
  ('2025-01-01', 'Tahun Baru 2025 Masehi', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-03-31', 'Idul Fitri 1446 H', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-01', 'Idul Fitri 1446 H', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-18', 'Wafat Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-05-01', 'Hari Buruh Internasional', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-05-12', 'Hari Raya Waisak 2569 BE', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-05-29', 'Kenaikan Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-06-01', 'Hari Lahir Pancasila', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-06-06', 'Idul Adha 1446 H', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-06-27', 'Tahun Baru Islam 1447 H', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-08-17', 'Proklamasi Kemerdekaan', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-09-05', 'Maulid Nabi Muhammad SAW', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-12-25', 'Kelahiran Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-02', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-03', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-04', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-04-07', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-06-09', 'Cuti bersama Idul Adha', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'collective_leave', false, 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024; perubahan No. 933/2025, 1/2025, 3/2025'),
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-21', 'Idul Fitri 1447 H', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-22', 'Idul Fitri 1447 H', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-01', 'Hari Buruh Internasional', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-27', 'Idul Adha 1447 H', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-06-16', 'Tahun Baru Islam 1448 H', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-08-17', 'Proklamasi Kemerdekaan', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-12-25', 'Kelahiran Yesus Kristus', 'national', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-20', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-23', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-03-24', 'Cuti bersama Idul Fitri', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-05-28', 'Cuti bersama Idul Adha', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'collective_leave', false, 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025'),
  ('2027-01-01', 'Tahun Baru 2027 Masehi', 'national', false, 'Tanggal tetap'),
  ('2027-05-01', 'Hari Buruh Internasional', 'national', false, 'Tanggal tetap'),
  ('2027-06-01', 'Hari Lahir Pancasila', 'national', false, 'Tanggal tetap'),
  ('2027-08-17', 'Proklamasi Kemerdekaan', 'national', false, 'Tanggal tetap'),
  ('2027-12-25', 'Kelahiran Yesus Kristus', 'national', false, 'Tanggal tetap'),
  ('2027-03-26', 'Wafat Yesus Kristus', 'national', false, 'Dihitung dari tanggal Paskah'),
  ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'national', false, 'Dihitung dari tanggal Paskah'),
  ('2027-05-06', 'Kenaikan Yesus Kristus', 'national', false, 'Dihitung dari tanggal Paskah'),
  ('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-03-09', 'Hari Suci Nyepi Tahun Baru Saka 1949', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-03-10', 'Idul Fitri 1448 H', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-03-11', 'Idul Fitri 1448 H', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-05-17', 'Idul Adha 1448 H', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-05-20', 'Hari Raya Waisak 2571 BE', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-06-06', 'Tahun Baru Islam 1449 H', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027'),
  ('2027-08-15', 'Maulid Nabi Muhammad SAW', 'national', true, 'Perkiraan; menunggu SKB 3 Menteri tahun 2027');
