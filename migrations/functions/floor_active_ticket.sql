-- floor_active_ticket: the ticket at a counter now (called or being served), locked to the end of the action;
-- NULL fields when there is none. Only the counter's own open session moves it, and that session is locked
-- first (floor_counter_session), so this never waits. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_active_ticket(p_counter uuid) RETURNS tickets
LANGUAGE sql AS $$
  SELECT * FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving') FOR NO KEY UPDATE;
$$;
