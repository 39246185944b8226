-- floor_call: a counter calls a ticket, in one statement (issue 25: one round trip). With p_ticket NULL it calls the
-- next waiting ticket by the ordering rule: ordering.rules.ts's chooseNext, kept here in SQL because the choice
-- must be made under the booth's lock (priority tickets first, but after p_ratio priority calls in a row the
-- longest-waiting regular ticket goes next; within a class booked first, then original arrival, then number);
-- test/floor.statements.test.ts holds this to chooseNext on random queues. With p_ticket it calls that waiting
-- ticket out of order (p_reason goes to the audit log). Either call counts in the booth's priority streak: a
-- priority ticket lengthens it, a regular one ends it.
--
-- Locks, in this order: the officer's counter session (floor_counter_session), then the booth row, held to
-- commit: one call per booth at a time, so two counters never take the same ticket and the streak stays exact.
-- Returns {ticketId, number, callCount}. Current state; history: git log (before it, floor_call_next.sql and
-- floor_call_ticket.sql).
DROP FUNCTION IF EXISTS floor_call_next(jsonb, uuid, uuid, date, int, timestamptz);
DROP FUNCTION IF EXISTS floor_call_ticket(jsonb, uuid, uuid, uuid, text, timestamptz);
CREATE OR REPLACE FUNCTION floor_call(p_ctx jsonb, p_counter uuid, p_booth uuid, p_date date, p_ratio int,
                                      p_ticket uuid, p_reason text, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
  v_streak int;
  v_priority uuid;
  v_regular uuid;
  v_pick uuid := p_ticket;
  v_next_streak int;
  t tickets;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  IF c.o_on_break THEN PERFORM floor_raise('floor.counter_paused'); END IF;
  IF EXISTS (SELECT 1 FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving')) THEN
    PERFORM floor_raise('floor.counter_busy');
  END IF;
  SELECT priority_streak INTO v_streak FROM booths WHERE id = p_booth FOR NO KEY UPDATE;
  IF p_ticket IS NULL THEN
    SELECT id INTO v_priority FROM tickets
    WHERE booth_id = p_booth AND service_date = p_date AND status = 'waiting' AND priority <> 'none'
      AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = p_counter)
    ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1;
    SELECT id INTO v_regular FROM tickets
    WHERE booth_id = p_booth AND service_date = p_date AND status = 'waiting' AND priority = 'none'
      AND service_id IN (SELECT service_id FROM counter_services WHERE counter_id = p_counter)
    ORDER BY booked DESC, arrived_at, sequence, id LIMIT 1;
    v_pick := CASE WHEN v_priority IS NOT NULL AND (v_regular IS NULL OR v_streak < p_ratio) THEN v_priority
                   ELSE v_regular END;
    IF v_pick IS NULL THEN PERFORM floor_raise('floor.queue_empty'); END IF;
  ELSE
    SELECT * INTO t FROM tickets WHERE id = p_ticket;
    IF t.id IS NULL OR t.booth_id <> p_booth THEN PERFORM floor_raise('floor.ticket_not_found'); END IF;
    IF t.status <> 'waiting' THEN PERFORM floor_raise('floor.ticket_state'); END IF;
    IF NOT EXISTS (SELECT 1 FROM counter_services WHERE counter_id = p_counter AND service_id = t.service_id) THEN
      PERFORM floor_raise('floor.ticket_not_served_here');
    END IF;
  END IF;
  -- The booth row is held, so the chosen ticket is still waiting: no other counter can take it meanwhile.
  UPDATE tickets SET status = 'called', counter_id = p_counter, called_by = (p_ctx->>'userId')::uuid,
    called_at = p_now, call_count = call_count + 1
  WHERE id = v_pick AND status = 'waiting' RETURNING * INTO t;
  IF t.id IS NULL THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  UPDATE counter_sessions SET calls = calls + 1 WHERE id = c.o_session;
  v_next_streak := CASE WHEN t.priority <> 'none' THEN v_streak + 1 ELSE 0 END;
  -- A regular call at a booth whose streak is already 0 changes nothing: no new row version for it.
  IF v_next_streak <> v_streak THEN
    UPDATE booths SET priority_streak = v_next_streak WHERE id = p_booth;
  END IF;
  PERFORM floor_emit(c.o_site, 'ticket.called', t.booth_id,
                     floor_ticket_payload(t, c.o_booth_name, c.o_zone, c.o_counter_number));
  PERFORM floor_audit(p_ctx, CASE WHEN p_ticket IS NULL THEN 'ticket.call' ELSE 'ticket.call_specific' END, 'ticket',
                      t.id, t.site_id,
                      jsonb_build_object('number', t.number, 'counterId', p_counter)
                        || CASE WHEN p_ticket IS NULL THEN jsonb_build_object('how', 'next')
                                ELSE jsonb_build_object('reason', p_reason) END);
  RETURN jsonb_build_object('ticketId', t.id, 'number', t.number, 'callCount', t.call_count);
END $$;
