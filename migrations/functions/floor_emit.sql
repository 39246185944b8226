-- floor_emit: appends one event to a site's outbox (floor_events) inside the caller's transaction, with a draft
-- (negative) number. Just after the commit the process numbers it with the site's next sequence
-- (floor_number_events.sql, migration 0029). The floor's action functions (floor_*.sql) emit through here;
-- TypeScript changes emit through shared/events/outbox.ts, which writes the same row. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_emit(p_site uuid, p_type text, p_booth uuid, p_payload jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO floor_events (site_id, seq, type, booth_id, payload)
  VALUES (p_site, -nextval('floor_event_drafts'), p_type, p_booth, p_payload);
$$;
