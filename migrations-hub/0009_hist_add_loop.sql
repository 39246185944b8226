-- national.hist_add in PL/pgSQL: the same sums, element by element (the shorter array padded with zeros), several
-- times faster. The SQL version ran a generate_series and an array_agg for every row an aggregate folds in; this one
-- adds into the aggregate's state in place. national.hist_sum (every month rebuild, every period the national view
-- sums) keeps its name and calls this. Histograms hold no NULL elements (they are counts).
CREATE OR REPLACE FUNCTION national.hist_add(a integer[], b integer[]) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  i integer;
BEGIN
  IF coalesce(cardinality(a), 0) = 0 THEN RETURN coalesce(b, '{}'); END IF;
  FOR i IN 1 .. coalesce(cardinality(b), 0) LOOP
    a[i] := coalesce(a[i], 0) + b[i];
  END LOOP;
  RETURN a;
END $$;
