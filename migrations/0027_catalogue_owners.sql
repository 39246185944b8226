-- Ready for many sites (issue 24): natural keys per owning site, and the national reference list of service types.
--
-- Agency and service codes were unique in the whole database. At the national hub rows of every site meet, and the
-- Dispendukcapil of Surabaya and the one of Tebing Tinggi are different bodies that both use the code
-- DISPENDUKCAPIL: a code is now unique per owning site. Each agency has an owning site; each service belongs to
-- its agency's site (the same site, held equal by a composite key).

-- The catalogue's revision bump (0004) is a deferred constraint trigger: fired after each statement here, so that
-- no event is pending when the tables are altered after their rows were updated.
SET CONSTRAINTS ALL IMMEDIATE;

-- The national reference list a site's services map to. Its rows are data shipped with the code
-- (src/modules/catalogue/service-types.data.ts), upserted at every start: never deleted, only retired (active).
CREATE TABLE service_types (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_]{1,39}$'),
  name_id text NOT NULL,
  name_en text NOT NULL,
  "group" text NOT NULL,
  active boolean NOT NULL DEFAULT true
);

-- Each agency's owner: the site where it has the most booths (active ones first); on a tie, or with no booth
-- at all, the oldest site. An installation with agencies but no site cannot say whose they are.
ALTER TABLE agencies ADD COLUMN site_id uuid REFERENCES sites (id);
UPDATE agencies a SET site_id = (
  SELECT s.id
  FROM sites s
  LEFT JOIN booths b ON b.site_id = s.id AND b.agency_id = a.id
  GROUP BY s.id, s.created_at
  ORDER BY count(b.id) FILTER (WHERE b.active) DESC, count(b.id) DESC, s.created_at, s.id
  LIMIT 1
);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM agencies WHERE site_id IS NULL) THEN
    RAISE EXCEPTION 'Agencies exist but no site does: create a site first, then migrate again.';
  END IF;
END $$;
ALTER TABLE agencies ALTER COLUMN site_id SET NOT NULL;
ALTER TABLE agencies DROP CONSTRAINT agencies_code_key;
ALTER TABLE agencies ADD CONSTRAINT agencies_site_code_key UNIQUE (site_id, code);
-- The target of the services' composite key below.
ALTER TABLE agencies ADD CONSTRAINT agencies_id_site_key UNIQUE (id, site_id);

-- A service belongs to its agency's site: the composite key makes a different site impossible, and follows the
-- agency if its ownership ever moves.
ALTER TABLE services ADD COLUMN site_id uuid;
UPDATE services s SET site_id = a.site_id FROM agencies a WHERE a.id = s.agency_id;
ALTER TABLE services ALTER COLUMN site_id SET NOT NULL;
ALTER TABLE services
  ADD CONSTRAINT services_agency_site_fkey FOREIGN KEY (agency_id, site_id)
  REFERENCES agencies (id, site_id) ON UPDATE CASCADE;
ALTER TABLE services DROP CONSTRAINT services_code_key;
ALTER TABLE services ADD CONSTRAINT services_site_code_key UNIQUE (site_id, code);

-- Which national service type a local service is (null: not mapped yet). Comparisons across sites go by it.
ALTER TABLE services ADD COLUMN service_type_code text REFERENCES service_types (code);
CREATE INDEX services_service_type ON services (service_type_code);
