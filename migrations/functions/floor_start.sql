-- floor_start: the counter starts serving its called ticket. Returns {ticketId, number}. Current state; history:
-- git log.
CREATE OR REPLACE FUNCTION floor_start(p_ctx jsonb, p_counter uuid, p_booth uuid, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  t := floor_active_ticket(p_counter, true);
  UPDATE tickets SET status = 'serving', serving_started_at = p_now WHERE id = t.id RETURNING * INTO t;
  PERFORM floor_emit(c.o_site, 'ticket.serving', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_audit(p_ctx, 'ticket.serve', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number);
END $$;
