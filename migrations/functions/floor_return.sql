-- floor_return: a no-show who comes back within p_window_minutes rejoins the queue with their original arrival;
-- the recall rule applies afresh (a no-show again needs its own recalls). Returns {ticketId, number}.
-- Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_return(p_ctx jsonb, p_counter uuid, p_booth uuid, p_ticket uuid,
                                        p_window_minutes int, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
  b record;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  SELECT * INTO t FROM tickets WHERE id = p_ticket FOR NO KEY UPDATE;
  IF t.id IS NULL OR t.booth_id <> p_booth THEN PERFORM floor_raise('floor.ticket_not_found'); END IF;
  IF t.status <> 'no_show' OR t.no_show_at IS NULL THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  IF p_now - t.no_show_at > make_interval(mins => p_window_minutes) THEN
    PERFORM floor_raise('floor.return_window_passed');
  END IF;
  UPDATE tickets SET status = 'waiting', queued_at = p_now, counter_id = NULL, call_count = 0
  WHERE id = p_ticket RETURNING * INTO t;
  SELECT name, zone INTO b FROM booths WHERE id = t.booth_id;
  PERFORM floor_emit(c.o_site, 'ticket.returned', t.booth_id, floor_ticket_payload(t, b.name, b.zone, NULL));
  PERFORM floor_audit(p_ctx, 'ticket.return', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number);
END $$;
