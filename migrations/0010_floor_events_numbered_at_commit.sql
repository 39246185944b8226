-- Floor events are numbered at commit instead of when they are appended.
--
-- The per-site sequence row is what keeps sequence order equal to commit order: a transaction holds its lock
-- until it has committed, so a reader that has seen seq N has seen everything before it. Until now the
-- application took that lock with its last statement and then sent COMMIT: every floor change of a site
-- waited, in turn, for one round trip through the application's event loop while holding it. Under load (a
-- process also writing to ten thousand screens) that round trip grows and the whole site's writes queue
-- behind it. A deferred constraint trigger takes the lock inside COMMIT itself, so it is held only for the
-- numbering and the commit.
--
-- Until then an event carries a draft number: negative, unique, and never visible to anyone else, since the
-- row is not committed. The trigger fires per event in the order the events were inserted.
CREATE SEQUENCE floor_event_drafts;

CREATE FUNCTION floor_event_number() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  final bigint;
BEGIN
  INSERT INTO site_event_sequences AS q (site_id, last_seq) VALUES (NEW.site_id, 1)
  ON CONFLICT (site_id) DO UPDATE SET last_seq = q.last_seq + 1
  RETURNING last_seq INTO final;
  UPDATE floor_events SET seq = final WHERE site_id = NEW.site_id AND seq = NEW.seq;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER floor_event_number AFTER INSERT ON floor_events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION floor_event_number();
