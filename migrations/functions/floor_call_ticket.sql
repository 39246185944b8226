-- floor_call_ticket: a counter calls one waiting ticket out of order (the reason goes to the audit log). The call
-- counts in the booth's priority streak like any other: a priority ticket lengthens it, a regular one ends it. Same locks as
-- floor_call_next. Returns {ticketId, number, callCount}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_call_ticket(p_ctx jsonb, p_counter uuid, p_booth uuid, p_ticket uuid,
                                             p_reason text, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  v_streak int;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  IF c.o_on_break THEN PERFORM floor_raise('floor.counter_paused'); END IF;
  IF EXISTS (SELECT 1 FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving')) THEN
    PERFORM floor_raise('floor.counter_busy');
  END IF;
  SELECT priority_streak INTO v_streak FROM booths WHERE id = p_booth FOR NO KEY UPDATE;
  SELECT * INTO t FROM tickets WHERE id = p_ticket;
  IF t.id IS NULL OR t.booth_id <> p_booth THEN PERFORM floor_raise('floor.ticket_not_found'); END IF;
  IF t.status <> 'waiting' THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  IF NOT EXISTS (SELECT 1 FROM counter_services WHERE counter_id = p_counter AND service_id = t.service_id) THEN
    PERFORM floor_raise('floor.ticket_not_served_here');
  END IF;
  UPDATE tickets SET status = 'called', counter_id = p_counter, called_by = (p_ctx->>'userId')::uuid,
    called_at = p_now, call_count = call_count + 1
  WHERE id = p_ticket AND status = 'waiting' RETURNING * INTO t;
  IF t.id IS NULL THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  UPDATE counter_sessions SET calls = calls + 1 WHERE id = c.o_session;
  UPDATE booths SET priority_streak = CASE WHEN t.priority <> 'none' THEN v_streak + 1 ELSE 0 END
  WHERE id = p_booth;
  PERFORM floor_emit(c.o_site, 'ticket.called', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_audit(p_ctx, 'ticket.call_specific', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter, 'reason', p_reason));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number, 'callCount', t.call_count);
END $$;
