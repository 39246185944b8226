-- Paired devices: kiosks, display boards, and the kinds later features add. Each keeps a random token; the table
-- keeps only its SHA-256. A site manager pairs, names and revokes them; a revoked token is refused at once.
ALTER TABLE kiosks RENAME TO devices;
ALTER TABLE devices ADD COLUMN kind text NOT NULL DEFAULT 'kiosk';
ALTER TABLE devices ALTER COLUMN kind DROP DEFAULT;
-- A closed list kept in code (queue/devices.rules.ts); the check only keeps the column tidy for new kinds.
ALTER TABLE devices ADD CONSTRAINT devices_kind_format CHECK (kind ~ '^[a-z][a-z_]{1,29}$');
ALTER TABLE devices RENAME COLUMN created_by TO paired_by;
ALTER TABLE devices RENAME COLUMN created_at TO paired_at;
ALTER TABLE devices ADD COLUMN revoked_by uuid REFERENCES users (id);
ALTER INDEX kiosks_pkey RENAME TO devices_pkey;
ALTER INDEX kiosks_token_hash_key RENAME TO devices_token_hash_key;
CREATE INDEX devices_site_kind ON devices (site_id, kind, paired_at);
