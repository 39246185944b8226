-- The floor's hot path (issue 25). The order a counter calls in (floor_call.sql, ordering.rules.ts): per class,
-- booked first, then original arrival, then number. With these, taking the best waiting ticket of a class is the first entry of
-- an index, not a sort of the whole queue: a booth with a thousand waiting calls as fast as one with ten.
CREATE INDEX tickets_call_priority ON tickets (booth_id, service_date, booked DESC, arrived_at, sequence, id)
  WHERE status = 'waiting' AND priority <> 'none';
CREATE INDEX tickets_call_regular ON tickets (booth_id, service_date, booked DESC, arrived_at, sequence, id)
  WHERE status = 'waiting' AND priority = 'none';

-- The outbox's rows name their site without a foreign key: every event is written by a floor function or
-- writeChange for a site they just read, sites are never deleted, and the check (a KEY SHARE lock on the site's
-- row from every floor change of the site at once) cost a fifth of numbering an event (issue 25, measured with
-- track_functions).
ALTER TABLE floor_events DROP CONSTRAINT floor_events_site_id_fkey;
