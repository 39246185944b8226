-- floor_booth_load: what the wait estimates need of a booth on a day, as {waiting, openCounters, counters}: how
-- many wait, how many counters are staffed and not on a break, how many counters it has. The one definition: the
-- floor's read views embed it (floor.stats.ts, boothLoadJson) and floor_issue applies the cut-off over it.
-- Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_booth_load(p_booth uuid, p_date date) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'waiting', (SELECT count(*) FROM tickets t
                WHERE t.booth_id = p_booth AND t.service_date = p_date AND t.status = 'waiting'),
    'openCounters', (SELECT count(*) FROM counters c
                     JOIN counter_sessions cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
                     WHERE c.booth_id = p_booth AND c.active AND cs.service_date = p_date
                       AND NOT EXISTS (SELECT 1 FROM counter_breaks br WHERE br.session_id = cs.id AND br.ended_at IS NULL)),
    'counters', (SELECT count(*) FROM counters c WHERE c.booth_id = p_booth AND c.active));
$$;
