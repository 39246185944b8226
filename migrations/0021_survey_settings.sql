-- A site's custom element weights for the survey periods it creates from now on (none = the regulation's 1/9 each).
-- A period copies the method it was created with into survey_periods.method, so changing this later never changes
-- an old period's figure.
CREATE TABLE survey_settings (
  site_id uuid PRIMARY KEY REFERENCES sites (id),
  weights jsonb NOT NULL,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
