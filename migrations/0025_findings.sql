-- One finding per assessment and indicator: drawing findings from an assessment twice (or two evaluators at once)
-- adds none the second time. Observations the team adds by hand name no indicator and are not limited.
CREATE UNIQUE INDEX findings_one_per_indicator ON findings (assessment_id, indicator_id)
  WHERE indicator_id IS NOT NULL;
