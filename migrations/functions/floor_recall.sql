-- floor_recall: the counter announces its called ticket again (one more call counted). Returns {ticketId, number,
-- callCount}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_recall(p_ctx jsonb, p_counter uuid, p_booth uuid) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  t := floor_active_ticket(p_counter, true);
  UPDATE tickets SET call_count = call_count + 1 WHERE id = t.id RETURNING * INTO t;
  PERFORM floor_emit(c.o_site, 'ticket.recalled', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_audit(p_ctx, 'ticket.recall', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter, 'callCount', t.call_count));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number, 'callCount', t.call_count);
END $$;
