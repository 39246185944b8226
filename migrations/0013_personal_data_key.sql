-- Issue 19 (5): the data key of an installation is checked against the database at start. The fingerprint is an
-- HMAC of a constant under the key (never the key): starting with another key than the one the data was written
-- with is refused instead of failing later on every decryption. One row.
CREATE TABLE personal_data_key (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  fingerprint bytea NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- Issue 19 (7): a booking's name is personal data like a file's, stored encrypted. SQL cannot see the key, so
-- existing names stay in `name` until the app encrypts them at start (encryptPlainBookingNames, idempotent:
-- it moves each plain name to name_encrypted and clears it); every new booking writes name_encrypted only.
ALTER TABLE bookings ADD COLUMN name_encrypted text;
ALTER TABLE bookings ALTER COLUMN name DROP NOT NULL;
ALTER TABLE bookings ADD CONSTRAINT bookings_name_once CHECK ((name IS NULL) <> (name_encrypted IS NULL));
CREATE INDEX bookings_plain_name ON bookings (id) WHERE name IS NOT NULL;

-- book_batch (migrations 0009/0012) writes the name it is given; it is now given the encrypted name. Patched in
-- place (three names in its INSERT) rather than copied, so that whatever else the current definition holds is
-- kept; each replacement must match exactly once, else the migration fails.
DO $$
DECLARE
  def text := pg_get_functiondef('book_batch(uuid, uuid, date, integer, integer, integer, jsonb)'::regprocedure);
  patched text := def;
  pairs text[][] := ARRAY[
    ARRAY['email_encrypted text, name text,', 'email_encrypted text, name_encrypted text,'],
    ARRAY['phone_encrypted, name, idempotency_key', 'phone_encrypted, name_encrypted, idempotency_key'],
    ARRAY['w.phone_encrypted, w.name, w.idempotency_key', 'w.phone_encrypted, w.name_encrypted, w.idempotency_key']
  ];
  i int;
BEGIN
  FOR i IN 1 .. array_length(pairs, 1) LOOP
    IF (length(patched) - length(replace(patched, pairs[i][1], ''))) / length(pairs[i][1]) <> 1 THEN
      RAISE EXCEPTION 'book_batch: expected exactly one "%"', pairs[i][1];
    END IF;
    patched := replace(patched, pairs[i][1], pairs[i][2]);
  END LOOP;
  EXECUTE patched;
END $$;
