-- floor_active_ticket: the ticket at a counter now (called, or being served), locked to the end of the action;
-- refused with floor.ticket_state when there is none, or when p_called_only and it is already being served. Only
-- the counter's own open session moves it, and that session is locked first (floor_counter_session), so this never
-- waits. Current state; history: git log.
DROP FUNCTION IF EXISTS floor_active_ticket(uuid);
CREATE OR REPLACE FUNCTION floor_active_ticket(p_counter uuid, p_called_only boolean) RETURNS tickets
LANGUAGE plpgsql AS $$
DECLARE
  t tickets;
BEGIN
  SELECT * INTO t FROM tickets WHERE counter_id = p_counter AND status IN ('called', 'serving') FOR NO KEY UPDATE;
  IF t.id IS NULL OR (p_called_only AND t.status <> 'called') THEN PERFORM floor_raise('floor.ticket_state'); END IF;
  RETURN t;
END $$;
