-- bump_catalogue_revision: the catalogue's revision, one number that every change to what a search or listing can
-- show moves forward, in the same transaction as the change. Search results are cached per revision
-- (catalogue/search.cache.ts): a reader that sees the new number can never be served a result computed before
-- the change, in any process.
--
-- It runs from deferred constraint triggers (created in 0004_catalogue_revision.sql on services, agencies,
-- service_standard_versions, service_booths, service_search_words, search_vocabulary, booths), so at commit,
-- after every other lock of the transaction is held: the revision row is always the last lock taken, which rules
-- out deadlocks through it. It bumps once per transaction (a transaction-local setting remembers), so an import
-- of 600 services costs one update. Current state; history: git log of this file (before it, 0004).
-- CREATE OR REPLACE keeps the triggers; keep the name and signature.
CREATE OR REPLACE FUNCTION bump_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atap.catalogue_bumped', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('atap.catalogue_bumped', 'yes', true);
  UPDATE catalogue_revision SET revision = revision + 1;
  RETURN NULL;
END $$;
