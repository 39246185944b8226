-- floor_no_show: the called citizen did not come after p_recalls recalls; their later steps go on (they may be at
-- another booth of their itinerary). Returns {ticketId, number}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_no_show(p_ctx jsonb, p_counter uuid, p_booth uuid, p_recalls int,
                                         p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  t := floor_active_ticket(p_counter, true);
  IF t.call_count < 1 + p_recalls THEN PERFORM floor_raise('floor.recall_first'); END IF;
  UPDATE tickets SET status = 'no_show', no_show_at = p_now WHERE id = t.id RETURNING * INTO t;
  PERFORM floor_emit(c.o_site, 'ticket.no_show', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_advance_itinerary(t, p_now);
  PERFORM floor_audit(p_ctx, 'ticket.no_show', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter, 'calls', t.call_count));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number);
END $$;
