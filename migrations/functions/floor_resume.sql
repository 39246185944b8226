-- floor_resume: the officer is back from a break (nothing happens when not on one). Returns {ok}.
-- Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_resume(p_ctx jsonb, p_counter uuid, p_booth uuid, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  SELECT * INTO c FROM floor_counter_session(p_ctx, p_counter, p_booth);
  IF NOT c.o_on_break THEN RETURN jsonb_build_object('ok', true); END IF;
  UPDATE counter_breaks SET ended_at = p_now WHERE session_id = c.o_session AND ended_at IS NULL;
  PERFORM floor_emit(c.o_site, 'counter.resumed', p_booth,
    jsonb_build_object('counterId', p_counter, 'counterNumber', c.o_counter_number, 'boothId', p_booth));
  PERFORM floor_audit(p_ctx, 'counter.resume', 'counter', p_counter, c.o_site, NULL);
  RETURN jsonb_build_object('ok', true);
END $$;
