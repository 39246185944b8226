-- floor_event_number: floor events are numbered at commit, by the deferred constraint trigger floor_event_number
-- on floor_events (created in 0010_floor_events_numbered_at_commit.sql, which says why). The per-site sequence
-- row keeps sequence order equal to commit order: a transaction holds its lock until it has committed, so a
-- reader that has seen seq N has seen everything before it; taken inside COMMIT, the lock is held only for the
-- numbering and the commit. Until then an event carries a draft number: negative, unique, never visible to
-- anyone else. The trigger fires per event in the order the events were inserted.
-- Current state; history: git log of this file (before it, 0010). CREATE OR REPLACE keeps the trigger; keep the
-- name and signature.
CREATE OR REPLACE FUNCTION floor_event_number() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  final bigint;
BEGIN
  INSERT INTO site_event_sequences AS q (site_id, last_seq) VALUES (NEW.site_id, 1)
  ON CONFLICT (site_id) DO UPDATE SET last_seq = q.last_seq + 1
  RETURNING last_seq INTO final;
  UPDATE floor_events SET seq = final WHERE site_id = NEW.site_id AND seq = NEW.seq;
  RETURN NULL;
END $$;
