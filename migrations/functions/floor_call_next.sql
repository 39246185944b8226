-- floor_call_next: a counter calls the next waiting ticket by the ordering rule, in one statement (issue 25: one
-- round trip). The rule is ordering.rules.ts's chooseNext, kept here in SQL because the choice must be made under
-- the booth's lock: priority tickets first, but after p_ratio priority calls in a row the longest-waiting regular
-- ticket goes next; within a class booked first, then original arrival, then number. test/floor.sql.test.ts
-- holds this function to chooseNext on random queues.
--
-- Locks, in this order: the officer's counter session (floor_counter_session), then the booth row, held to
-- commit: one call per booth at a time, so two counters never take the same ticket and the streak stays exact.
-- Returns {ticketId, number, callCount}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_call_next(p_ctx jsonb, p_counter uuid, p_booth uuid, p_date date, p_ratio int,
                                           p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  v_streak int;
  v_priority uuid;
  v_regular uuid;
  v_pick uuid;
  v_next_streak int;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  IF c.o_on_break THEN PERFORM floor_raise('floor.counter_paused'); END IF;
  IF EXISTS (SELECT 1 FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving')) THEN
    PERFORM floor_raise('floor.counter_busy');
  END IF;
  SELECT priority_streak INTO v_streak FROM booths WHERE id = p_booth FOR NO KEY UPDATE;
  SELECT id INTO v_priority FROM tickets
  WHERE booth_id = p_booth AND service_date = p_date AND status = 'waiting' AND priority <> 'none'
    AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = p_counter)
  ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1;
  SELECT id INTO v_regular FROM tickets
  WHERE booth_id = p_booth AND service_date = p_date AND status = 'waiting' AND priority = 'none'
    AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = p_counter)
  ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1;
  IF v_priority IS NOT NULL AND (v_regular IS NULL OR v_streak < p_ratio) THEN
    v_pick := v_priority;
    v_next_streak := v_streak + 1;
  ELSIF v_regular IS NOT NULL THEN
    v_pick := v_regular;
    v_next_streak := 0;
  ELSE
    PERFORM floor_raise('floor.queue_empty');
  END IF;
  -- The booth row is held, so the chosen ticket is still waiting: no other counter can take it meanwhile.
  UPDATE tickets SET status = 'called', counter_id = p_counter, called_by = (p_ctx->>'userId')::uuid,
    called_at = p_now, call_count = call_count + 1
  WHERE id = v_pick AND status = 'waiting' RETURNING * INTO t;
  IF t.id IS NULL THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  UPDATE counter_sessions SET calls = calls + 1 WHERE id = c.o_session;
  -- A regular call at a booth whose streak is already 0 changes nothing: no new row version for it.
  IF v_next_streak <> v_streak THEN
    UPDATE booths SET priority_streak = v_next_streak WHERE id = p_booth;
  END IF;
  PERFORM floor_emit(c.o_site, 'ticket.called', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_audit(p_ctx, 'ticket.call', 'ticket', t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter, 'how', 'next'));
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number, 'callCount', t.call_count);
END $$;
