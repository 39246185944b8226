-- Every save of an assessment's indicator, by the client's write id: assessment_scores keeps only the latest write's
-- id, so without this a draft replayed after someone else's later save would be taken again and silently overwrite
-- it. A replay finds its write here and is answered with what is stored, nothing changed.
CREATE TABLE assessment_score_writes (
  write_id uuid PRIMARY KEY,
  assessment_id uuid NOT NULL REFERENCES assessments (id),
  indicator_id text NOT NULL,
  revision integer NOT NULL,
  saved_at timestamptz NOT NULL
);
