-- Issue 19 (4), review: a browser that has signed in as a user before holds a signed device cookie for that
-- username (OWASP "device cookies"); its failed tries are counted per (username, device) and kept out of the
-- per-address counts, so one guesser behind a shared address (a building's NAT, public Wi-Fi) no longer makes
-- every officer behind it wait. NULL: a try without a valid device cookie. client_ip now holds the address group
-- (an IPv6 address's /64), see login.rules.ts.
ALTER TABLE login_failures ADD COLUMN device text;
CREATE INDEX login_failures_device ON login_failures (username, device, failed_at) WHERE device IS NOT NULL;
