-- floor_typical_minutes: a service's typical minutes from its recent durations, as estimate.rules.ts's
-- typicalServiceMinutes: their median (at least 1) when there are at least 5, else p_fallback (the standard's
-- average). Used by floor_issue inside the issuing statement; test/floor.statements.test.ts holds the two to the
-- same answer. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_typical_minutes(p_recent float8[], p_fallback float8) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
  -- The median as the TypeScript takes it (the middle one, or the mean of the middle two), to the last bit.
  SELECT CASE WHEN n < 5 THEN p_fallback
              ELSE greatest(1, CASE WHEN n % 2 = 1 THEN s[n / 2 + 1] ELSE (s[n / 2] + s[n / 2 + 1]) / 2 END) END
  FROM (SELECT ARRAY(SELECT x FROM unnest(p_recent) x ORDER BY x) AS s, coalesce(cardinality(p_recent), 0) AS n) q;
$$;
