-- floor_finish: the counter finishes its ticket with an outcome; the visit's next step joins its queue. Returns
-- the finished ticket (to_jsonb of the row) for the hooks other modules compose into the same statement
-- (floor.hooks.ts: the monitor's rollups, the satisfaction survey), and for the requests module, which opens the
-- application file in the same transaction when the outcome is 'submitted'. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_finish(p_ctx jsonb, p_counter uuid, p_booth uuid, p_outcome text,
                                        p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  t := floor_active_ticket(p_counter, false);
  UPDATE tickets SET status = 'done', outcome = p_outcome, finished_at = p_now,
    serving_started_at = coalesce(serving_started_at, called_at, p_now)
  WHERE id = t.id RETURNING * INTO t;
  PERFORM floor_emit(c.o_site, 'ticket.finished', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number)
                       || jsonb_build_object('outcome', p_outcome));
  PERFORM floor_advance_itinerary(t, p_now);
  PERFORM floor_audit(p_ctx, 'ticket.finish', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter, 'outcome', p_outcome));
  RETURN to_jsonb(t);
END $$;
