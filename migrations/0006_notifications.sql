-- Notifications outbox (booking confirmations and reminders; later, application status changes). A row is
-- written in the same transaction as the change it reports, so a rolled-back change sends nothing; a worker in
-- every app process claims due rows with SKIP LOCKED under a lease, sends, and retries with backoff.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  site_id uuid REFERENCES sites(id),
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  -- An e-mail address or a phone number: personal data, stored encrypted like the NIK.
  recipient_encrypted text NOT NULL,
  template text NOT NULL,
  language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  data jsonb NOT NULL DEFAULT '{}',
  -- "confirmed:<booking>", "reminder:<booking>": enqueuing twice sends once.
  dedupe_key text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status = 'pending';

ALTER TABLE bookings ADD COLUMN email_encrypted text;
ALTER TABLE bookings ADD COLUMN language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
