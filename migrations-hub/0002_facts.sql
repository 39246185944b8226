-- The hub's daily figures, rolled up from the replicated rows (national/rollup.ts) or, for the national demo's
-- generated sites, written by the generator. Every measure of the national view is a sum over these rows
-- (national/measures.ts defines each one once). Waiting and service times are kept as histograms of whole minutes
-- so that any period's percentiles are exact (nearest rank over minutes): wait_hist[i] counts the tickets whose
-- wait was i-1 whole minutes (1-based), trailing zeros trimmed; the last bucket an array may hold is 240 (= 4 h
-- or more).

-- Per site, national service type and day: the open dataset's grain.
CREATE TABLE national.day_facts (
  site_id uuid NOT NULL,
  -- national service type of the site's service ('LAINNYA' when the site has not mapped the service yet)
  service_type_code text NOT NULL,
  day date NOT NULL,
  issued integer NOT NULL DEFAULT 0,
  served integer NOT NULL DEFAULT 0,
  no_shows integer NOT NULL DEFAULT 0,
  wait_hist integer[] NOT NULL DEFAULT '{}',
  service_hist integer[] NOT NULL DEFAULT '{}',
  -- services of this type with a daily quota that day, and how many of them ran out
  quota_services integer NOT NULL DEFAULT 0,
  quota_out integer NOT NULL DEFAULT 0,
  -- application files finished (done or rejected) that day, and how many within the standard's time
  files_done integer NOT NULL DEFAULT 0,
  files_on_time integer NOT NULL DEFAULT 0,
  -- survey responses served that day; per element (u1..u9): sum of answers and number answered
  survey_n integer NOT NULL DEFAULT 0,
  survey_sum integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0}',
  survey_cnt integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0}',
  -- complaints whose answer was due that day, and how many were answered by then
  complaints_due integer NOT NULL DEFAULT 0,
  complaints_on_time integer NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, day, service_type_code)
);
CREATE INDEX day_facts_type_day ON national.day_facts (service_type_code, day);

-- Per site and day, what has no service type: was the site open, how many booths opened, how many on time.
CREATE TABLE national.site_day_facts (
  site_id uuid NOT NULL,
  day date NOT NULL,
  open boolean NOT NULL,
  booths_expected integer NOT NULL DEFAULT 0,
  booths_opened integer NOT NULL DEFAULT 0,
  booths_on_time integer NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, day)
);

-- Per site, service type ('*' = all types) and month (its first day): the sums of the month's day rows, so that a
-- year of 200 sites is 2,400 rows to read. Rebuilt for a month whenever one of its days is.
CREATE TABLE national.month_facts (
  site_id uuid NOT NULL,
  service_type_code text NOT NULL,
  month date NOT NULL,
  issued integer NOT NULL DEFAULT 0,
  served integer NOT NULL DEFAULT 0,
  no_shows integer NOT NULL DEFAULT 0,
  wait_hist integer[] NOT NULL DEFAULT '{}',
  service_hist integer[] NOT NULL DEFAULT '{}',
  quota_service_days integer NOT NULL DEFAULT 0,
  quota_out_days integer NOT NULL DEFAULT 0,
  files_done integer NOT NULL DEFAULT 0,
  files_on_time integer NOT NULL DEFAULT 0,
  survey_n integer NOT NULL DEFAULT 0,
  survey_sum integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0}',
  survey_cnt integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0,0,0}',
  complaints_due integer NOT NULL DEFAULT 0,
  complaints_on_time integer NOT NULL DEFAULT 0,
  -- only on '*' rows: booth openings
  open_days integer NOT NULL DEFAULT 0,
  booths_expected integer NOT NULL DEFAULT 0,
  booths_opened integer NOT NULL DEFAULT 0,
  booths_on_time integer NOT NULL DEFAULT 0,
  PRIMARY KEY (service_type_code, month, site_id)
);

-- (site, day) pairs whose replicated rows changed since their facts were last built: filled by triggers that fire
-- in the subscriptions' apply workers (ENABLE ALWAYS), drained by the rollup.
CREATE TABLE national.dirty_days (
  site_id uuid NOT NULL,
  day date NOT NULL,
  PRIMARY KEY (site_id, day)
);

-- Histograms add element by element (the shorter one padded with zeros).
CREATE FUNCTION national.hist_add(a integer[], b integer[]) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i), '{}')
  FROM generate_series(1, greatest(coalesce(cardinality(a), 0), coalesce(cardinality(b), 0))) AS i
$$;

-- (CREATE AGGREGATE takes its function's name unqualified: resolved in the national schema.)
SET LOCAL search_path = national, public;
CREATE AGGREGATE national.hist_sum(integer[]) (SFUNC = hist_add, STYPE = integer[], INITCOND = '{}');
RESET search_path;

-- The p-th percentile (0 < p <= 1) of a minute histogram by nearest rank: the smallest minute m such that at least
-- ceil(p * n) values are <= m. NULL for an empty histogram.
CREATE FUNCTION national.hist_percentile(h integer[], p numeric) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH total AS (SELECT sum(x)::numeric AS n FROM unnest(h) AS x),
  running AS (
    SELECT i, sum(h[i]) OVER (ORDER BY i) AS cum FROM generate_series(1, coalesce(cardinality(h), 0)) AS i
  )
  SELECT (min(i) - 1)::integer FROM running, total WHERE total.n > 0 AND running.cum >= ceil(p * total.n)
$$;
