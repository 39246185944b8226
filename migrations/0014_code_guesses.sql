-- Issue 19 (7): wrong answers to a public check (file tracking: code + last 4 digits; booking: code + NIK) are
-- counted per code as well as per address (the address limit is in memory), so guesses spread over many
-- addresses cannot test one code's answers. Rows older than the window are forgotten as the code is tried.
CREATE TABLE code_guess_failures (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('request', 'booking')),
  code text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX code_guess_failures_code ON code_guess_failures (kind, code, failed_at);
