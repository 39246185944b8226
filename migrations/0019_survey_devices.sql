-- A survey device stands at one counter (issue 21): it shows the survey of the ticket that counter just finished as
-- served. Other kinds of device are bound to the site only.
ALTER TABLE devices ADD COLUMN counter_id uuid REFERENCES counters (id);
ALTER TABLE devices ADD CONSTRAINT devices_survey_counter CHECK ((kind = 'survey') = (counter_id IS NOT NULL));
