-- floor_cutoff_late: which steps of an itinerary would end after closing at today's pace (the cut-off before
-- closing, floor_issue.sql): the rules of estimate.rules.ts, in SQL because they decide inside the issuing
-- statement. A step's wait is ceil(waiting × minutes / counters) + the break's minutes left, counters being those
-- open and off a break, else the booth's counters, at least 1 (estimateWaitMinutes); a later booth's queue moves
-- while the citizen is at an earlier one, so its wait counts only what is left on arrival (itineraryMinutes); a step
-- is late when start + the itinerary so far, rounded up, passes closing (fitsBeforeClosing).
-- p_steps: [{waiting, openCounters, counters, minutes}] in itinerary order; p_cutoff: {start, closes, breakLeft},
-- minutes of the site's day. Returns the late steps' positions (1-based). test/floor.statements.test.ts holds it to
-- the TypeScript rules on random itineraries. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_cutoff_late(p_steps jsonb, p_cutoff jsonb) RETURNS int[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  v_elapsed float8 := 0;
  v_wait float8;
  v_late int[] := '{}';
  s record;
BEGIN
  FOR s IN SELECT e.i, (e.v->>'waiting')::float8 AS waiting, (e.v->>'openCounters')::float8 AS open_counters,
                  (e.v->>'counters')::float8 AS counters, (e.v->>'minutes')::float8 AS minutes
           FROM jsonb_array_elements(p_steps) WITH ORDINALITY AS e(v, i) ORDER BY e.i LOOP
    v_wait := ceil(s.waiting * s.minutes / greatest(1, CASE WHEN s.open_counters > 0 THEN s.open_counters
                                                              WHEN s.counters > 0 THEN s.counters ELSE 1 END))
              + (p_cutoff->>'breakLeft')::float8;
    v_elapsed := v_elapsed + greatest(0, v_wait - v_elapsed) + s.minutes;
    IF (p_cutoff->>'start')::float8 + ceil(v_elapsed) > (p_cutoff->>'closes')::float8 THEN
      v_late := v_late || s.i::int;
    END IF;
  END LOOP;
  RETURN v_late;
END $$;
