-- The rollup's side of the hub (src/modules/national/rollup.ts): the functions its triggers run and the histogram
-- builder its SQL uses. The triggers themselves are attached by prepareHubSchema after the replicated tables exist
-- (rollup.ts, rollupTriggerStatements): migrations run before those tables are built.
--
-- Which (site, day) a change dirties, decided here once:
--  * rows with a site and a day (tickets, service_day_usage, counter_sessions: service_date; requests: opened_on;
--    survey_responses: served_on; complaints: received_on; site_closures: date) — their old and new day;
--  * the heartbeat — the first beat of a new site-local day, so that a day with no other activity still gets its
--    booth-opening row (booths that never opened count against the site);
--  * a service whose national type, daily quota or site changed — every day with facts of each site that owns or
--    offers it (its booths' sites): the type
--    decides which day_facts row all its past tickets, files, responses and complaints count under. Rare (a
--    manager maps a service once), so rebuilding the site's history at the next drain is cheaper than a second,
--    slower cadence that would leave the figures wrong until it runs;
--  * a site's weekly hours or timezone, a special period — the days already built that they cover (opening hours
--    decide which booth opened on time);
--  * booths, counters, the services a booth offers — changed or removed: the site's current day only (which
--    counters are expected is read as it stands, and a counter closed in March must not rewrite January); added:
--    the site's days with facts, since in the first copy a counter can arrive after the days that expected it.
-- Files are counted on the day they were opened and complaints on the day they were received (the cohorts the
-- site's own monitor and complaint measures use), so a file finished in March re-dirties its January day.

-- Marks (site, day) of the old and new row: TG_ARGV[0] names the site column, TG_ARGV[1] the day column.
CREATE FUNCTION national.mark_dirty_day() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
  INSERT INTO national.dirty_days (site_id, day)
  SELECT DISTINCT (r ->> TG_ARGV[0])::uuid, (r ->> TG_ARGV[1])::date
  FROM unnest(ARRAY[old_row, new_row]) AS r
  WHERE r IS NOT NULL AND r ->> TG_ARGV[0] IS NOT NULL AND r ->> TG_ARGV[1] IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM national.generated_sites g WHERE g.site_id = (r ->> TG_ARGV[0])::uuid)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- A site's local calendar date of an instant (its timezone from the replicated sites row; WIB when unknown).
-- plpgsql: public.sites is built after the migrations, and a plpgsql body is not resolved until it runs.
CREATE FUNCTION national.site_date(site uuid, at timestamptz) RETURNS date LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (at AT TIME ZONE coalesce((SELECT s.timezone FROM public.sites s WHERE s.id = site), 'Asia/Jakarta'))::date;
END $$;

CREATE FUNCTION national.mark_heartbeat_day() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  day date := national.site_date(NEW.site_id, NEW.beat_at);
BEGIN
  IF TG_OP = 'INSERT' OR day IS DISTINCT FROM national.site_date(OLD.site_id, OLD.beat_at) THEN
    INSERT INTO national.dirty_days (site_id, day) VALUES (NEW.site_id, day) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- Every day of a site that has facts (a change that re-sorts its history).
CREATE FUNCTION national.mark_site_history(site uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO national.dirty_days (site_id, day)
  SELECT DISTINCT site_id, day FROM national.day_facts WHERE site_id = site
  UNION
  SELECT site_id, day FROM national.site_day_facts WHERE site_id = site
  ON CONFLICT DO NOTHING
$$;

-- The sites of a service: its own (services.site_id, once sites own their services) and every site whose booths
-- offer it (a catalogue service shared by an agency's booths at several sites).
CREATE FUNCTION national.mark_service_sites(service uuid, own_site uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  site uuid;
BEGIN
  FOR site IN
    SELECT own_site WHERE own_site IS NOT NULL
    UNION SELECT b.site_id FROM public.service_booths sb JOIN public.booths b ON b.id = sb.booth_id
      WHERE sb.service_id = service AND b.site_id IS NOT NULL
  LOOP
    PERFORM national.mark_site_history(site);
  END LOOP;
END $$;

CREATE FUNCTION national.mark_service_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A new service: the first copy runs tables in parallel, so its tickets may have been rolled up before it
  -- arrived (counted as 'LAINNYA'); a no-op when its sites have no facts yet.
  IF TG_OP = 'INSERT' THEN
    PERFORM national.mark_service_sites(NEW.id, NEW.site_id);
  ELSIF TG_OP = 'DELETE' OR OLD.service_type_code IS DISTINCT FROM NEW.service_type_code
     OR OLD.daily_quota IS DISTINCT FROM NEW.daily_quota OR OLD.site_id IS DISTINCT FROM NEW.site_id THEN
    PERFORM national.mark_service_sites(OLD.id, OLD.site_id);
    IF TG_OP = 'UPDATE' AND NEW.site_id IS DISTINCT FROM OLD.site_id THEN
      PERFORM national.mark_service_sites(NEW.id, NEW.site_id);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION national.mark_site_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.weekly_hours IS NOT DISTINCT FROM NEW.weekly_hours
     AND OLD.timezone IS NOT DISTINCT FROM NEW.timezone THEN
    RETURN NULL;
  END IF;
  PERFORM national.mark_site_history(coalesce(NEW.id, OLD.id));
  RETURN NULL;
END $$;

CREATE FUNCTION national.mark_special_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO national.dirty_days (site_id, day)
  SELECT f.site_id, f.day FROM national.site_day_facts f
  WHERE (TG_OP <> 'INSERT' AND f.site_id = OLD.site_id AND f.day BETWEEN OLD.starts_on AND OLD.ends_on)
     OR (TG_OP <> 'DELETE' AND f.site_id = NEW.site_id AND f.day BETWEEN NEW.starts_on AND NEW.ends_on)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- The current day of the site of a booth (booths: its own row; counters and service_booths: through booth_id).
CREATE FUNCTION national.mark_booth_today() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_data jsonb := to_jsonb(coalesce(NEW, OLD));
  site uuid;
BEGIN
  IF TG_TABLE_NAME = 'booths' THEN
    site := (row_data ->> 'site_id')::uuid;
  ELSE
    SELECT b.site_id INTO site FROM public.booths b WHERE b.id = (row_data ->> 'booth_id')::uuid;
  END IF;
  IF site IS NULL OR EXISTS (SELECT 1 FROM national.generated_sites g WHERE g.site_id = site) THEN
    RETURN NULL;
  END IF;
  -- A new booth or counter may arrive after the days that expected it (the first copy runs tables in parallel).
  IF TG_OP = 'INSERT' THEN
    PERFORM national.mark_site_history(site);
  ELSE
    INSERT INTO national.dirty_days (site_id, day) VALUES (site, national.site_date(site, now()))
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- A minute histogram (the facts' shape: [i] counts values of i-1 minutes, 1-based, trailing zeros trimmed) of
-- whole minutes; values are capped at 239 (the last bucket, 240, holds "4 hours or more"), NULLs skipped.
CREATE FUNCTION national.hist_of(minutes integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH v AS (SELECT least(greatest(m, 0), 239) + 1 AS b FROM unnest(minutes) AS m WHERE m IS NOT NULL),
  c AS (SELECT b, count(*)::int AS n FROM v GROUP BY b)
  SELECT coalesce(array_agg(coalesce(c.n, 0) ORDER BY i), '{}')
  FROM generate_series(1, (SELECT coalesce(max(b), 0) FROM v)) AS i LEFT JOIN c ON c.b = i
$$;

-- The national view reads month rows of one type over a range of months for every site (ranking, type comparison)
-- and one site's months (profile): the primary key (service_type_code, month, site_id) serves the first; this the
-- second.
CREATE INDEX month_facts_site ON national.month_facts (site_id, service_type_code, month);

-- The same histogram functions as 0002 (same signatures, same results), in plpgsql: the SQL versions run a
-- generate_series query per call, and the national view adds thousands of month histograms per request (200 sites ×
-- 12 months × 4 arrays). Measured on 2,400 month rows (shared 2-core machine): 140–190 ms for the SQL hist_sum of
-- one array column, 30–85 ms for this one; the percentile of 200 histograms 60–75 ms in SQL.
CREATE OR REPLACE FUNCTION national.hist_add(a integer[], b integer[]) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  result integer[];
  longer integer := greatest(coalesce(cardinality(a), 0), coalesce(cardinality(b), 0));
BEGIN
  IF longer = 0 THEN RETURN '{}'; END IF;
  IF coalesce(cardinality(a), 0) >= coalesce(cardinality(b), 0) THEN
    result := a;
    FOR i IN 1 .. coalesce(cardinality(b), 0) LOOP result[i] := coalesce(result[i], 0) + coalesce(b[i], 0); END LOOP;
  ELSE
    result := b;
    FOR i IN 1 .. coalesce(cardinality(a), 0) LOOP result[i] := coalesce(result[i], 0) + coalesce(a[i], 0); END LOOP;
  END IF;
  -- NULL elements of the longer array's tail count as zero, as in the SQL version.
  FOR i IN 1 .. longer LOOP
    IF result[i] IS NULL THEN result[i] := 0; END IF;
  END LOOP;
  RETURN result;
END $$;

CREATE OR REPLACE FUNCTION national.hist_percentile(h integer[], p numeric) RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  total numeric := 0;
  running numeric := 0;
  needed numeric;
BEGIN
  FOR i IN 1 .. coalesce(cardinality(h), 0) LOOP total := total + coalesce(h[i], 0); END LOOP;
  IF total <= 0 THEN RETURN NULL; END IF;
  needed := ceil(p * total);
  FOR i IN 1 .. cardinality(h) LOOP
    running := running + coalesce(h[i], 0);
    IF running >= needed THEN RETURN i - 1; END IF;
  END LOOP;
  RETURN NULL;
END $$;

-- How many values a histogram holds.
CREATE FUNCTION national.hist_total(h integer[]) RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  total integer := 0;
BEGIN
  FOR i IN 1 .. coalesce(cardinality(h), 0) LOOP total := total + coalesce(h[i], 0); END LOOP;
  RETURN total;
END $$;
