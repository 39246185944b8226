-- The national hub's own tables, in the `national` schema. The replicated tables (public.sites, public.tickets…)
-- are not created here: the hub builds them from src/modules/national/replicated-tables.ts at every start
-- (hub-schema.ts), so that they follow the list the sites publish.
CREATE SCHEMA national;

-- One row per subscription: a site installation (one or more sites) the hub receives.
CREATE TABLE national.site_links (
  subscription text PRIMARY KEY,
  -- The address without its password, for people: the subscription itself holds the real one.
  conninfo_shown text NOT NULL,
  site_codes text[] NOT NULL,
  schema_version text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  resynced_at timestamptz
);

-- Sites that exist only as generated history (the national demo): the pages say so next to their name.
CREATE TABLE national.generated_sites (
  site_id uuid PRIMARY KEY
);

-- Replicated tables are written by the subscriptions only. A plain trigger does not fire in the apply workers
-- (session_replication_role = replica), so it refuses exactly the local writes.
CREATE FUNCTION national.refuse_local_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table %.% is replicated from the sites and read-only on the hub', TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = 'read_only_sql_transaction';
END $$;
