-- floor_emit: appends one event to a site's outbox (floor_events) inside the caller's transaction. Its number is a
-- draft until COMMIT, when the deferred trigger floor_event_number gives it the site's next sequence (commit
-- order: see floor_event_number.sql). The floor's action functions (floor_*.sql) emit through here; TypeScript
-- changes emit through shared/events/outbox.ts, which writes the same row. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_emit(p_site uuid, p_type text, p_booth uuid, p_payload jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO floor_events (site_id, seq, type, booth_id, payload)
  VALUES (p_site, -nextval('floor_event_drafts'), p_type, p_booth, p_payload);
$$;
