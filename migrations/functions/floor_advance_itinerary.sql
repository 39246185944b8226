-- floor_advance_itinerary: after a step of a visit ends (finished or a no-show), its next step joins its booth's
-- queue, ranked by the visit's original arrival, and the booth hears of it (ticket.queued). Current state;
-- history: git log.
CREATE OR REPLACE FUNCTION floor_advance_itinerary(p_ended tickets, p_now timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  n tickets;
  b record;
BEGIN
  UPDATE tickets SET status = 'waiting', queued_at = p_now
  WHERE visit_id = p_ended.visit_id AND step = p_ended.step + 1 AND status = 'pending' RETURNING * INTO n;
  IF n.id IS NULL THEN RETURN; END IF;
  SELECT name, zone INTO b FROM booths WHERE id = n.booth_id;
  PERFORM floor_emit(n.site_id, 'ticket.queued', n.booth_id, floor_ticket_payload(n, b.name, b.zone, NULL));
END $$;
