-- floor_counter_session: how every counter action begins (floor_call, floor_start, floor_finish, ...). It
-- checks, in the action's own statement, what the process may have answered from its caches:
-- * the sign-in is still valid (p_ctx.session, the SHA-256 of the session token, when the process took the
--   actor from its session cache: shared/http/session-hooks.ts) — else auth.required;
-- * the counter is active at an active site and still belongs to p_booth, the booth the process's counter
--   directory holds (floor/counter-directory.ts) — else floor.directory_stale, and the process reloads and
--   tries once more;
-- * the acting officer has this counter open. That session row is locked to the end of the action, so one
--   counter does one thing at a time (FOR NO KEY UPDATE: it does not block the foreign-key checks of others).
-- Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_counter_session(
  p_ctx jsonb, p_counter uuid, p_booth uuid,
  OUT o_session uuid, OUT o_on_break boolean, OUT o_site uuid, OUT o_counter_number int, OUT o_booth_name text,
  OUT o_zone text)
LANGUAGE plpgsql AS $$
DECLARE
  v_user uuid := (p_ctx->>'userId')::uuid;
  v_owner uuid;
  v_booth uuid;
BEGIN
  IF p_ctx->>'session' IS NOT NULL THEN
    PERFORM 1 FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = decode(p_ctx->>'session', 'hex') AND s.expires_at > now() AND u.active AND u.id = v_user;
    IF NOT FOUND THEN PERFORM floor_raise('auth.required'); END IF;
  END IF;
  SELECT c.number, b.id, b.name, b.zone, b.site_id INTO o_counter_number, v_booth, o_booth_name, o_zone, o_site
  FROM counters c JOIN booths b ON b.id = c.booth_id JOIN sites si ON si.id = b.site_id AND si.active
  WHERE c.id = p_counter AND c.active;
  IF NOT FOUND THEN PERFORM floor_raise('floor.counter_not_found'); END IF;
  IF v_booth IS DISTINCT FROM p_booth THEN PERFORM floor_raise('floor.directory_stale'); END IF;
  SELECT cs.id, cs.user_id INTO o_session, v_owner FROM counter_sessions cs
  WHERE cs.counter_id = p_counter AND cs.ended_at IS NULL FOR NO KEY UPDATE;
  IF o_session IS NULL OR v_owner IS DISTINCT FROM v_user THEN PERFORM floor_raise('floor.counter_not_open'); END IF;
  o_on_break := EXISTS (SELECT 1 FROM counter_breaks br WHERE br.session_id = o_session AND br.ended_at IS NULL);
END $$;
