-- Floor events are numbered just after their change commits, in batches, instead of inside its COMMIT.
--
-- Since 0010 a deferred trigger took the site's sequence row inside COMMIT. The row lock is released only when
-- the commit is durable, so every floor change of a site waited, in turn, for the one before it to flush the WAL:
-- one site could commit no faster than one WAL flush at a time, and sampling a loaded floor found most backends
-- waiting on that lock (issue 25's bench: 900 of 1,200 samples "Lock: transactionid").
--
-- Now a change commits its events as drafts (negative numbers, as before) without touching the sequence row, so
-- changes commit side by side and share WAL flushes. Right after the commit the process that made the change
-- numbers every committed draft of the site in one short transaction (floor_number_events.sql, called by
-- shared/events/notifier.ts): while one such transaction flushes, the drafts of many changes gather for the
-- next. Sequence order is still the order readers can see events in: a number is given only under the site's
-- row lock, held to the end of the numbering transaction, to drafts that are already visible.
DROP TRIGGER floor_event_number ON floor_events;
DROP FUNCTION floor_event_number();
