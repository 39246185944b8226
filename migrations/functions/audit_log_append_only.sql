-- audit_log_append_only: the audit log is append-only (triggers audit_log_no_update, audit_log_no_truncate on
-- audit_log, created in 0001_foundation.sql). Current state; history: git log of this file (before it, 0001).
-- CREATE OR REPLACE keeps the triggers; keep the name and signature (a trigger function takes no arguments).
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
