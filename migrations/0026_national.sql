-- The national hub (DESIGN.md §4): a site that publishes writes a heartbeat row per site every few seconds. The
-- row travels to the hub with everything else; the last beat the hub applied is its "data as of" for the site.
CREATE TABLE national_heartbeats (
  site_id uuid PRIMARY KEY REFERENCES sites (id),
  beat_at timestamptz NOT NULL,
  -- The site's newest migration when it beat: the hub tells a site that runs ahead of it.
  schema_version text NOT NULL
);
