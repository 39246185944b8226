-- floor_pause: the officer takes a break at the counter (nothing happens when already on one; refused while a
-- ticket is at the counter). Returns {ok}. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_pause(p_ctx jsonb, p_counter uuid, p_booth uuid, p_reason text,
                                       p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  IF c.o_on_break THEN RETURN jsonb_build_object('ok', true); END IF;
  IF EXISTS (SELECT 1 FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving')) THEN
    PERFORM floor_raise('floor.counter_busy');
  END IF;
  INSERT INTO counter_breaks (session_id, started_at, reason) VALUES (c.o_session, p_now, p_reason);
  PERFORM floor_emit(c.o_site, 'counter.paused', p_booth,
    jsonb_build_object('counterId', p_counter, 'counterNumber', c.o_counter_number, 'boothId', p_booth,
                       'reason', p_reason));
  PERFORM floor_audit(p_ctx, 'counter.pause', 'counter', p_counter, c.o_site, jsonb_build_object('reason', p_reason));
  RETURN jsonb_build_object('ok', true);
END $$;
