-- The order a counter calls in (floor_call_next.sql, ordering.rules.ts): per class, booked first, then original
-- arrival, then number. With these, taking the best waiting ticket of a class is the first entry of an index, not
-- a sort of the whole queue: a booth with a thousand waiting calls as fast as one with ten.
CREATE INDEX tickets_call_priority ON tickets (booth_id, service_date, booked DESC, arrived_at, sequence, id)
  WHERE status = 'waiting' AND priority <> 'none';
CREATE INDEX tickets_call_regular ON tickets (booth_id, service_date, booked DESC, arrived_at, sequence, id)
  WHERE status = 'waiting' AND priority = 'none';
