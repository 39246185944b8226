-- The catalogue's revision: one number that every change to what a search or listing can show moves forward,
-- in the same transaction as the change. Search results are cached per revision (catalogue/search.cache.ts): a
-- reader that sees the new number can never be served a result computed before the change, in any process.
--
-- The bump is a deferred constraint trigger, so it runs at commit, after every other lock of the transaction
-- is held: the revision row is always the last lock taken, which rules out deadlocks through it. It bumps once
-- per transaction (a transaction-local setting remembers), so an import of 600 services costs one update.
CREATE TABLE catalogue_revision (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  revision bigint NOT NULL DEFAULT 0
);
INSERT INTO catalogue_revision DEFAULT VALUES;

CREATE FUNCTION bump_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('atap.catalogue_bumped', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('atap.catalogue_bumped', 'yes', true);
  UPDATE catalogue_revision SET revision = revision + 1;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER services_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
CREATE CONSTRAINT TRIGGER agencies_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON agencies
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
CREATE CONSTRAINT TRIGGER service_standard_versions_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON service_standard_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
CREATE CONSTRAINT TRIGGER service_booths_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON service_booths
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
CREATE CONSTRAINT TRIGGER service_search_words_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON service_search_words
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
CREATE CONSTRAINT TRIGGER search_vocabulary_catalogue_revision AFTER INSERT OR UPDATE OR DELETE ON search_vocabulary
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
-- Booths change on every call (the priority streak); only where and whether they are open matters here.
CREATE CONSTRAINT TRIGGER booths_catalogue_revision AFTER INSERT OR DELETE OR UPDATE OF active, site_id ON booths
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_revision();
