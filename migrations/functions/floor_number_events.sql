-- floor_number_events: gives the committed draft events of the named sites (every site when p_sites is NULL)
-- their final numbers, the site's next ones, in the order the drafts were made. Called right after a change
-- commits (shared/events/notifier.ts), and every few seconds for drafts whose process stopped before it could.
--
-- Why it holds (migration 0029 says why numbering moved out of the change's COMMIT):
-- * Each site's sequence row is locked, in site order (two numberers never deadlock), and held to the end of
--   this transaction: numbers are handed out one transaction at a time, each to events already visible, so
--   number order is the order readers can see events in, and a reader that has seen N has seen every event
--   before it.
-- * The drafts are read by a statement after the lock was taken, so with a fresh snapshot: a numberer that
--   waited for another sees what that one numbered as numbered and gives out the rest; nothing is numbered twice.
-- * A draft not yet committed is not seen: its change tells the numberer after committing, and it is numbered
--   then. Drafts of one ticket are made in the order its changes happened (each change waits for the previous
--   one's row lock), so a ticket's events keep their order.
-- Returns one row per site it numbered: how many, and the site's last number now. Current state; history: git log.
CREATE OR REPLACE FUNCTION floor_number_events(p_sites uuid[])
RETURNS TABLE (o_site uuid, o_numbered int, o_last_seq bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_site uuid;
  v_last bigint;
  v_drafts bigint[];
BEGIN
  FOR v_site IN
    SELECT s.id FROM sites s WHERE p_sites IS NULL
      AND EXISTS (SELECT 1 FROM floor_events e WHERE e.site_id = s.id AND e.seq < 0)
    UNION
    SELECT x.id FROM unnest(p_sites) AS x(id)
    WHERE EXISTS (SELECT 1 FROM floor_events e WHERE e.site_id = x.id AND e.seq < 0)
    ORDER BY 1
  LOOP
    SELECT q.last_seq INTO v_last FROM site_event_sequences q WHERE q.site_id = v_site FOR UPDATE;
    IF NOT FOUND THEN
      INSERT INTO site_event_sequences (site_id, last_seq) VALUES (v_site, 0) ON CONFLICT (site_id) DO NOTHING;
      SELECT q.last_seq INTO v_last FROM site_event_sequences q WHERE q.site_id = v_site FOR UPDATE;
    END IF;
    SELECT array_agg(e.seq ORDER BY e.seq DESC) INTO v_drafts
    FROM floor_events e WHERE e.site_id = v_site AND e.seq < 0;
    CONTINUE WHEN v_drafts IS NULL;
    -- One primary-key lookup per draft (an array of a few drafts, not a join over the outbox).
    UPDATE floor_events e SET seq = v_last + d.n
    FROM unnest(v_drafts) WITH ORDINALITY AS d(draft, n)
    WHERE e.site_id = v_site AND e.seq = d.draft;
    UPDATE site_event_sequences q SET last_seq = v_last + cardinality(v_drafts) WHERE q.site_id = v_site;
    o_site := v_site;
    o_numbered := cardinality(v_drafts);
    o_last_seq := v_last + cardinality(v_drafts);
    RETURN NEXT;
  END LOOP;
END $$;
