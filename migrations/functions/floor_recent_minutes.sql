-- floor_recent_minutes: the durations (minutes) of a service's last 50 services finished in the past 14 days,
-- newest first. The one definition: the floor's read views embed it (floor.stats.ts, recentServiceMinutes) and
-- floor_issue reads it for a service whose typical minutes the process lacks. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_recent_minutes(p_service uuid) RETURNS float8[]
LANGUAGE sql STABLE AS $$
  SELECT ARRAY(SELECT extract(epoch FROM t.finished_at - t.serving_started_at) / 60 FROM tickets t
               WHERE t.service_id = p_service AND t.status = 'done' AND t.serving_started_at IS NOT NULL
                 AND t.finished_at > now() - interval '14 days'
               ORDER BY t.finished_at DESC LIMIT 50)::float8[];
$$;
